/** Per-day aggregation cells used by `summarize`, and their reduction to period stats. */
import type { SentimentLabel } from '../records';
import { durationStats, type DurationStats } from './stats';

export interface DayAgg {
  comments: number;
  replies: number;
  positive: number;
  neutral: number;
  negative: number;
  /** First-response times (ms) of comments first answered that day. */
  frt: number[];
  withinSla: number;
  estimated: number;
  guardHolds: number;
}

export function newDayAgg(): DayAgg {
  return {
    comments: 0,
    replies: 0,
    positive: 0,
    neutral: 0,
    negative: 0,
    frt: [],
    withinSla: 0,
    estimated: 0,
    guardHolds: 0,
  };
}

export interface FrtStats extends DurationStats {
  /** How many of the response times start from an estimated time. */
  estimated: number;
}

export interface PeriodStats {
  commentsSeen: number;
  replies: number;
  /** Comments answered (first reply) in the period. */
  answered: number;
  frt: FrtStats;
  /** Answered within the SLA target. */
  withinSla: number;
  /** withinSla / answered × 100, null when nothing was answered. */
  withinSlaPct: number | null;
  sentiment: Record<SentimentLabel, number>;
  /** negative / labelled comments (0..1), null when none is labelled. */
  negativeShare: number | null;
  guardHolds: number;
}

/**
 * Reduces day cells to period stats. Counts are divided by `perDay` (1 for a
 * single day; 7 for a 7-day average, so counts become per-day averages), while
 * response-time statistics, SLA share and negative share are pooled.
 */
export function reduceDays(cells: readonly DayAgg[], perDay = 1): PeriodStats {
  let comments = 0;
  let replies = 0;
  let positive = 0;
  let neutral = 0;
  let negative = 0;
  let withinSla = 0;
  let estimated = 0;
  let guardHolds = 0;
  let n = 0;
  for (const c of cells) n += c.frt.length;
  const all = new Float64Array(n);
  let j = 0;
  for (const c of cells) {
    comments += c.comments;
    replies += c.replies;
    positive += c.positive;
    neutral += c.neutral;
    negative += c.negative;
    withinSla += c.withinSla;
    estimated += c.estimated;
    guardHolds += c.guardHolds;
    for (const v of c.frt) all[j++] = v;
  }
  const labelled = positive + neutral + negative;
  const d = perDay > 0 ? perDay : 1;
  return {
    commentsSeen: comments / d,
    replies: replies / d,
    answered: n / d,
    frt: { ...durationStats(all), estimated },
    withinSla: withinSla / d,
    withinSlaPct: n === 0 ? null : (withinSla / n) * 100,
    sentiment: { positive: positive / d, neutral: neutral / d, negative: negative / d },
    negativeShare: labelled === 0 ? null : negative / labelled,
    guardHolds: guardHolds / d,
  };
}
