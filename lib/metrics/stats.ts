/**
 * Descriptive statistics. Percentiles use LINEAR INTERPOLATION between closest
 * ranks (Hyndman & Fan type 7 — numpy's default, Excel PERCENTILE.INC):
 * position h = (n − 1)·p over the ascending values; the result is
 * x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]). So the median of an even-sized set is the
 * mean of the two middle values and p90 of [1..10] is 9.1. Empty input → null.
 */
import type { SiteKey } from '../types';

export interface DurationStats {
  count: number;
  median: number | null;
  p90: number | null;
  mean: number | null;
}

/** Percentile `p` (0..1) of ascending-sorted values, linear interpolation. */
export function percentileSorted(sorted: ArrayLike<number>, p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  if (n === 1) return sorted[0];
  const q = p <= 0 ? 0 : p >= 1 ? 1 : p;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const hi = lo + 1 < n ? lo + 1 : lo;
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** Percentile `p` (0..1) of unsorted values (copies, does not mutate). */
export function percentile(values: readonly number[], p: number): number | null {
  return percentileSorted(Float64Array.from(values).sort(), p);
}

export function median(values: readonly number[]): number | null {
  return percentile(values, 0.5);
}

export function p90(values: readonly number[]): number | null {
  return percentile(values, 0.9);
}

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let s = 0;
  for (const v of values) s += v;
  return s / values.length;
}

/** Count, median, p90 and mean of durations (one sort). */
export function durationStats(values: readonly number[] | Float64Array): DurationStats {
  const n = values.length;
  if (n === 0) return { count: 0, median: null, p90: null, mean: null };
  const sorted = Float64Array.from(values).sort();
  let s = 0;
  for (let i = 0; i < n; i++) s += sorted[i];
  return {
    count: n,
    median: percentileSorted(sorted, 0.5),
    p90: percentileSorted(sorted, 0.9),
    mean: s / n,
  };
}

/** SLA target: a default in minutes and optional per-site overrides. */
export interface SlaConfig {
  /** Default target in minutes (60 when absent). */
  targetMinutes?: number;
  perSite?: Partial<Record<SiteKey, number>>;
}

export const DEFAULT_SLA_MINUTES = 60;

/** Per-site SLA minutes, e.g. `{ x: 30, tiktok: 120 }` (other sites: 60). */
export type SlaPerSite = Partial<Record<SiteKey, number>>;

/** Any accepted SLA setting: minutes for every site, a config, or per-site minutes. */
export type SlaInput = number | SlaConfig | SlaPerSite;

function isSlaConfig(sla: SlaConfig | SlaPerSite): sla is SlaConfig {
  return 'targetMinutes' in sla || 'perSite' in sla;
}

/** SLA target in ms for `site`. A bare number is minutes for every site. */
export function slaMsFor(site: SiteKey, sla?: SlaInput | null): number {
  if (typeof sla === 'number') return sla * 60_000;
  if (!sla) return DEFAULT_SLA_MINUTES * 60_000;
  const min = isSlaConfig(sla) ? (sla.perSite?.[site] ?? sla.targetMinutes) : sla[site];
  return (typeof min === 'number' && Number.isFinite(min) && min > 0 ? min : DEFAULT_SLA_MINUTES) * 60_000;
}

/** Share (0..1) of durations at or under `slaMs`; null when empty. */
export function withinSlaShare(values: readonly number[], slaMs: number): number | null {
  if (values.length === 0) return null;
  let k = 0;
  for (const v of values) if (v <= slaMs) k++;
  return k / values.length;
}
