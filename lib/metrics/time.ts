/**
 * Time-zone helpers without a date library: wall-clock offsets come from
 * Intl.DateTimeFormat (DST-safe), cached so hot loops avoid Date/Intl churn.
 *
 * Cache strategy: the offset is looked up at the first and last millisecond of
 * the UTC day; when both agree the whole UTC day is treated as one offset
 * (assumes no zone changes offset twice within 24 h and returns to the same
 * value). Otherwise the same test runs per UTC hour, and hours that contain a
 * transition are resolved exactly per timestamp.
 */

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The runtime's IANA time zone (falls back to UTC). */
export function runtimeTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** Exact UTC offset (ms, local − UTC) of `timeZone` at instant `ms`. Uncached. */
export function exactOffsetMs(ms: number, timeZone: string): number {
  let y = 1970;
  let mo = 1;
  let d = 1;
  let h = 0;
  let mi = 0;
  let s = 0;
  for (const p of formatterFor(timeZone).formatToParts(ms)) {
    switch (p.type) {
      case 'year':
        y = Number(p.value);
        break;
      case 'month':
        mo = Number(p.value);
        break;
      case 'day':
        d = Number(p.value);
        break;
      case 'hour':
        h = Number(p.value) % 24;
        break;
      case 'minute':
        mi = Number(p.value);
        break;
      case 'second':
        s = Number(p.value);
        break;
      default:
        break;
    }
  }
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  return wall - (ms - (((ms % 1000) + 1000) % 1000));
}

/** Cached offset lookups for one time zone. */
export class ZoneClock {
  readonly timeZone: string;
  private readonly fixed: number | null;
  private readonly dayCache = new Map<number, number>();
  private readonly hourCache = new Map<number, number>();
  private readonly keyCache = new Map<number, string>();

  constructor(timeZone: string = runtimeTimeZone()) {
    this.timeZone = timeZone;
    // Validates the zone (throws RangeError on unknown names).
    formatterFor(timeZone);
    this.fixed = timeZone === 'UTC' || timeZone === 'Etc/UTC' ? 0 : null;
  }

  /** UTC offset in ms (local − UTC) at instant `ms`. */
  offsetAt(ms: number): number {
    if (this.fixed !== null) return this.fixed;
    const day = Math.floor(ms / DAY_MS);
    let o = this.dayCache.get(day);
    if (o === undefined) {
      const a = exactOffsetMs(day * DAY_MS, this.timeZone);
      const b = exactOffsetMs(day * DAY_MS + DAY_MS - 1, this.timeZone);
      o = a === b ? a : Number.NaN;
      this.dayCache.set(day, o);
    }
    if (o === o) return o; // not NaN
    const hour = Math.floor(ms / HOUR_MS);
    let oh = this.hourCache.get(hour);
    if (oh === undefined) {
      const a = exactOffsetMs(hour * HOUR_MS, this.timeZone);
      const b = exactOffsetMs(hour * HOUR_MS + HOUR_MS - 1, this.timeZone);
      oh = a === b ? a : Number.NaN;
      this.hourCache.set(hour, oh);
    }
    if (oh === oh) return oh;
    return exactOffsetMs(ms, this.timeZone);
  }

  /** Local wall-clock time of `ms`, expressed as ms since 1970-01-01T00:00 wall time. */
  wall(ms: number): number {
    return ms + this.offsetAt(ms);
  }

  /** Local day number (days since 1970-01-01 in this zone). */
  dayNumber(ms: number): number {
    return Math.floor((ms + this.offsetAt(ms)) / DAY_MS);
  }

  /** `YYYY-MM-DD` of the local day containing `ms`. */
  dayKey(ms: number): string {
    return this.keyOfDayNumber(this.dayNumber(ms));
  }

  keyOfDayNumber(dayNum: number): string {
    let k = this.keyCache.get(dayNum);
    if (k === undefined) {
      k = dayNumberToKey(dayNum);
      this.keyCache.set(dayNum, k);
    }
    return k;
  }

  /**
   * UTC instant of a local wall time (ms since 1970-01-01T00:00 wall).
   * Times skipped by a spring-forward gap resolve to the instant after the gap
   * (02:30 → 03:30); repeated fall-back times resolve to the later instant.
   */
  toUtc(wallMs: number): number {
    const o1 = this.offsetAt(wallMs);
    const t1 = wallMs - o1;
    const o2 = this.offsetAt(t1);
    if (o2 === o1) return t1;
    // Near a change: each offset gives a candidate; keep those that read back as this wall time.
    const t2 = wallMs - o2;
    const ok1 = this.wall(t1) === wallMs;
    const ok2 = this.wall(t2) === wallMs;
    if (ok1 && ok2) return Math.max(t1, t2); // a repeated hour: the later instant
    if (ok1) return t1;
    if (ok2) return t2;
    // Skipped by the change: the instant right after the gap (the earlier offset's reading).
    return wallMs - Math.min(o1, o2);
  }

  /** UTC instant at which local day `dayNum` starts. */
  startOfDay(dayNum: number): number {
    return this.toUtc(dayNum * DAY_MS);
  }
}

const clocks = new Map<string, ZoneClock>();

/** Shared, cached clock per time zone. */
export function zoneClock(timeZone: string = runtimeTimeZone()): ZoneClock {
  let c = clocks.get(timeZone);
  if (!c) {
    c = new ZoneClock(timeZone);
    clocks.set(timeZone, c);
  }
  return c;
}

function pad(n: number, w: number): string {
  const s = String(n);
  return s.length >= w ? s : '0'.repeat(w - s.length) + s;
}

/** Days since 1970-01-01 → `YYYY-MM-DD` (proleptic Gregorian, H. Hinnant's civil_from_days). */
export function dayNumberToKey(dayNum: number): string {
  const z = dayNum + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** `YYYY-MM-DD` → days since 1970-01-01. */
export function dayKeyToNumber(key: string): number {
  const [y, m, d] = key.split('-').map(Number);
  return Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
}

/** Weekday (0 = Sunday) of a day number. 1970-01-01 was a Thursday. */
export function weekdayOfDayNumber(dayNum: number): number {
  return (((dayNum + 4) % 7) + 7) % 7;
}

/** Local `YYYY-MM-DD` of `ms` in `timeZone` (default: runtime zone). */
export function localDayKey(ms: number, timeZone?: string): string {
  return zoneClock(timeZone).dayKey(ms);
}
