// @vitest-environment node
import { describe, it, expect } from 'vitest';
import { durationStats, mean, median, p90, percentile, slaMsFor, withinSlaShare } from '../../../lib/metrics/stats';

describe('stats (linear interpolation, type 7)', () => {
  it('computes median, p90 and mean', () => {
    const xs = [10, 1, 9, 2, 8, 3, 7, 4, 6, 5];
    expect(median(xs)).toBe(5.5);
    expect(p90(xs)).toBeCloseTo(9.1, 10);
    expect(mean(xs)).toBe(5.5);
    expect(percentile(xs, 0)).toBe(1);
    expect(percentile(xs, 1)).toBe(10);
    expect(median([3, 1, 2])).toBe(2);
    expect(p90([5])).toBe(5);
  });

  it('returns null on empty input and does not mutate', () => {
    expect(median([])).toBeNull();
    expect(mean([])).toBeNull();
    expect(durationStats([])).toEqual({ count: 0, median: null, p90: null, mean: null });
    const xs = [3, 1, 2];
    median(xs);
    expect(xs).toEqual([3, 1, 2]);
  });

  it('durationStats matches the individual functions', () => {
    const xs = Array.from({ length: 101 }, (_, i) => (i * 7919) % 1000);
    const s = durationStats(xs);
    expect(s).toEqual({ count: 101, median: median(xs), p90: p90(xs), mean: mean(xs) });
  });

  it('resolves SLA per site with a 60 min default', () => {
    expect(slaMsFor('x')).toBe(3_600_000);
    expect(slaMsFor('x', 30)).toBe(1_800_000);
    expect(slaMsFor('tiktok', { targetMinutes: 120, perSite: { tiktok: 15 } })).toBe(900_000);
    expect(slaMsFor('x', { targetMinutes: 120, perSite: { tiktok: 15 } })).toBe(7_200_000);
    expect(slaMsFor('x', { x: 30 })).toBe(1_800_000);
    expect(slaMsFor('tiktok', { x: 30 })).toBe(3_600_000);
    expect(slaMsFor('x', {})).toBe(3_600_000);
    expect(slaMsFor('x', null)).toBe(3_600_000);
    expect(slaMsFor('x', { x: Number.NaN })).toBe(3_600_000);
    expect(withinSlaShare([1, 2, 3, 4], 2)).toBe(0.5);
    expect(withinSlaShare([], 2)).toBeNull();
  });
});
