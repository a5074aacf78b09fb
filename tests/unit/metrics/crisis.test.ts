// @vitest-environment node
import { describe, it, expect } from 'vitest';
import { detectCrises } from '../../../lib/metrics/crisis';
import type { CommentRecord } from '../../../lib/records';
import { comment, MIN, iso } from './helpers';

const NOW = iso('2026-06-03T12:00:00Z');

function burst(
  postId: string,
  n: number,
  fromAgoMin: number,
  toAgoMin: number,
  sentiment: 'negative' | 'neutral' = 'negative',
): CommentRecord[] {
  const out: CommentRecord[] = [];
  for (let i = 0; i < n; i++) {
    const at = NOW - (fromAgoMin - ((fromAgoMin - toAgoMin) * i) / Math.max(1, n - 1)) * MIN;
    out.push(comment({ postId, createdAt: at, createdAtPrecision: 'exact', firstSeenAt: at + MIN, sentiment }));
  }
  return out;
}

describe('detectCrises', () => {
  it('flags a post whose negatives accelerate beyond 5× its own trailing rate', () => {
    const comments = [...burst('hot', 12, 14, 0), ...burst('hot', 6, 70, 20)];
    const [alert, ...rest] = detectCrises(comments, { now: NOW });
    expect(rest).toEqual([]);
    expect(alert).toMatchObject({
      site: 'x',
      postId: 'hot',
      recentNegatives: 12,
      trailingNegatives: 6,
      recentTotal: 12,
    });
    expect(alert.recentRatePerMin).toBeCloseTo(12 / 15);
    expect(alert.trailingRatePerMin).toBeCloseTo(6 / 60);
    expect(alert.ratio).toBeCloseTo(8);
  });

  it('does not flag a post that is steadily negative', () => {
    const comments = [...burst('steady', 12, 14, 0), ...burst('steady', 40, 74, 16)];
    expect(detectCrises(comments, { now: NOW })).toEqual([]);
  });

  it('needs minNegatives, and uses a floor so empty history is finite', () => {
    expect(detectCrises(burst('small', 9, 10, 0), { now: NOW })).toEqual([]);
    const [a] = detectCrises(burst('new', 10, 10, 0), { now: NOW });
    expect(a.trailingRatePerMin).toBe(0);
    expect(Number.isFinite(a.ratio)).toBe(true);
    expect(a.ratio).toBeCloseTo(10 / 15 / 0.05);
    expect(detectCrises(burst('new', 10, 10, 0), { now: NOW, floorPerMin: 1 })).toEqual([]);
  });

  it('ignores neutral comments, own comments, other windows and the future; sorts by ratio', () => {
    const own = burst('own', 20, 10, 0).map((c) => ({ ...c, isOwn: true }));
    const neutral = burst('calm', 30, 10, 0, 'neutral');
    const future = burst('future', 20, -10, -20);
    const a = burst('a', 10, 10, 0);
    const b = [...burst('b', 30, 10, 0), ...burst('b', 2, 60, 30)];
    const res = detectCrises([...own, ...neutral, ...future, ...a, ...b], { now: NOW, minNegatives: 10 });
    expect(res.map((r) => r.postId)).toEqual(['b', 'a']);
    expect(res[0].recentTotal).toBe(30);
  });

  it('uses firstSeenAt for comments with unknown dates and honours custom windows', () => {
    const cs = Array.from({ length: 10 }, (_, i) =>
      comment({ postId: 'u', firstSeenAt: NOW - i * MIN, sentiment: 'negative' }),
    );
    expect(detectCrises(cs, { now: NOW, windowMs: 5 * MIN })).toEqual([]);
    expect(detectCrises(cs, { now: NOW, windowMs: 10 * MIN })[0].recentNegatives).toBe(10);
  });
});
