import { DAY, HOUR, MINUTE, type Lang } from './env';

const LOCALE: Record<Lang, string> = { en: 'en-US', es: 'es-ES', ru: 'ru-RU' };

/** X: "now"/"45s", "45m", "3h", then "Oct 23" (same year) or "Oct 23, 2024". */
export function xRelative(iso: string, now: number, lang: Lang): string {
  const t = Date.parse(iso);
  const d = Math.max(0, now - t);
  const u = {
    en: { s: 's', m: 'm', h: 'h' },
    es: { s: ' s', m: ' min', h: ' h' },
    ru: { s: ' с', m: ' мин.', h: ' ч' },
  }[lang];
  if (d < MINUTE) return `${Math.max(1, Math.floor(d / 1000))}${u.s}`;
  if (d < HOUR) return `${Math.floor(d / MINUTE)}${u.m}`;
  if (d < DAY) return `${Math.floor(d / HOUR)}${u.h}`;
  const date = new Date(t);
  const sameYear = date.getFullYear() === new Date(now).getFullYear();
  return new Intl.DateTimeFormat(LOCALE[lang], {
    month: 'short',
    day: 'numeric',
    ...(sameYear ? {} : { year: 'numeric' }),
  }).format(date);
}

/** X focused post: "7:34 PM · Oct 23, 2025". */
export function xAbsolute(iso: string, lang: Lang): string {
  const date = new Date(iso);
  const time = new Intl.DateTimeFormat(LOCALE[lang], { hour: 'numeric', minute: '2-digit' }).format(date);
  const day = new Intl.DateTimeFormat(LOCALE[lang], { month: 'short', day: 'numeric', year: 'numeric' }).format(date);
  return `${time} · ${day}`;
}

/** Instagram: "45m", "3h", "2d", "1w". */
export function igRelative(iso: string, now: number, lang: Lang): string {
  const d = Math.max(0, now - Date.parse(iso));
  const u = {
    en: { now: 'now', m: 'm', h: 'h', d: 'd', w: 'w' },
    es: { now: 'ahora', m: ' min', h: ' h', d: ' d', w: ' sem.' },
    ru: { now: 'сейчас', m: ' мин.', h: ' ч', d: ' дн.', w: ' нед.' },
  }[lang];
  if (d < MINUTE) return u.now;
  if (d < HOUR) return `${Math.floor(d / MINUTE)}${u.m}`;
  if (d < DAY) return `${Math.floor(d / HOUR)}${u.h}`;
  if (d < 7 * DAY) return `${Math.floor(d / DAY)}${u.d}`;
  return `${Math.floor(d / (7 * DAY))}${u.w}`;
}

export function igTitle(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALE[lang], { month: 'short', day: 'numeric', year: 'numeric' }).format(
    new Date(iso),
  );
}

/** TikTok: "just now", "45m ago", "3h ago", "3d ago", "2w ago", then "10-3" / "2024-10-3". */
export function tiktokRelative(iso: string, now: number, lang: Lang): string {
  const t = Date.parse(iso);
  const d = Math.max(0, now - t);
  const f = {
    en: { now: 'just now', ago: (n: number, u: string) => `${n}${u} ago`, m: 'm', h: 'h', d: 'd', w: 'w' },
    es: { now: 'justo ahora', ago: (n: number, u: string) => `hace ${n} ${u}`, m: 'min', h: 'h', d: 'd', w: 'sem.' },
    ru: { now: 'только что', ago: (n: number, u: string) => `${n} ${u} назад`, m: 'мин.', h: 'ч', d: 'д', w: 'нед.' },
  }[lang];
  if (d < MINUTE) return f.now;
  if (d < HOUR) return f.ago(Math.floor(d / MINUTE), f.m);
  if (d < DAY) return f.ago(Math.floor(d / HOUR), f.h);
  if (d < 7 * DAY) return f.ago(Math.floor(d / DAY), f.d);
  if (d < 28 * DAY) return f.ago(Math.floor(d / (7 * DAY)), f.w);
  const date = new Date(t);
  const md = `${date.getMonth() + 1}-${date.getDate()}`;
  return date.getFullYear() === new Date(now).getFullYear() ? md : `${date.getFullYear()}-${md}`;
}
