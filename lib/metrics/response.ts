/** First-response time per answered comment. */
import type { CommentRecord, ReplyRecord } from '../records';
import type { SiteKey } from '../types';
import { businessDurationMs, type BusinessHours } from './business-hours';

export type EstimatedFrom = 'firstSeen' | 'relative';

export interface ResponseTime {
  commentKey: string;
  site: SiteKey;
  postId: string;
  /** Account that answered (reply's account, else the comment's `seenAs`); '' when unknown. */
  account: string;
  /** When the clock started (createdAt, or firstSeenAt when estimated from it). */
  startAt: number;
  repliedAt: number;
  /** Duration in ms (business time when business hours are given); never negative. */
  ms: number;
  /** Set when the start time is an estimate. */
  estimatedFrom?: EstimatedFrom;
  templateId?: string;
}

export interface FirstReply {
  at: number;
  account?: string;
  templateId?: string;
}

/** Earliest reply record per `commentKey`. Replies without a commentKey are skipped. */
export function indexFirstReplies(replies: readonly ReplyRecord[]): Map<string, ReplyRecord> {
  const m = new Map<string, ReplyRecord>();
  for (let i = 0; i < replies.length; i++) {
    const r = replies[i];
    const k = r.commentKey;
    if (k === undefined) continue;
    const prev = m.get(k);
    if (prev === undefined || r.sentAt < prev.sentAt) m.set(k, r);
  }
  return m;
}

/** Whether (and why) a comment's response clock starts from an estimate. */
export function estimatedFromOf(c: CommentRecord): EstimatedFrom | undefined {
  if (c.createdAt === undefined || c.createdAtPrecision === 'unknown' || !Number.isFinite(c.createdAt))
    return 'firstSeen';
  return c.createdAtPrecision === 'relative' ? 'relative' : undefined;
}

/** When the response clock starts: `createdAt` when known, else `firstSeenAt` (non-allocating). */
export function startAtOf(c: CommentRecord): number {
  const t = c.createdAt;
  return t === undefined || c.createdAtPrecision === 'unknown' || !Number.isFinite(t) ? c.firstSeenAt : t;
}

/**
 * When the response clock starts for a comment: `createdAt` when known
 * (precision 'relative' is flagged as estimated), else `firstSeenAt` (flagged).
 */
export function responseStart(c: CommentRecord): { at: number; estimatedFrom?: EstimatedFrom } {
  const estimatedFrom = estimatedFromOf(c);
  return estimatedFrom === undefined ? { at: startAtOf(c) } : { at: startAtOf(c), estimatedFrom };
}

/** The user's first reply to `c`: the earlier of `c.firstReplyAt` and the indexed replies. */
export function resolveFirstReply(c: CommentRecord, index?: Map<string, ReplyRecord>): FirstReply | undefined {
  const r = index?.get(c.key);
  const denorm = c.firstReplyAt;
  if (r === undefined) return denorm === undefined ? undefined : { at: denorm };
  const out: FirstReply = { at: denorm !== undefined && denorm < r.sentAt ? denorm : r.sentAt };
  if (r.account !== undefined) out.account = r.account;
  if (r.templateId !== undefined) out.templateId = r.templateId;
  return out;
}

/** Duration from `startAt` to `repliedAt`, clamped at 0, in business time when hours are given. */
export function durationBetween(startAt: number, repliedAt: number, hours?: BusinessHours | null): number {
  if (hours) return businessDurationMs(startAt, repliedAt, hours);
  const d = repliedAt - startAt;
  return d > 0 ? d : 0;
}

export interface ResponseOptions {
  businessHours?: BusinessHours | null;
}

/** Response time of one comment, or null when unanswered or own. */
export function responseTimeOf(
  c: CommentRecord,
  index?: Map<string, ReplyRecord>,
  opts: ResponseOptions = {},
): ResponseTime | null {
  if (c.isOwn) return null;
  const first = resolveFirstReply(c, index);
  if (first === undefined) return null;
  const start = responseStart(c);
  const rt: ResponseTime = {
    commentKey: c.key,
    site: c.site,
    postId: c.postId,
    account: first.account ?? c.seenAs ?? '',
    startAt: start.at,
    repliedAt: first.at,
    ms: durationBetween(start.at, first.at, opts.businessHours),
  };
  if (start.estimatedFrom) rt.estimatedFrom = start.estimatedFrom;
  if (first.templateId !== undefined) rt.templateId = first.templateId;
  return rt;
}

/** First-response times for every answered, non-own comment (input order). */
export function responseTimes(
  comments: readonly CommentRecord[],
  replies: readonly ReplyRecord[],
  opts: ResponseOptions = {},
): ResponseTime[] {
  const index = indexFirstReplies(replies);
  const out: ResponseTime[] = [];
  for (const c of comments) {
    const rt = responseTimeOf(c, index, opts);
    if (rt) out.push(rt);
  }
  return out;
}
