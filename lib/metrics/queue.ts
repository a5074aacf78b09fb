/** Unanswered queue with SLA state. */
import type { CommentRecord, ReplyRecord, SentimentLabel, Intent } from '../records';
import type { SiteKey } from '../types';
import type { BusinessHours } from './business-hours';
import {
  durationBetween,
  indexFirstReplies,
  resolveFirstReply,
  responseStart,
  startAtOf,
  type EstimatedFrom,
} from './response';
import { normalizeAccount } from './rollups';
import { slaMsFor, type SlaInput } from './stats';

export type SlaState = 'ok' | 'approaching' | 'breached';

/** Share of the SLA after which a waiting comment is 'approaching'. */
export const APPROACHING_SHARE = 0.75;

export interface QueueItem {
  key: string;
  site: SiteKey;
  postId: string;
  commentId: string;
  authorHandle: string;
  text: string;
  permalink?: string;
  postUrl?: string;
  sentiment?: SentimentLabel;
  intents: Intent[];
  startAt: number;
  estimatedFrom?: EstimatedFrom;
  /** Waiting time in ms (business time when business hours are given). */
  ageMs: number;
  slaMs: number;
  slaState: SlaState;
}

export function slaState(ageMs: number, slaMs: number): SlaState {
  if (ageMs >= slaMs) return 'breached';
  if (ageMs >= slaMs * APPROACHING_SHARE) return 'approaching';
  return 'ok';
}

/** Negative first, then oldest (earliest start), then key for stability. */
export function compareQueueItems(a: QueueItem, b: QueueItem): number {
  const na = a.sentiment === 'negative' ? 0 : 1;
  const nb = b.sentiment === 'negative' ? 0 : 1;
  if (na !== nb) return na - nb;
  if (a.startAt !== b.startAt) return a.startAt - b.startAt;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

export interface QueueOptions {
  now: number;
  sla?: SlaInput | null;
  businessHours?: BusinessHours | null;
  site?: SiteKey;
  /** Only comments first seen while logged in as this account (case and '@' ignored). */
  account?: string;
  /** Ignore comments first seen longer ago than this (ms). */
  maxAgeMs?: number;
  /** Skip comments carrying any of these intents (e.g. ['spam']). */
  excludeIntents?: Intent[];
}

/** Builds a queue item for an unanswered comment (no filtering). */
export function toQueueItem(c: CommentRecord, opts: QueueOptions): QueueItem {
  const start = responseStart(c);
  const ageMs = durationBetween(start.at, opts.now, opts.businessHours);
  const slaMs = slaMsFor(c.site, opts.sla);
  const item: QueueItem = {
    key: c.key,
    site: c.site,
    postId: c.postId,
    commentId: c.commentId,
    authorHandle: c.authorHandle,
    text: c.text,
    intents: c.intents,
    startAt: start.at,
    ageMs,
    slaMs,
    slaState: slaState(ageMs, slaMs),
  };
  if (c.permalink !== undefined) item.permalink = c.permalink;
  if (c.postUrl !== undefined) item.postUrl = c.postUrl;
  if (c.sentiment !== undefined) item.sentiment = c.sentiment;
  if (start.estimatedFrom) item.estimatedFrom = start.estimatedFrom;
  return item;
}

/** Whether `c` belongs in the unanswered queue. */
export function isUnanswered(
  c: CommentRecord,
  index: Map<string, ReplyRecord> | undefined,
  opts: QueueOptions,
): boolean {
  if (c.isOwn) return false;
  if (opts.site !== undefined && c.site !== opts.site) return false;
  if (opts.account !== undefined && normalizeAccount(c.seenAs) !== normalizeAccount(opts.account)) return false;
  if (opts.maxAgeMs !== undefined && opts.now - c.firstSeenAt > opts.maxAgeMs) return false;
  if (opts.excludeIntents && c.intents.some((i) => opts.excludeIntents?.includes(i))) return false;
  return resolveFirstReply(c, index) === undefined;
}

/** Comments with no reply, sorted negative first then oldest. */
export function unansweredQueue(
  comments: readonly CommentRecord[],
  replies: readonly ReplyRecord[],
  opts: QueueOptions,
): QueueItem[] {
  const index = indexFirstReplies(replies);
  const out: QueueItem[] = [];
  for (const c of comments) if (isUnanswered(c, index, opts)) out.push(toQueueItem(c, opts));
  return out.sort(compareQueueItems);
}

export interface UnansweredSummary {
  count: number;
  negative: number;
  approaching: number;
  breached: number;
  perSite: Record<SiteKey, { count: number; negative: number }>;
  /** The first `topN` items, negative first then oldest. */
  top: QueueItem[];
}

function compareComments(a: CommentRecord, b: CommentRecord): number {
  const na = a.sentiment === 'negative' ? 0 : 1;
  const nb = b.sentiment === 'negative' ? 0 : 1;
  if (na !== nb) return na - nb;
  const sa = startAtOf(a);
  const sb = startAtOf(b);
  if (sa !== sb) return sa - sb;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/**
 * Streaming queue summary: counts SLA states for every unanswered comment added
 * (already filtered by the caller) and keeps only the top N, so building the
 * popup's queue does not allocate an item per waiting comment.
 */
export class QueueTally {
  private readonly opts: QueueOptions;
  private readonly topN: number;
  private readonly top: CommentRecord[] = [];
  private readonly out: UnansweredSummary = {
    count: 0,
    negative: 0,
    approaching: 0,
    breached: 0,
    perSite: { x: { count: 0, negative: 0 }, instagram: { count: 0, negative: 0 }, tiktok: { count: 0, negative: 0 } },
    top: [],
  };

  constructor(opts: QueueOptions, topN = 10) {
    this.opts = opts;
    this.topN = topN;
  }

  add(c: CommentRecord): void {
    const o = this.out;
    o.count++;
    const ps = o.perSite[c.site];
    ps.count++;
    if (c.sentiment === 'negative') {
      o.negative++;
      ps.negative++;
    }
    const state = slaState(
      durationBetween(startAtOf(c), this.opts.now, this.opts.businessHours),
      slaMsFor(c.site, this.opts.sla),
    );
    if (state === 'breached') o.breached++;
    else if (state === 'approaching') o.approaching++;
    const top = this.top;
    if (this.topN <= 0) return;
    if (top.length === this.topN && compareComments(c, top[top.length - 1]) >= 0) return;
    let i = top.length;
    while (i > 0 && compareComments(c, top[i - 1]) < 0) i--;
    top.splice(i, 0, c);
    if (top.length > this.topN) top.pop();
  }

  summary(): UnansweredSummary {
    return { ...this.out, top: this.top.map((c) => toQueueItem(c, this.opts)) };
  }
}
