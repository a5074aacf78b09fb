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

/** Whether `value` is an `HH:MM` time parseHm accepts. */
export function isHm(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    parseHm(value);
    return true;
  } catch {
    return false;
  }
}

/** Whether `zone` is an IANA time zone this browser knows. */
export function isTimeZone(zone: unknown): zone is string {
  if (typeof zone !== 'string' || !zone) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * Stored business hours as usable hours, or null (hours off) when they are missing or unusable:
 * no open day, a time that is not HH:MM, an unknown time zone. A bad setting turns the business clock
 * off instead of breaking every figure (or claiming 0-minute responses when no day is open).
 */
export function usableBusinessHours(value: unknown): BusinessHours | null {
  return businessHoursProblem(value) === null ? (value as BusinessHours) : null;
}

/** What is wrong with a business-hours setting (a short English reason), or null when it is usable. */
export function businessHoursProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return 'not set';
  const h = value as Partial<BusinessHours>;
  if (!Array.isArray(h.days) || !h.days.some((d) => Number.isInteger(d) && d >= 0 && d <= 6)) return 'no open day';
  if (h.days.some((d) => !Number.isInteger(d) || d < 0 || d > 6)) return 'a day outside 0–6';
  for (const t of [h.start, h.end]) if (!isHm(t)) return `invalid time "${String(t)}"`;
  if (!isTimeZone(h.timeZone)) return `unknown time zone "${String(h.timeZone)}"`;
  return null;
}
