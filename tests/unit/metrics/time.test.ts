// @vitest-environment node
import { describe, it, expect } from 'vitest';
import {
  dayKeyToNumber,
  dayNumberToKey,
  exactOffsetMs,
  localDayKey,
  weekdayOfDayNumber,
  ZoneClock,
  zoneClock,
} from '../../../lib/metrics/time';
import { HOUR, iso } from './helpers';

describe('day numbers', () => {
  it('round-trips keys across eras, leap days and year ends', () => {
    for (const key of ['1970-01-01', '2000-02-29', '2024-12-31', '2026-03-29', '2100-03-01', '1969-12-31']) {
      expect(dayNumberToKey(dayKeyToNumber(key))).toBe(key);
    }
    for (let d = -1000; d < 40000; d += 37) {
      expect(dayNumberToKey(d)).toBe(new Date(d * 86_400_000).toISOString().slice(0, 10));
    }
  });

  it('knows weekdays (1970-01-01 was a Thursday)', () => {
    expect(weekdayOfDayNumber(0)).toBe(4);
    expect(weekdayOfDayNumber(dayKeyToNumber('2026-03-29'))).toBe(0);
    expect(weekdayOfDayNumber(-1)).toBe(3);
  });
});

describe('ZoneClock', () => {
  it('matches exact Intl offsets around the Amsterdam spring-forward', () => {
    const clock = new ZoneClock('Europe/Amsterdam');
    const t0 = iso('2026-03-28T00:00:00Z');
    for (let t = t0; t < t0 + 72 * HOUR; t += 7 * 60_000) {
      expect(clock.offsetAt(t)).toBe(exactOffsetMs(t, 'Europe/Amsterdam'));
    }
    expect(clock.offsetAt(iso('2026-03-29T00:59:59Z'))).toBe(HOUR);
    expect(clock.offsetAt(iso('2026-03-29T01:00:00Z'))).toBe(2 * HOUR);
  });

  it('computes DST-safe local day keys', () => {
    const ams = zoneClock('Europe/Amsterdam');
    expect(ams.dayKey(iso('2026-03-28T23:30:00Z'))).toBe('2026-03-29'); // 00:30 CET
    expect(ams.dayKey(iso('2026-03-29T21:59:00Z'))).toBe('2026-03-29'); // 23:59 CEST
    expect(ams.dayKey(iso('2026-03-29T22:00:00Z'))).toBe('2026-03-30');
    const ny = zoneClock('America/New_York');
    expect(ny.dayKey(iso('2026-11-01T04:30:00Z'))).toBe('2026-11-01'); // 00:30 EDT
    expect(ny.dayKey(iso('2026-11-02T04:59:00Z'))).toBe('2026-11-01'); // 23:59 EST
    expect(ny.dayKey(iso('2026-11-02T05:00:00Z'))).toBe('2026-11-02');
    expect(localDayKey(iso('2026-06-01T18:20:00Z'), 'Asia/Kathmandu')).toBe('2026-06-02'); // +05:45
    expect(localDayKey(iso('2026-06-01T18:10:00Z'), 'Asia/Kathmandu')).toBe('2026-06-01');
  });

  it('finds the start of local days, including 23 h and 25 h days', () => {
    const ams = zoneClock('Europe/Amsterdam');
    const d = dayKeyToNumber('2026-03-29');
    expect(ams.startOfDay(d)).toBe(iso('2026-03-28T23:00:00Z'));
    expect(ams.startOfDay(d + 1) - ams.startOfDay(d)).toBe(23 * HOUR);
    const ny = zoneClock('America/New_York');
    const n = dayKeyToNumber('2026-11-01');
    expect(ny.startOfDay(n)).toBe(iso('2026-11-01T04:00:00Z'));
    expect(ny.startOfDay(n + 1) - ny.startOfDay(n)).toBe(25 * HOUR);
  });

  it('resolves skipped and repeated wall times deterministically', () => {
    const ams = zoneClock('Europe/Amsterdam');
    const wall = (s: string): number => iso(`${s}Z`);
    // 02:30 does not exist on 2026-03-29: resolves after the gap (03:30 CEST).
    expect(ams.toUtc(wall('2026-03-29T02:30:00'))).toBe(iso('2026-03-29T01:30:00Z'));
    // 02:30 happens twice on 2026-10-25: the later instant (CET).
    expect(ams.toUtc(wall('2026-10-25T02:30:00'))).toBe(iso('2026-10-25T01:30:00Z'));
    expect(ams.toUtc(wall('2026-07-01T12:00:00'))).toBe(iso('2026-07-01T10:00:00Z'));
    // The same west of Greenwich: New York's 02:30 on 2026-03-08 is 03:30 EDT.
    const ny = zoneClock('America/New_York');
    expect(ny.toUtc(wall('2026-03-08T02:30:00'))).toBe(iso('2026-03-08T07:30:00Z'));
  });

  it('starts a day at the first instant it has where clocks change at midnight (Santiago, Havana)', () => {
    for (const [zone, day, start] of [
      ['America/Santiago', '2026-09-06', '2026-09-06T04:00:00Z'], // 00:00 skipped: 01:00 -03
      ['America/Havana', '2026-03-08', '2026-03-08T05:00:00Z'], // 00:00 skipped: 01:00 -04
    ] as const) {
      const clock = zoneClock(zone);
      const n = dayKeyToNumber(day);
      expect(clock.startOfDay(n), zone).toBe(iso(start));
      expect(clock.dayKey(clock.startOfDay(n)), zone).toBe(day);
      expect(clock.dayKey(clock.startOfDay(n) - 1), zone).not.toBe(day);
    }
  });

  it('is fast for UTC and rejects unknown zones', () => {
    expect(zoneClock('UTC').offsetAt(123)).toBe(0);
    expect(() => new ZoneClock('Mars/Olympus_Mons')).toThrow(RangeError);
  });
});
