// @vitest-environment node
import { describe, it, expect } from 'vitest';
import {
  businessDurationMs,
  isWithinBusinessHours,
  parseHm,
  type BusinessHours,
} from '../../../lib/metrics/business-hours';
import { HOUR, MIN, iso } from './helpers';

const weekdays = (timeZone: string, start = '09:00', end = '17:00'): BusinessHours => ({
  days: [1, 2, 3, 4, 5],
  start,
  end,
  timeZone,
});

describe('parseHm', () => {
  it('parses and validates', () => {
    expect(parseHm('09:30')).toBe(570);
    expect(parseHm('24:00')).toBe(1440);
    expect(() => parseHm('9')).toThrow();
    expect(() => parseHm('25:00')).toThrow();
    expect(() => parseHm('24:30')).toThrow();
  });
});

describe('businessDurationMs', () => {
  const ams = weekdays('Europe/Amsterdam');

  it('counts only time inside the window on a weekday', () => {
    // Wed 2026-06-03, Amsterdam is UTC+2.
    expect(businessDurationMs(iso('2026-06-03T08:00:00Z'), iso('2026-06-03T09:30:00Z'), ams)).toBe(90 * MIN);
    // 06:00–08:00 local: before opening.
    expect(businessDurationMs(iso('2026-06-03T04:00:00Z'), iso('2026-06-03T06:00:00Z'), ams)).toBe(0);
    // 16:00 local to 10:00 local next day: 1 h + 1 h.
    expect(businessDurationMs(iso('2026-06-03T14:00:00Z'), iso('2026-06-04T08:00:00Z'), ams)).toBe(2 * HOUR);
  });

  it('skips weekends', () => {
    // Fri 2026-06-05 16:00 local → Mon 2026-06-08 10:00 local.
    expect(businessDurationMs(iso('2026-06-05T14:00:00Z'), iso('2026-06-08T08:00:00Z'), ams)).toBe(2 * HOUR);
    // Entirely within a weekend.
    expect(businessDurationMs(iso('2026-06-06T08:00:00Z'), iso('2026-06-07T20:00:00Z'), ams)).toBe(0);
    // A full week: 5 × 8 h.
    expect(businessDurationMs(iso('2026-06-01T00:00:00Z'), iso('2026-06-08T00:00:00Z'), ams)).toBe(40 * HOUR);
  });

  it('is DST-safe across the Amsterdam spring-forward (2026-03-29)', () => {
    // Fri 27 Mar 16:00 CET (15:00Z) → Mon 30 Mar 10:00 CEST (08:00Z).
    expect(businessDurationMs(iso('2026-03-27T15:00:00Z'), iso('2026-03-30T08:00:00Z'), ams)).toBe(2 * HOUR);
    const always: BusinessHours = {
      days: [0, 1, 2, 3, 4, 5, 6],
      start: '00:00',
      end: '24:00',
      timeZone: 'Europe/Amsterdam',
    };
    // Local midnight to local midnight on the 23-hour day.
    expect(businessDurationMs(iso('2026-03-28T23:00:00Z'), iso('2026-03-29T22:00:00Z'), always)).toBe(23 * HOUR);
    const sundays: BusinessHours = { days: [0], start: '00:00', end: '24:00', timeZone: 'Europe/Amsterdam' };
    expect(businessDurationMs(iso('2026-03-27T00:00:00Z'), iso('2026-04-01T00:00:00Z'), sundays)).toBe(23 * HOUR);
  });

  it('is DST-safe across the New York fall-back (2026-11-01)', () => {
    const sundays: BusinessHours = { days: [0], start: '00:00', end: '24:00', timeZone: 'America/New_York' };
    expect(businessDurationMs(iso('2026-10-30T00:00:00Z'), iso('2026-11-04T00:00:00Z'), sundays)).toBe(25 * HOUR);
    // 00:00–04:00 window on the fall-back Sunday lasts 5 real hours.
    const early: BusinessHours = { days: [0], start: '00:00', end: '04:00', timeZone: 'America/New_York' };
    expect(businessDurationMs(iso('2026-11-01T00:00:00Z'), iso('2026-11-02T00:00:00Z'), early)).toBe(5 * HOUR);
    // Fri 30 Oct 16:00 EDT (20:00Z) → Mon 2 Nov 10:00 EST (15:00Z): 1 h + 1 h.
    const ny = weekdays('America/New_York');
    expect(businessDurationMs(iso('2026-10-30T20:00:00Z'), iso('2026-11-02T15:00:00Z'), ny)).toBe(2 * HOUR);
  });

  it('handles overnight windows that belong to the opening day', () => {
    const night: BusinessHours = { days: [1, 2, 3, 4, 5], start: '22:00', end: '06:00', timeZone: 'UTC' };
    // Mon 2026-06-01 21:00 → Tue 07:00: the Monday night window 22:00–06:00 = 8 h.
    expect(businessDurationMs(iso('2026-06-01T21:00:00Z'), iso('2026-06-02T07:00:00Z'), night)).toBe(8 * HOUR);
    // Starting Tue 03:00 (inside Monday's window) until 05:00.
    expect(businessDurationMs(iso('2026-06-02T03:00:00Z'), iso('2026-06-02T05:00:00Z'), night)).toBe(2 * HOUR);
    // Sat 01:00–05:00 is inside Friday's window; Sat 22:00 is closed (Saturday not a day).
    expect(businessDurationMs(iso('2026-06-06T01:00:00Z'), iso('2026-06-06T23:00:00Z'), night)).toBe(5 * HOUR);
    expect(isWithinBusinessHours(iso('2026-06-06T23:00:00Z'), night)).toBe(false);
    expect(isWithinBusinessHours(iso('2026-06-06T05:59:00Z'), night)).toBe(true);
  });

  it('returns 0 for empty or reversed ranges and no open days', () => {
    expect(businessDurationMs(10, 10, ams)).toBe(0);
    expect(businessDurationMs(20, 10, ams)).toBe(0);
    expect(businessDurationMs(0, 1e12, { ...ams, days: [] })).toBe(0);
  });

  it('treats 00:00–00:00 every day as always open', () => {
    const all: BusinessHours = {
      days: [0, 1, 2, 3, 4, 5, 6],
      start: '00:00',
      end: '00:00',
      timeZone: 'Europe/Amsterdam',
    };
    expect(businessDurationMs(1000, 5 * HOUR, all)).toBe(5 * HOUR - 1000);
  });

  it('agrees with a minute-by-minute brute force over a DST week', () => {
    const h = weekdays('Europe/Amsterdam', '08:30', '18:15');
    const start = iso('2026-03-26T05:07:00Z');
    const end = iso('2026-03-31T19:41:00Z');
    let brute = 0;
    for (let t = start; t < end; t += MIN) if (isWithinBusinessHours(t, h)) brute += MIN;
    expect(businessDurationMs(start, end, h)).toBe(brute);
  });
});
