// @vitest-environment node
import { describe, it, expect } from 'vitest';
import { indexFirstReplies, resolveFirstReply, responseTimeOf, responseTimes } from '../../../lib/metrics/response';
import type { BusinessHours } from '../../../lib/metrics/business-hours';
import { comment, reply, HOUR, MIN, iso } from './helpers';

const T = iso('2026-06-03T10:00:00Z');

describe('first response time', () => {
  it('uses createdAt when exact', () => {
    const c = comment({
      createdAt: T,
      createdAtPrecision: 'exact',
      firstSeenAt: T + 5 * MIN,
      firstReplyAt: T + 20 * MIN,
    });
    const rt = responseTimeOf(c);
    expect(rt?.ms).toBe(20 * MIN);
    expect(rt?.estimatedFrom).toBeUndefined();
    expect(rt?.startAt).toBe(T);
  });

  it('falls back to firstSeenAt when createdAt is unknown, and flags it', () => {
    const a = comment({ firstSeenAt: T, firstReplyAt: T + 10 * MIN });
    expect(responseTimeOf(a)).toMatchObject({ ms: 10 * MIN, estimatedFrom: 'firstSeen' });
    const b = comment({ createdAt: T - HOUR, createdAtPrecision: 'unknown', firstSeenAt: T, firstReplyAt: T + MIN });
    expect(responseTimeOf(b)).toMatchObject({ ms: MIN, estimatedFrom: 'firstSeen' });
  });

  it('flags relative createdAt as estimated', () => {
    const c = comment({ createdAt: T - HOUR, createdAtPrecision: 'relative', firstSeenAt: T, firstReplyAt: T });
    expect(responseTimeOf(c)).toMatchObject({ ms: HOUR, estimatedFrom: 'relative' });
  });

  it('clamps negative durations to 0 and skips own and unanswered comments', () => {
    const early = comment({ createdAt: T, createdAtPrecision: 'exact', firstSeenAt: T, firstReplyAt: T - MIN });
    expect(responseTimeOf(early)?.ms).toBe(0);
    expect(responseTimeOf(comment({ firstSeenAt: T, firstReplyAt: T + MIN, isOwn: true }))).toBeNull();
    expect(responseTimeOf(comment({ firstSeenAt: T }))).toBeNull();
  });

  it('takes the earliest reply from the reply log and the denormalized field', () => {
    const c = comment({ createdAt: T, createdAtPrecision: 'exact', firstSeenAt: T, seenAs: 'acme' });
    const replies = [
      reply({ commentKey: c.key, sentAt: T + 30 * MIN, account: 'late' }),
      reply({ commentKey: c.key, sentAt: T + 10 * MIN, account: 'acme_support', templateId: 'tpl' }),
      reply({ sentAt: T + MIN }),
    ];
    const idx = indexFirstReplies(replies);
    expect(idx.size).toBe(1);
    expect(resolveFirstReply(c, idx)).toEqual({ at: T + 10 * MIN, account: 'acme_support', templateId: 'tpl' });
    const [rt] = responseTimes([c], replies);
    expect(rt).toMatchObject({ ms: 10 * MIN, account: 'acme_support', templateId: 'tpl', commentKey: c.key });
    const withDenorm = { ...c, firstReplyAt: T + 5 * MIN };
    expect(resolveFirstReply(withDenorm, idx)?.at).toBe(T + 5 * MIN);
    expect(responseTimeOf({ ...c, firstReplyAt: T + 5 * MIN })?.account).toBe('acme');
  });

  it('counts business time only when business hours are given', () => {
    const hours: BusinessHours = { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00', timeZone: 'UTC' };
    // Wed 16:30 → Thu 09:30: 30 + 30 business minutes.
    const c = comment({
      createdAt: iso('2026-06-03T16:30:00Z'),
      createdAtPrecision: 'exact',
      firstSeenAt: iso('2026-06-03T16:30:00Z'),
      firstReplyAt: iso('2026-06-04T09:30:00Z'),
    });
    expect(responseTimeOf(c, undefined, { businessHours: hours })?.ms).toBe(60 * MIN);
    expect(responseTimeOf(c)?.ms).toBe(17 * HOUR);
  });
});
