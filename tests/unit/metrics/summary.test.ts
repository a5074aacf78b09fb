// @vitest-environment node
import { describe, it, expect } from 'vitest';
import { summarize } from '../../../lib/metrics/summary';
import { buildRollups } from '../../../lib/metrics/rollups';
import { durationStats } from '../../../lib/metrics/stats';
import type { GuardEvent } from '../../../lib/records';
import { generateDataset } from '../../../scripts/bench/metrics';
import { comment, reply, DAY, MIN, iso } from './helpers';

const TZ = 'Europe/Amsterdam';
const NOW = iso('2026-06-03T12:00:00Z'); // Wed 14:00 local

const t1 = comment({
  postId: 'hot',
  createdAt: iso('2026-06-03T06:00:00Z'),
  createdAtPrecision: 'exact',
  firstSeenAt: iso('2026-06-03T06:05:00Z'),
  sentiment: 'negative',
  seenAs: 'acme',
});
const t2 = comment({
  site: 'instagram',
  postId: 'calm',
  authorHandle: 'fan',
  firstSeenAt: iso('2026-06-03T07:00:00Z'),
  sentiment: 'positive',
  seenAs: 'acme',
  firstReplyAt: iso('2026-06-03T09:00:00Z'),
});
const t3 = comment({ postId: 'hot', firstSeenAt: iso('2026-06-03T11:50:00Z'), sentiment: 'negative', seenAs: 'acme' });
const t4 = comment({
  site: 'tiktok',
  postId: 'calm',
  firstSeenAt: iso('2026-06-03T10:30:00Z'),
  sentiment: 'neutral',
  seenAs: 'acme',
});
// 00:30 local on 06-03 although the UTC date is 06-02.
const y2 = comment({
  postId: 'calm',
  authorHandle: 'fan',
  firstSeenAt: iso('2026-06-02T22:30:00Z'),
  sentiment: 'positive',
  seenAs: 'acme',
});
const y1 = comment({
  postId: 'calm',
  authorHandle: 'fan',
  createdAt: iso('2026-06-02T08:00:00Z'),
  createdAtPrecision: 'exact',
  firstSeenAt: iso('2026-06-02T08:01:00Z'),
  sentiment: 'positive',
  seenAs: 'acme',
});
const d3 = comment({
  postId: 'p2',
  createdAt: NOW - 3 * DAY,
  createdAtPrecision: 'exact',
  firstSeenAt: NOW - 3 * DAY,
  sentiment: 'negative',
  seenAs: 'acme',
});
const own = comment({ firstSeenAt: NOW - 60 * MIN, isOwn: true, seenAs: 'acme', sentiment: 'negative' });
const ancient = comment({ firstSeenAt: NOW - 40 * DAY, sentiment: 'negative' });
const replies = [
  reply({ commentKey: t1.key, sentAt: iso('2026-06-03T06:30:00Z'), account: 'acme', templateId: 'sorry' }),
  reply({ commentKey: t2.key, site: 'instagram', sentAt: iso('2026-06-03T09:00:00Z'), account: 'acme_support' }),
  reply({ commentKey: y2.key, sentAt: iso('2026-06-02T23:00:00Z'), account: 'acme' }),
  reply({ commentKey: y1.key, sentAt: iso('2026-06-02T08:10:00Z'), account: 'acme' }),
  reply({ commentKey: d3.key, sentAt: NOW - 3 * DAY + 50 * MIN, account: 'acme' }),
];
const guardEvents: GuardEvent[] = [
  { site: 'x', account: 'acme', reasons: ['account-changed'], decision: 'switch-account', at: NOW - MIN },
];
const input = { comments: [t1, t2, t3, t4, y2, y1, d3, own, ancient], replies, guardEvents };

describe('summarize', () => {
  const s = summarize(input, { now: NOW, timeZone: TZ });

  it('computes today with local-day attribution', () => {
    expect(s.day).toBe('2026-06-03');
    expect(s.today).toMatchObject({ commentsSeen: 5, replies: 3, answered: 3, withinSla: 2, guardHolds: 1 });
    expect(s.today.frt).toMatchObject({ count: 3, median: 30 * MIN, mean: 60 * MIN, estimated: 2 });
    expect(s.today.frt.p90).toBeCloseTo(102 * MIN);
    expect(s.today.withinSlaPct).toBeCloseTo(200 / 3);
    expect(s.today.sentiment).toEqual({ positive: 2, neutral: 1, negative: 2 });
    expect(s.today.negativeShare).toBeCloseTo(0.4);
  });

  it('computes yesterday and the 7-day average (counts per day, durations pooled)', () => {
    expect(s.yesterday).toMatchObject({ commentsSeen: 1, replies: 1, answered: 1, withinSlaPct: 100 });
    expect(s.yesterday.frt.median).toBe(10 * MIN);
    expect(s.avg7.commentsSeen).toBeCloseTo(2 / 7);
    expect(s.avg7.replies).toBeCloseTo(2 / 7);
    expect(s.avg7.frt).toMatchObject({ count: 2, median: 30 * MIN, mean: 30 * MIN });
    expect(s.avg7.negativeShare).toBe(0.5);
  });

  it('summarizes the unanswered queue, negative first', () => {
    expect(s.unanswered).toMatchObject({ count: 2, negative: 1, breached: 1, approaching: 0 });
    expect(s.unanswered.top.map((i) => i.key)).toEqual([t3.key, t4.key]);
    expect(s.unanswered.top[1].slaState).toBe('breached');
  });

  it('breaks down per site, builds 7/30-day series, advocates and negative threads', () => {
    expect(s.perSite.map((p) => [p.site, p.today.commentsSeen, p.unanswered])).toEqual([
      ['x', 3, 1],
      ['instagram', 1, 0],
      ['tiktok', 1, 1],
    ]);
    expect(s.series30).toHaveLength(30);
    expect(s.series30[0].day).toBe('2026-05-05');
    expect(s.series30[29]).toMatchObject({
      day: '2026-06-03',
      replies: 3,
      comments: 5,
      medianFrtMs: 30 * MIN,
      negativeShare: 0.4,
    });
    expect(s.series7).toEqual(s.series30.slice(-7));
    expect(s.series30[28]).toMatchObject({ day: '2026-06-02', comments: 1, medianFrtMs: 10 * MIN });
    expect(s.series30[20]).toMatchObject({ comments: 0, replies: 0, medianFrtMs: null, negativeShare: null });
    expect(s.topAdvocates).toEqual([{ site: 'x', authorHandle: 'fan', positive: 2, lastSeenAt: y2.firstSeenAt }]);
    expect(s.negativeThreads.map((t) => [t.postId, t.negative, t.share])).toEqual([
      ['hot', 2, 1],
      ['p2', 1, 1],
    ]);
  });

  it('filters by site and account', () => {
    const ig = summarize(input, { now: NOW, timeZone: TZ, site: 'instagram' });
    expect(ig.perSite.map((p) => p.site)).toEqual(['instagram']);
    expect(ig.today).toMatchObject({ commentsSeen: 1, replies: 1, answered: 1, guardHolds: 0 });
    expect(ig.unanswered.count).toBe(0);
    const support = summarize(input, { now: NOW, timeZone: TZ, account: '@ACME_support' });
    expect(support.today).toMatchObject({ commentsSeen: 0, replies: 1, answered: 1 });
    expect(support.today.frt.median).toBe(120 * MIN);
  });

  it('honours SLA and business hours', () => {
    const strict = summarize(input, { now: NOW, timeZone: TZ, sla: { perSite: { x: 20 } } });
    expect(strict.today.withinSla).toBe(0);
    const bh = summarize(input, {
      now: NOW,
      timeZone: TZ,
      businessHours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00', timeZone: TZ },
    });
    // t1 06:00–06:30Z (08:00–08:30 local): 0; t2 07:00–09:00Z (09:00–11:00 local): 120 min; y2 at night: 0.
    expect(bh.today.frt.mean).toBe(40 * MIN);
    expect(bh.unanswered.top[1].ageMs).toBe(90 * MIN);
  });
});

describe('summarize against rollups on generated data', () => {
  it('agrees with buildRollups day by day', () => {
    const data = generateDataset(6000, NOW, 7);
    const s = summarize(data, { now: NOW, timeZone: TZ });
    const rollups = buildRollups(data.comments, data.replies, data.guardEvents, { timeZone: TZ });
    for (const p of s.series30) {
      const day = rollups.filter((r) => r.day === p.day);
      expect(p.comments).toBe(day.reduce((n, r) => n + r.commentsSeen, 0));
      expect(p.replies).toBe(day.reduce((n, r) => n + r.replies, 0));
      expect(p.medianFrtMs).toBe(durationStats(day.flatMap((r) => r.responseTimesMs)).median);
    }
    const today = rollups.filter((r) => r.day === s.day);
    expect(s.today.withinSla).toBe(today.reduce((n, r) => n + r.withinSla, 0));
    expect(s.today.guardHolds).toBe(today.reduce((n, r) => n + r.guardHolds, 0));
  });

  it('summarizes 100,000 interactions (the time is measured by npm run bench)', () => {
    const data = generateDataset(100_000);
    const s = summarize(data, { now: data.now, timeZone: TZ });
    expect(s.series30).toHaveLength(30);
    expect(s.series7).toHaveLength(7);
  });
});
