// @vitest-environment node
import { describe, it, expect } from 'vitest';
import { QueueTally, slaState, unansweredQueue } from '../../../lib/metrics/queue';
import { comment, reply, MIN, iso } from './helpers';

const NOW = iso('2026-06-03T12:00:00Z');

describe('slaState', () => {
  it('uses 75% as the approaching threshold', () => {
    expect(slaState(0, 60 * MIN)).toBe('ok');
    expect(slaState(44 * MIN, 60 * MIN)).toBe('ok');
    expect(slaState(45 * MIN, 60 * MIN)).toBe('approaching');
    expect(slaState(59 * MIN, 60 * MIN)).toBe('approaching');
    expect(slaState(60 * MIN, 60 * MIN)).toBe('breached');
  });
});

describe('unansweredQueue', () => {
  const old = comment({ firstSeenAt: NOW - 90 * MIN, sentiment: 'neutral' });
  const mid = comment({ firstSeenAt: NOW - 50 * MIN, sentiment: 'positive', site: 'instagram' });
  const fresh = comment({ firstSeenAt: NOW - 5 * MIN, sentiment: 'negative', seenAs: 'Acme' });
  const freshNeg2 = comment({ firstSeenAt: NOW - 10 * MIN, sentiment: 'negative' });
  const answered = comment({ firstSeenAt: NOW - 200 * MIN, firstReplyAt: NOW - 100 * MIN });
  const answeredByLog = comment({ firstSeenAt: NOW - 300 * MIN });
  const own = comment({ firstSeenAt: NOW - 500 * MIN, isOwn: true });
  const spam = comment({ firstSeenAt: NOW - 20 * MIN, intents: ['spam'] });
  const all = [old, mid, fresh, freshNeg2, answered, answeredByLog, own, spam];
  const replies = [reply({ commentKey: answeredByLog.key, sentAt: NOW - 250 * MIN })];

  it('lists unanswered comments, negative first then oldest, with SLA states', () => {
    const q = unansweredQueue(all, replies, { now: NOW });
    expect(q.map((i) => i.key)).toEqual([freshNeg2.key, fresh.key, old.key, mid.key, spam.key]);
    expect(q.map((i) => i.slaState)).toEqual(['ok', 'ok', 'breached', 'approaching', 'ok']);
    expect(q[2].ageMs).toBe(90 * MIN);
    expect(q[2].estimatedFrom).toBe('firstSeen');
  });

  it('filters by site, account, age and intents, and honours per-site SLA', () => {
    expect(unansweredQueue(all, replies, { now: NOW, site: 'instagram' }).map((i) => i.key)).toEqual([mid.key]);
    expect(unansweredQueue(all, replies, { now: NOW, account: '@ACME' }).map((i) => i.key)).toEqual([fresh.key]);
    expect(unansweredQueue(all, replies, { now: NOW, account: 'acme' }).map((i) => i.key)).toEqual([fresh.key]);
    expect(unansweredQueue(all, replies, { now: NOW, maxAgeMs: 30 * MIN }).length).toBe(3);
    expect(unansweredQueue(all, replies, { now: NOW, excludeIntents: ['spam'] }).length).toBe(4);
    const q = unansweredQueue(all, replies, { now: NOW, sla: { perSite: { instagram: 45 } } });
    expect(q.find((i) => i.key === mid.key)?.slaState).toBe('breached');
  });

  it('QueueTally agrees with the full queue', () => {
    const open = all.filter((c) => !c.isOwn && c.firstReplyAt === undefined && c !== answeredByLog);
    const tally = new QueueTally({ now: NOW }, 3);
    for (const c of open) tally.add(c);
    const s = tally.summary();
    const full = unansweredQueue(all, replies, { now: NOW });
    expect(s.count).toBe(full.length);
    expect(s.top).toEqual(full.slice(0, 3));
    expect(s.negative).toBe(2);
    expect(s.breached).toBe(1);
    expect(s.approaching).toBe(1);
    expect(s.perSite.instagram).toEqual({ count: 1, negative: 0 });
  });
});
