// @vitest-environment node
import { describe, it, expect } from 'vitest';
import { buildRollups, mergeRollups, normalizeAccount, RollupAccumulator } from '../../../lib/metrics/rollups';
import { indexFirstReplies, responseTimeOf } from '../../../lib/metrics/response';
import type { GuardEvent } from '../../../lib/records';
import { comment, reply, MIN, iso } from './helpers';

const TZ = 'Europe/Amsterdam';

describe('buildRollups', () => {
  // 2026-03-28T23:30Z is 00:30 on 2026-03-29 in Amsterdam (the DST day).
  const a = comment({
    firstSeenAt: iso('2026-03-28T23:30:00Z'),
    createdAt: iso('2026-03-28T23:20:00Z'),
    createdAtPrecision: 'exact',
    seenAs: '@Acme',
    sentiment: 'negative',
    intents: ['complaint', 'question'],
  });
  const b = comment({
    firstSeenAt: iso('2026-03-29T21:30:00Z'),
    sentiment: 'positive',
    seenAs: 'acme',
    site: 'instagram',
  });
  const c = comment({ firstSeenAt: iso('2026-03-29T22:30:00Z'), sentiment: 'neutral', seenAs: 'acme' }); // 00:30 on 03-30
  const own = comment({ firstSeenAt: iso('2026-03-29T10:00:00Z'), isOwn: true, seenAs: 'acme' });
  const replies = [
    reply({ commentKey: a.key, sentAt: iso('2026-03-29T00:20:00Z'), account: 'acme', templateId: 'ship' }), // 50 min
    reply({ commentKey: a.key, sentAt: iso('2026-03-29T05:00:00Z'), account: 'acme', templateId: 'ship' }),
    reply({ commentKey: c.key, site: 'x', sentAt: iso('2026-03-29T23:00:00Z'), account: 'acme_support' }), // 30 min
  ];
  const guards: GuardEvent[] = [
    {
      site: 'x',
      account: 'acme',
      reasons: ['work-mode-mismatch'],
      decision: 'cancel',
      at: iso('2026-03-29T12:00:00Z'),
    },
  ];
  const rollups = buildRollups([a, b, c, own], replies, guards, { timeZone: TZ, sla: { targetMinutes: 45 } });
  const byKey = new Map(rollups.map((r) => [r.key, r]));

  it('keys by local day, site and normalized account, sorted', () => {
    expect(rollups.map((r) => r.key)).toEqual([
      '2026-03-29|instagram|acme',
      '2026-03-29|x|acme',
      '2026-03-30|x|acme',
      '2026-03-30|x|acme_support',
    ]);
  });

  it('counts comments, sentiment, intents, replies, templates, response times and guard holds', () => {
    const x29 = byKey.get('2026-03-29|x|acme');
    expect(x29).toMatchObject({
      commentsSeen: 1,
      replies: 2,
      responseTimesMs: [60 * MIN],
      withinSla: 0,
      sentiment: { positive: 0, neutral: 0, negative: 1 },
      intents: { complaint: 1, question: 1 },
      templatesUsed: { ship: 2 },
      guardHolds: 1,
    });
    expect(byKey.get('2026-03-29|instagram|acme')).toMatchObject({
      commentsSeen: 1,
      replies: 0,
      sentiment: { positive: 1 },
    });
    expect(byKey.get('2026-03-30|x|acme')).toMatchObject({ commentsSeen: 1, replies: 0, responseTimesMs: [] });
    expect(byKey.get('2026-03-30|x|acme_support')).toMatchObject({
      replies: 1,
      responseTimesMs: [30 * MIN],
      withinSla: 1,
      commentsSeen: 0,
    });
  });

  it('matches an accumulator fed incrementally, including a seeded one', () => {
    const first = new RollupAccumulator({ timeZone: TZ, sla: { targetMinutes: 45 } });
    const idx = indexFirstReplies(replies);
    first.addComment(a);
    first.addComment(own);
    const second = new RollupAccumulator({ timeZone: TZ, sla: { targetMinutes: 45 } }, first.rollups());
    for (const x of [b, c]) second.addComment(x);
    for (const x of [a, b, c]) {
      const rt = responseTimeOf(x, idx);
      if (rt) second.addResponse(rt);
    }
    for (const r of replies) second.addReply(r);
    for (const g of guards) second.addGuardEvent(g);
    expect(second.rollups()).toEqual(rollups);
  });

  it('merges rollups with the same key', () => {
    const r = byKey.get('2026-03-29|x|acme');
    if (!r) throw new Error('missing');
    const m = mergeRollups(r, r);
    expect(m.commentsSeen).toBe(2);
    expect(m.responseTimesMs).toEqual([60 * MIN, 60 * MIN]);
    expect(m.intents).toEqual({ complaint: 2, question: 2 });
    expect(m.templatesUsed).toEqual({ ship: 4 });
    expect(r.commentsSeen).toBe(1);
    const other = byKey.get('2026-03-30|x|acme');
    if (!other) throw new Error('missing');
    expect(() => mergeRollups(r, other)).toThrow();
  });

  it('uses New York days across the fall-back and "" for unknown accounts', () => {
    const late = comment({ firstSeenAt: iso('2026-11-02T04:30:00Z') }); // 23:30 EST on 11-01
    const [r] = buildRollups([late], [], [], { timeZone: 'America/New_York' });
    expect(r.key).toBe('2026-11-01|x|');
    expect(normalizeAccount(' @Jane ')).toBe('jane');
  });
});
