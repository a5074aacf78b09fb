/**
 * Relative / short-date timestamps as TikTok shows them ("3d ago", "hace 1 sem", "2 дн. назад", "4-19",
 * "2024-4-19"), turned into an estimated Date. One table per UI language; `<html lang>` picks the table
 * first, the others are tried after it (so an unknown language still parses the common short forms).
 */

export type TimeUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

export interface RelativeTimeTable {
  /** Whole phrases meaning "now" (lower-case, after punctuation folding). */
  now: string[];
  /** Whole phrases meaning "yesterday". */
  yesterday: string[];
  /** Unit tokens that follow the number (lower-case, no trailing dot). */
  units: Record<string, TimeUnit>;
}

const u = (unit: TimeUnit, ...tokens: string[]): Record<string, TimeUnit> =>
  Object.fromEntries(tokens.map((t) => [t, unit]));

export const RELATIVE_TIME_TABLES: Record<string, RelativeTimeTable> = {
  en: {
    now: ['just now', 'now', 'moments ago'],
    yesterday: ['yesterday'],
    units: {
      ...u('second', 's', 'sec', 'secs', 'second', 'seconds'),
      ...u('minute', 'm', 'min', 'mins', 'minute', 'minutes'),
      ...u('hour', 'h', 'hr', 'hrs', 'hour', 'hours'),
      ...u('day', 'd', 'day', 'days'),
      ...u('week', 'w', 'wk', 'wks', 'week', 'weeks'),
      ...u('month', 'mo', 'mos', 'month', 'months'),
      ...u('year', 'y', 'yr', 'yrs', 'year', 'years'),
    },
  },
  es: {
    now: ['justo ahora', 'ahora', 'ahora mismo', 'hace un momento'],
    yesterday: ['ayer'],
    units: {
      ...u('second', 's', 'seg', 'segundo', 'segundos'),
      ...u('minute', 'min', 'minuto', 'minutos'),
      ...u('hour', 'h', 'hora', 'horas'),
      ...u('day', 'd', 'día', 'días', 'dia', 'dias'),
      ...u('week', 'sem', 'semana', 'semanas'),
      ...u('month', 'mes', 'meses'),
      ...u('year', 'a', 'año', 'años'),
    },
  },
  pt: {
    now: ['agora', 'agora mesmo', 'há pouco'],
    yesterday: ['ontem'],
    units: {
      ...u('second', 's', 'seg', 'segundo', 'segundos'),
      ...u('minute', 'min', 'minuto', 'minutos'),
      ...u('hour', 'h', 'hora', 'horas'),
      ...u('day', 'd', 'dia', 'dias'),
      ...u('week', 'sem', 'semana', 'semanas'),
      ...u('month', 'mês', 'mes', 'meses'),
      ...u('year', 'a', 'ano', 'anos'),
    },
  },
  de: {
    now: ['gerade eben', 'jetzt', 'soeben', 'gerade'],
    yesterday: ['gestern'],
    units: {
      ...u('second', 's', 'sek', 'sekunde', 'sekunden'),
      ...u('minute', 'min', 'minute', 'minuten'),
      ...u('hour', 'h', 'std', 'stunde', 'stunden'),
      ...u('day', 't', 'tg', 'tag', 'tage', 'tagen'),
      ...u('week', 'w', 'wo', 'woche', 'wochen'),
      ...u('month', 'mon', 'monat', 'monate', 'monaten'),
      ...u('year', 'j', 'jahr', 'jahre', 'jahren'),
    },
  },
  fr: {
    now: ["à l'instant", 'à l’instant', 'maintenant', "a l'instant"],
    yesterday: ['hier'],
    units: {
      ...u('second', 's', 'sec', 'seconde', 'secondes'),
      ...u('minute', 'min', 'minute', 'minutes'),
      ...u('hour', 'h', 'heure', 'heures'),
      ...u('day', 'j', 'jour', 'jours'),
      ...u('week', 'sem', 'semaine', 'semaines'),
      ...u('month', 'mois'),
      ...u('year', 'a', 'an', 'ans', 'année', 'années'),
    },
  },
  ru: {
    now: ['только что', 'сейчас'],
    yesterday: ['вчера'],
    units: {
      ...u('second', 'с', 'сек', 'секунда', 'секунду', 'секунды', 'секунд'),
      ...u('minute', 'м', 'мин', 'минута', 'минуту', 'минуты', 'минут'),
      ...u('hour', 'ч', 'час', 'часа', 'часов'),
      ...u('day', 'д', 'дн', 'день', 'дня', 'дней'),
      ...u('week', 'н', 'нед', 'неделя', 'неделю', 'недели', 'недель'),
      ...u('month', 'мес', 'месяц', 'месяца', 'месяцев'),
      ...u('year', 'г', 'год', 'года', 'лет'),
    },
  },
  nl: {
    now: ['zojuist', 'nu', 'net'],
    yesterday: ['gisteren'],
    units: {
      ...u('second', 's', 'sec', 'seconde', 'seconden'),
      ...u('minute', 'm', 'min', 'minuut', 'minuten'),
      ...u('hour', 'u', 'uur', 'uren'),
      ...u('day', 'd', 'dag', 'dagen'),
      ...u('week', 'w', 'wk', 'week', 'weken'),
      ...u('month', 'mnd', 'maand', 'maanden'),
      ...u('year', 'j', 'jr', 'jaar', 'jaren'),
    },
  },
  it: {
    now: ['adesso', 'ora', 'proprio ora', 'poco fa'],
    yesterday: ['ieri'],
    units: {
      ...u('second', 's', 'sec', 'secondo', 'secondi'),
      ...u('minute', 'min', 'minuto', 'minuti'),
      ...u('hour', 'h', 'ora', 'ore'),
      ...u('day', 'g', 'gg', 'giorno', 'giorni'),
      ...u('week', 'sett', 'settimana', 'settimane'),
      ...u('month', 'mese', 'mesi'),
      ...u('year', 'a', 'anno', 'anni'),
    },
  },
  uk: {
    now: ['щойно', 'зараз', 'тільки що'],
    yesterday: ['вчора'],
    units: {
      ...u('second', 'с', 'сек', 'секунда', 'секунду', 'секунди', 'секунд'),
      ...u('minute', 'хв', 'хвилина', 'хвилину', 'хвилини', 'хвилин'),
      ...u('hour', 'год', 'година', 'годину', 'години', 'годин'),
      ...u('day', 'д', 'дн', 'день', 'дні', 'днів'),
      ...u('week', 'тиж', 'тиждень', 'тижні', 'тижнів'),
      ...u('month', 'міс', 'місяць', 'місяці', 'місяців'),
      ...u('year', 'р', 'рік', 'роки', 'років'),
    },
  },
};

const FALLBACK_ORDER = ['en', 'es', 'pt', 'fr', 'de', 'ru', 'nl', 'it', 'uk'];

function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFC')
    .replace(/[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, '')
    .replace(/[·•]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function minus(now: Date, n: number, unit: TimeUnit): Date {
  const d = new Date(now.getTime());
  switch (unit) {
    case 'second':
      return new Date(now.getTime() - n * 1000);
    case 'minute':
      return new Date(now.getTime() - n * 60_000);
    case 'hour':
      return new Date(now.getTime() - n * 3_600_000);
    case 'day':
      return new Date(now.getTime() - n * 86_400_000);
    case 'week':
      return new Date(now.getTime() - n * 7 * 86_400_000);
    case 'month':
      d.setMonth(d.getMonth() - n);
      return d;
    case 'year':
      d.setFullYear(d.getFullYear() - n);
      return d;
  }
}

function validDate(y: number, m: number, day: number): Date | null {
  if (m < 1 || m > 12 || day < 1 || day > 31) return null;
  const d = new Date(y, m - 1, day);
  return d.getMonth() === m - 1 ? d : null;
}

/** "2024-4-19", "2024/04/19", "4-19" (month-day of the current year, or last year if that is in the future). */
function parseShortDate(text: string, now: Date): Date | null {
  let m = /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})$/.exec(text);
  if (m) return validDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[-./](\d{1,2})$/.exec(text);
  if (!m) return null;
  let month = Number(m[1]);
  let day = Number(m[2]);
  if (month > 12 && day <= 12) [month, day] = [day, month];
  const d = validDate(now.getFullYear(), month, day);
  if (!d) return null;
  // A date is only shown for comments older than a few days: one after today is last year's.
  if (d.getTime() > now.getTime()) return validDate(now.getFullYear() - 1, month, day);
  return d;
}

/**
 * The tables to try: the page language's first, then the others. A page in a language without a
 * table gets none: its short units mean other things elsewhere ("3 h lalu" is 3 days in Indonesian,
 * "3 t sitten" 3 hours in Finnish, "3 год тому" 3 hours in Ukrainian), so its times stay unknown
 * rather than wrong. Without a page language, every table is tried.
 */
function tablesFor(lang?: string): RelativeTimeTable[] {
  const base = (lang ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  if (base && !RELATIVE_TIME_TABLES[base]) return [];
  const order = base ? [base, ...FALLBACK_ORDER.filter((l) => l !== base)] : FALLBACK_ORDER;
  return order.map((l) => RELATIVE_TIME_TABLES[l]).filter((t): t is RelativeTimeTable => Boolean(t));
}

/**
 * Estimated moment for a relative or short-date label, or null when it is not one.
 * `lang` is the page's UI language (`<html lang>`); `now` is the reference time.
 */
export function parseRelativeTime(label: string, now: Date, lang?: string): Date | null {
  // Labels repeat a lot on one page ("3d ago"): remember the last few hundred answers.
  const key = `${lang ?? ''}|${now.getTime()}|${label}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit === null ? null : new Date(hit);
  const at = parseUncached(label, now, lang);
  if (cache.size > 500) cache.clear();
  cache.set(key, at ? at.getTime() : null);
  return at;
}

const cache = new Map<string, number | null>();

function parseUncached(label: string, now: Date, lang?: string): Date | null {
  const text = fold(label);
  if (!text) return null;
  const date = parseShortDate(text, now);
  if (date) return date;
  const tables = tablesFor(lang);
  const bare = text.replace(/[.!]/g, '').trim();
  for (const t of tables) {
    if (t.now.includes(bare)) return new Date(now.getTime());
    if (t.yesterday.includes(bare)) return minus(now, 1, 'day');
  }
  // number followed by a unit token: "3d", "3 d", "3 дн.", "vor 3 Tagen", "il y a 3 j", "hace 1 sem".
  const m = /(\d+)\s*([^\d\s.,;:()]+)/u.exec(text);
  if (!m) return null;
  const n = Number(m[1]);
  const token = (m[2] ?? '').replace(/\.$/, '');
  for (const t of tables) {
    const unit = t.units[token];
    if (unit) return minus(now, n, unit);
  }
  return null;
}
