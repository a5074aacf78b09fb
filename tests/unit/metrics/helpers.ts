import type { CommentRecord, ReplyRecord } from '../../../lib/records';

let seq = 0;

/** A comment record with sensible defaults. */
export function comment(over: Partial<CommentRecord> & { firstSeenAt: number }): CommentRecord {
  seq++;
  const site = over.site ?? 'x';
  const commentId = over.commentId ?? `c${seq}`;
  return {
    key: `${site}:${commentId}`,
    site,
    commentId,
    postId: 'p1',
    authorHandle: `user${seq}`,
    text: 'hello',
    intents: [],
    createdAtPrecision: over.createdAt === undefined ? 'unknown' : 'exact',
    lastSeenAt: over.firstSeenAt,
    isReply: false,
    ...over,
  };
}

export function reply(over: Partial<ReplyRecord> & { sentAt: number }): ReplyRecord {
  return { site: 'x', postId: 'p1', text: 'thanks', ...over };
}

export const MIN = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;
export const iso = (s: string): number => Date.parse(s);
