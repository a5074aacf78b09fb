/**
 * Business-hours durations, as Sprout Social and Hootsuite define them: the
 * response clock only runs while the business is open, in its own time zone.
 */
import { DAY_MS, MINUTE_MS, weekdayOfDayNumber, zoneClock } from './time';

export interface BusinessHours {
  /** Open weekdays, 0 = Sunday … 6 = Saturday. */
  days: number[];
  /** Opening wall time `HH:MM`. */
  start: string;
  /** Closing wall time `HH:MM` (`24:00` allowed). When ≤ start the window runs overnight into the next day. */
  end: string;
  /** IANA time zone of the business. */
  timeZone: string;
}

/** `HH:MM` → minutes after midnight; throws on malformed input. */
export function parseHm(hm: string): number {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hm.trim());
  if (!m) throw new RangeError(`Invalid time "${hm}" (expected HH:MM)`);
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 24 || min > 59 || (h === 24 && min !== 0)) throw new RangeError(`Invalid time "${hm}"`);
  return h * 60 + min;
}

interface Compiled {
  days: boolean[];
  startMin: number;
  endMin: number;
  overnight: boolean;
  timeZone: string;
}

const compiledCache = new WeakMap<BusinessHours, Compiled>();

function compile(hours: BusinessHours): Compiled {
  let c = compiledCache.get(hours);
  if (!c) {
    const days = [false, false, false, false, false, false, false];
    for (const d of hours.days) if (d >= 0 && d <= 6) days[Math.floor(d)] = true;
    const startMin = parseHm(hours.start);
    const endMin = parseHm(hours.end);
    c = { days, startMin, endMin, overnight: endMin <= startMin, timeZone: hours.timeZone };
    compiledCache.set(hours, c);
  }
  return c;
}

/**
 * Milliseconds between `start` and `end` (epoch ms) that fall inside business
 * hours. Windows are laid out in local wall time and converted to instants per
 * day, so a window that spans a DST change counts its real elapsed time
 * (e.g. 00:00–24:00 on 2026-03-29 in Europe/Amsterdam counts 23 h).
 * An overnight window (22:00–06:00) belongs to the day it opens on.
 * Returns 0 when end ≤ start.
 */
export function businessDurationMs(start: number, end: number, hours: BusinessHours): number {
  if (!(end > start)) return 0;
  const c = compile(hours);
  if (!c.days.some(Boolean)) return 0;
  if (c.startMin === c.endMin && c.startMin === 0 && c.days.every(Boolean)) return end - start;
  const clock = zoneClock(c.timeZone);
  const firstDay = clock.dayNumber(start) - 1; // previous day's overnight window may reach in
  const lastDay = clock.dayNumber(end);
  let total = 0;
  for (let day = firstDay; day <= lastDay; day++) {
    if (!c.days[weekdayOfDayNumber(day)]) continue;
    const base = day * DAY_MS;
    const openAt = clock.toUtc(base + c.startMin * MINUTE_MS);
    const closeAt = clock.toUtc(base + (c.overnight ? DAY_MS : 0) + c.endMin * MINUTE_MS);
    const a = openAt > start ? openAt : start;
    const b = closeAt < end ? closeAt : end;
    if (b > a) total += b - a;
  }
  return total;
}

/** Whether instant `ms` is inside business hours. */
export function isWithinBusinessHours(ms: number, hours: BusinessHours): boolean {
  return businessDurationMs(ms, ms + 1, hours) === 1;
}
