/**
 * The popup's "today at a glance", computed in one pass over stored records.
 * Days are local days in `timeZone`. Attribution follows rollups.ts: comments
 * count on the day first seen (account = seenAs), replies on the day sent,
 * response times on the day of the first reply (account = answering account).
 * Records outside the 30-day window are rejected with one number comparison,
 * so the cost is dominated by the (small) recent slice.
 */
import type { CommentRecord, GuardEvent, ReplyRecord } from '../records';
import { SITE_KEYS, type SiteKey } from '../types';
import type { BusinessHours } from './business-hours';
import { newDayAgg, reduceDays, type DayAgg, type PeriodStats } from './period';
import { QueueTally, type UnansweredSummary } from './queue';
import { durationBetween, estimatedFromOf, startAtOf } from './response';
import { normalizeAccount } from './rollups';
import { durationStats, slaMsFor, type SlaInput } from './stats';
import { runtimeTimeZone, zoneClock } from './time';
import { rankAdvocates, rankNegativeThreads, TopTracker, type Advocate, type NegativeThread } from './top';

export interface SummaryInput {
  comments: readonly CommentRecord[];
  replies: readonly ReplyRecord[];
  guardEvents?: readonly GuardEvent[];
}

export interface SummaryOptions {
  now: number;
  /** IANA zone for days; default the runtime's. */
  timeZone?: string;
  sla?: SlaInput | null;
  businessHours?: BusinessHours | null;
  site?: SiteKey;
  account?: string;
  /** Length of advocate / thread rankings (default 5). */
  topN?: number;
  /** Unanswered items listed in `unanswered.top` (default 10). */
  queueTopN?: number;
}

export interface SeriesPoint {
  day: string;
  replies: number;
  comments: number;
  medianFrtMs: number | null;
  negativeShare: number | null;
}

export interface SiteSummary {
  site: SiteKey;
  today: PeriodStats;
  /** 7 days before today; counts are per-day averages. */
  avg7: PeriodStats;
  unanswered: number;
  unansweredNegative: number;
}

export interface Summary {
  now: number;
  timeZone: string;
  /** Today's local day key. */
  day: string;
  today: PeriodStats;
  yesterday: PeriodStats;
  /** The 7 days before today: counts are per-day averages, response times and shares pooled. */
  avg7: PeriodStats;
  unanswered: UnansweredSummary;
  perSite: SiteSummary[];
  /** Oldest first, ending today. */
  series7: SeriesPoint[];
  series30: SeriesPoint[];
  /** Over the last 30 days (including today). */
  topAdvocates: Advocate[];
  negativeThreads: NegativeThread[];
}

/** Days of history kept: 30-day series; the unanswered queue covers the same window. */
export const SUMMARY_DAYS = 30;

const SITE_INDEX: Record<SiteKey, number> = { x: 0, instagram: 1, tiktok: 2 };

export function summarize(input: SummaryInput, opts: SummaryOptions): Summary {
  const now = opts.now;
  const timeZone = opts.timeZone ?? runtimeTimeZone();
  const clock = zoneClock(timeZone);
  const bh = opts.businessHours ?? null;
  const siteFilter = opts.site;
  const accountFilter = opts.account === undefined ? undefined : normalizeAccount(opts.account);
  const todayNum = clock.dayNumber(now);
  const windowStart = clock.startOfDay(todayNum - (SUMMARY_DAYS - 1));
  const nSites = SITE_KEYS.length;
  const cells: DayAgg[] = [];
  for (let i = 0; i < nSites * SUMMARY_DAYS; i++) cells.push(newDayAgg());
  const slaMs = SITE_KEYS.map((s) => slaMsFor(s, opts.sla));
  const slotOf = (ms: number): number => {
    const slot = todayNum - clock.dayNumber(ms);
    return slot >= 0 && slot < SUMMARY_DAYS ? slot : -1;
  };
  const accountOk = (a: string | undefined): boolean =>
    accountFilter === undefined || normalizeAccount(a) === accountFilter;

  // Earliest reply per comment among replies sent in the window (also catches replies
  // not yet denormalized into `firstReplyAt`). Older replies are covered by `firstReplyAt`.
  const index = new Map<string, ReplyRecord>();
  const replies = input.replies;
  for (let i = 0; i < replies.length; i++) {
    const r = replies[i];
    const at = r.sentAt;
    if (at < windowStart) continue;
    const k = r.commentKey;
    if (k !== undefined) {
      const prev = index.get(k);
      if (prev === undefined || at < prev.sentAt) index.set(k, r);
    }
    if ((siteFilter !== undefined && r.site !== siteFilter) || !accountOk(r.account)) continue;
    const slot = slotOf(at);
    if (slot >= 0) cells[SITE_INDEX[r.site] * SUMMARY_DAYS + slot].replies++;
  }

  for (const e of input.guardEvents ?? []) {
    if (e.at < windowStart) continue;
    if ((siteFilter !== undefined && e.site !== siteFilter) || !accountOk(e.account)) continue;
    const slot = slotOf(e.at);
    if (slot >= 0) cells[SITE_INDEX[e.site] * SUMMARY_DAYS + slot].guardHolds++;
  }

  const tops = new TopTracker();
  const queue = new QueueTally({ now, sla: opts.sla, businessHours: bh }, opts.queueTopN ?? 10);
  const comments = input.comments;
  for (let i = 0; i < comments.length; i++) {
    const c = comments[i];
    const seen = c.firstSeenAt;
    const fra = c.firstReplyAt;
    // Fast reject: seen before the window and not first answered inside it
    // (an absent `firstReplyAt` means unanswered, per the storage contract).
    if (seen < windowStart && (fra === undefined || fra < windowStart)) continue;
    if (c.isOwn === true || (siteFilter !== undefined && c.site !== siteFilter)) continue;
    const si = SITE_INDEX[c.site];
    const seenIn = seen >= windowStart && accountOk(c.seenAs);
    if (seenIn) {
      const slot = slotOf(seen);
      if (slot >= 0) {
        const cell = cells[si * SUMMARY_DAYS + slot];
        cell.comments++;
        if (c.sentiment !== undefined) cell[c.sentiment]++;
        tops.add(c);
      }
    }
    const rec = index.get(c.key);
    let firstAt: number;
    if (rec !== undefined) firstAt = fra !== undefined && fra < rec.sentAt ? fra : rec.sentAt;
    else if (fra !== undefined) firstAt = fra;
    else {
      if (seenIn) queue.add(c);
      continue;
    }
    if (firstAt < windowStart) continue;
    if (accountFilter !== undefined && !accountOk(rec?.account ?? c.seenAs)) continue;
    const slot = slotOf(firstAt);
    if (slot < 0) continue;
    const startAt = startAtOf(c);
    const ms = durationBetween(startAt, firstAt, bh);
    const cell = cells[si * SUMMARY_DAYS + slot];
    cell.frt.push(ms);
    if (ms <= slaMs[si]) cell.withinSla++;
    if (estimatedFromOf(c) !== undefined) cell.estimated++;
  }
  const uSummary = queue.summary();

  const slotCells = (slot: number, sites: readonly number[]): DayAgg[] =>
    sites.map((s) => cells[s * SUMMARY_DAYS + slot]);
  const rangeCells = (from: number, to: number, sites: readonly number[]): DayAgg[] => {
    const out: DayAgg[] = [];
    for (let slot = from; slot <= to; slot++) out.push(...slotCells(slot, sites));
    return out;
  };
  const allSites = SITE_KEYS.map((_, i) => i);
  const series30: SeriesPoint[] = [];
  for (let slot = SUMMARY_DAYS - 1; slot >= 0; slot--) {
    let replies = 0;
    let comments = 0;
    let neg = 0;
    let labelled = 0;
    const frt: number[] = [];
    for (const c of slotCells(slot, allSites)) {
      replies += c.replies;
      comments += c.comments;
      neg += c.negative;
      labelled += c.positive + c.neutral + c.negative;
      for (const v of c.frt) frt.push(v);
    }
    series30.push({
      day: clock.keyOfDayNumber(todayNum - slot),
      replies,
      comments,
      medianFrtMs: durationStats(frt).median,
      negativeShare: labelled === 0 ? null : neg / labelled,
    });
  }

  const perSite: SiteSummary[] = SITE_KEYS.filter((s) => siteFilter === undefined || s === siteFilter).map((site) => {
    const i = SITE_INDEX[site];
    return {
      site,
      today: reduceDays(slotCells(0, [i])),
      avg7: reduceDays(rangeCells(1, 7, [i]), 7),
      unanswered: uSummary.perSite[site].count,
      unansweredNegative: uSummary.perSite[site].negative,
    };
  });

  return {
    now,
    timeZone,
    day: clock.keyOfDayNumber(todayNum),
    today: reduceDays(slotCells(0, allSites)),
    yesterday: reduceDays(slotCells(1, allSites)),
    avg7: reduceDays(rangeCells(1, 7, allSites), 7),
    unanswered: uSummary,
    perSite,
    series7: series30.slice(-7),
    series30,
    topAdvocates: rankAdvocates(tops, opts.topN ?? 5),
    negativeThreads: rankNegativeThreads(tops, opts.topN ?? 5),
  };
}

/** Start of the summary window (local midnight 29 days before `now`'s day). */
export function summaryWindowStart(now: number, timeZone?: string): number {
  const clock = zoneClock(timeZone ?? runtimeTimeZone());
  return clock.startOfDay(clock.dayNumber(now) - (SUMMARY_DAYS - 1));
}
