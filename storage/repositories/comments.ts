import type { CommentRecord } from '../../lib/records';
import type { SiteKey } from '../../lib/types';
import type { SeenComment } from '../../lib/messaging';
import type { RiposteDb } from '../db';

export const commentKey = (site: SiteKey, commentId: string) => `${site}:${commentId}`;

export interface SeenBatch {
  site: SiteKey;
  postId: string;
  postUrl?: string;
  account?: string;
  seenAt: number;
  comments: SeenComment[];
}

/**
 * Idempotent batch upsert: a comment seen a hundred times while scrolling stays one record.
 * The first sighting fixes firstSeenAt and seenAs; a user's correction of the label is kept.
 */
export async function upsertSeen(
  db: RiposteDb,
  batch: SeenBatch,
): Promise<{ added: number; updated: number; answered: string[] }> {
  const unique = new Map<string, SeenComment>();
  for (const c of batch.comments) unique.set(commentKey(batch.site, c.commentId), c);
  const keys = [...unique.keys()];
  let added = 0;
  let updated = 0;
  const answered: string[] = [];
  await db.transaction('rw', db.comments, async () => {
    const existing = await db.comments.bulkGet(keys);
    const rows: CommentRecord[] = keys.map((key, i) => {
      const c = unique.get(key)!;
      const prev = existing[i];
      if (prev) updated++;
      else added++;
      if (prev?.firstReplyAt !== undefined) answered.push(c.commentId);
      // A correction wins: one made in the page (even before this comment's first batch) or stored.
      const correctedNow = c.sentimentCorrected === true && c.sentiment !== undefined;
      const keepLabel = !correctedNow && prev?.sentimentCorrected;
      return {
        key,
        site: batch.site,
        commentId: c.commentId,
        postId: batch.postId,
        postUrl: batch.postUrl ?? prev?.postUrl,
        permalink: c.permalink ?? prev?.permalink,
        authorHandle: c.authorHandle,
        authorName: c.authorName,
        text: c.text,
        lang: c.lang ?? prev?.lang,
        sentiment: keepLabel ? prev!.sentiment : (c.sentiment ?? prev?.sentiment),
        sentimentScore: c.sentimentScore ?? prev?.sentimentScore,
        sentimentCorrected: correctedNow || prev?.sentimentCorrected || undefined,
        intents: c.intents ?? prev?.intents ?? [],
        // A relative time re-estimated on a later visit drifts; the first estimate stays.
        createdAt: prev?.createdAt ?? c.createdAt,
        createdAtPrecision: prev?.createdAt !== undefined ? prev.createdAtPrecision : c.createdAtPrecision,
        firstSeenAt: prev?.firstSeenAt ?? batch.seenAt,
        lastSeenAt: batch.seenAt,
        seenAs: prev?.seenAs ?? batch.account,
        isReply: c.isReply,
        parentId: c.parentId ?? prev?.parentId,
        firstReplyAt: prev?.firstReplyAt,
        // Once known to be the user's own, it stays so (a later sighting may not know the account).
        isOwn: c.isOwn === true || prev?.isOwn === true ? true : (c.isOwn ?? prev?.isOwn),
      };
    });
    await db.comments.bulkPut(rows);
  });
  return { added, updated, answered };
}

export async function setCorrection(
  db: RiposteDb,
  site: SiteKey,
  commentId: string,
  label: CommentRecord['sentiment'],
): Promise<void> {
  await db.comments.update(commentKey(site, commentId), { sentiment: label, sentimentCorrected: true });
}

export async function findByAuthorOnPost(
  db: RiposteDb,
  site: SiteKey,
  postId: string,
  authorHandle: string,
): Promise<CommentRecord | undefined> {
  const wanted = authorHandle.replace(/^@/, '').toLowerCase();
  const rows = await db.comments.where('[site+postId]').equals([site, postId]).toArray();
  return rows
    .filter((r) => !r.isOwn && r.authorHandle.replace(/^@/, '').toLowerCase() === wanted)
    .sort((a, b) => (b.createdAt ?? b.firstSeenAt) - (a.createdAt ?? a.firstSeenAt))[0];
}

export function listBetween(db: RiposteDb, from: number, to: number): Promise<CommentRecord[]> {
  return db.comments.where('firstSeenAt').between(from, to, true, true).toArray();
}

/**
 * Comments seen in [from, to] plus those first answered in it (seen earlier: a backlog cleared
 * today counts in today's response times), each once.
 */
export async function listSeenOrAnsweredBetween(db: RiposteDb, from: number, to: number): Promise<CommentRecord[]> {
  const [seen, answered] = await Promise.all([
    listBetween(db, from, to),
    db.comments.where('firstReplyAt').between(from, to, true, true).toArray(),
  ]);
  if (answered.length === 0) return seen;
  const keys = new Set(seen.map((c) => c.key));
  return seen.concat(answered.filter((c) => !keys.has(c.key)));
}

/** The stored comments with these keys (missing ones left out). */
export async function getByKeys(db: RiposteDb, keys: string[]): Promise<CommentRecord[]> {
  if (keys.length === 0) return [];
  return (await db.comments.bulkGet(keys)).filter((c): c is NonNullable<typeof c> => c !== undefined);
}
