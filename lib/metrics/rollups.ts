/**
 * Daily rollups per local day × site × account (`DailyRollup`).
 * Attribution: comments (seen, sentiment, intents) → day of `firstSeenAt`,
 * account `seenAs`; replies and templates → day of `sentAt`, reply account;
 * response times → day of the first reply, answering account; guard holds →
 * day of the event (every GuardEvent is one hold, whatever the user decided).
 * Own comments (`isOwn`) are not counted. Accounts are keyed lowercase without '@'.
 */
import type { CommentRecord, DailyRollup, GuardEvent, ReplyRecord } from '../records';
import type { SiteKey } from '../types';
import type { BusinessHours } from './business-hours';
import { indexFirstReplies, responseTimeOf, type ResponseTime } from './response';
import { slaMsFor, type SlaInput } from './stats';
import { runtimeTimeZone, zoneClock, type ZoneClock } from './time';

export interface RollupOptions {
  /** IANA zone for day keys; default the runtime's. */
  timeZone?: string;
  sla?: SlaInput | null;
  businessHours?: BusinessHours | null;
}

export function normalizeAccount(handle: string | undefined | null): string {
  if (!handle) return '';
  const h = handle.trim();
  return (h.startsWith('@') ? h.slice(1) : h).toLowerCase();
}

export function rollupKey(day: string, site: SiteKey, account: string): string {
  return `${day}|${site}|${account}`;
}

export function emptyRollup(day: string, site: SiteKey, account: string): DailyRollup {
  return {
    key: rollupKey(day, site, account),
    day,
    site,
    account,
    commentsSeen: 0,
    replies: 0,
    responseTimesMs: [],
    withinSla: 0,
    sentiment: { positive: 0, neutral: 0, negative: 0 },
    intents: {},
    templatesUsed: {},
    guardHolds: 0,
  };
}

function addCounts(into: Record<string, number>, from: Record<string, number | undefined>): void {
  for (const k of Object.keys(from)) into[k] = (into[k] ?? 0) + (from[k] ?? 0);
}

/** Sum of two rollups with the same key (new object). */
export function mergeRollups(a: DailyRollup, b: DailyRollup): DailyRollup {
  if (a.key !== b.key) throw new Error(`Cannot merge rollups ${a.key} and ${b.key}`);
  const out = emptyRollup(a.day, a.site, a.account);
  for (const r of [a, b]) {
    out.commentsSeen += r.commentsSeen;
    out.replies += r.replies;
    out.responseTimesMs.push(...r.responseTimesMs);
    out.withinSla += r.withinSla;
    out.guardHolds += r.guardHolds;
    addCounts(out.sentiment, r.sentiment);
    addCounts(out.intents, r.intents);
    addCounts(out.templatesUsed, r.templatesUsed);
  }
  return out;
}

/** Incremental builder; seed it with stored rollups to add new records on top. */
export class RollupAccumulator {
  private readonly map = new Map<string, DailyRollup>();
  private readonly clock: ZoneClock;
  private readonly opts: RollupOptions;

  constructor(opts: RollupOptions = {}, seed: readonly DailyRollup[] = []) {
    this.opts = opts;
    this.clock = zoneClock(opts.timeZone ?? runtimeTimeZone());
    for (const r of seed) {
      const prev = this.map.get(r.key);
      this.map.set(r.key, prev ? mergeRollups(prev, r) : mergeRollups(r, emptyRollup(r.day, r.site, r.account)));
    }
  }

  private bucket(at: number, site: SiteKey, account: string | undefined): DailyRollup {
    const day = this.clock.dayKey(at);
    const acc = normalizeAccount(account);
    const key = rollupKey(day, site, acc);
    let r = this.map.get(key);
    if (!r) {
      r = emptyRollup(day, site, acc);
      this.map.set(key, r);
    }
    return r;
  }

  addComment(c: CommentRecord): void {
    if (c.isOwn) return;
    const r = this.bucket(c.firstSeenAt, c.site, c.seenAs);
    r.commentsSeen++;
    if (c.sentiment) r.sentiment[c.sentiment]++;
    for (const i of c.intents) r.intents[i] = (r.intents[i] ?? 0) + 1;
  }

  addResponse(rt: ResponseTime): void {
    const r = this.bucket(rt.repliedAt, rt.site, rt.account);
    r.responseTimesMs.push(rt.ms);
    if (rt.ms <= slaMsFor(rt.site, this.opts.sla)) r.withinSla++;
  }

  addReply(reply: ReplyRecord): void {
    const r = this.bucket(reply.sentAt, reply.site, reply.account);
    r.replies++;
    if (reply.templateId) r.templatesUsed[reply.templateId] = (r.templatesUsed[reply.templateId] ?? 0) + 1;
  }

  addGuardEvent(e: GuardEvent): void {
    this.bucket(e.at, e.site, e.account).guardHolds++;
  }

  /** Rollups sorted by key (day, site, account). */
  rollups(): DailyRollup[] {
    return [...this.map.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }
}

/** Builds all daily rollups from raw records. */
export function buildRollups(
  comments: readonly CommentRecord[],
  replies: readonly ReplyRecord[],
  guardEvents: readonly GuardEvent[],
  opts: RollupOptions = {},
): DailyRollup[] {
  const acc = new RollupAccumulator(opts);
  const index = indexFirstReplies(replies);
  for (const c of comments) {
    acc.addComment(c);
    const rt = responseTimeOf(c, index, { businessHours: opts.businessHours });
    if (rt) acc.addResponse(rt);
  }
  for (const r of replies) acc.addReply(r);
  for (const e of guardEvents) acc.addGuardEvent(e);
  return acc.rollups();
}
