/** TikTok relative-time labels in en, es, pt, de, fr, ru, nl (and it) against a fixed `now`. */
import { describe, expect, it } from 'vitest';
import { parseRelativeTime } from '../../lib/sites/relative-time';

const NOW = new Date('2026-03-15T12:00:00.000Z');
const ago = (ms: number): string => new Date(NOW.getTime() - ms).toISOString();
const MIN = 60_000;
const H = 60 * MIN;
const D = 24 * H;
const monthsAgo = (n: number): string => {
  const d = new Date(NOW.getTime());
  d.setMonth(d.getMonth() - n);
  return d.toISOString();
};

const CASES: Record<string, [string, string][]> = {
  en: [
    ['just now', ago(0)],
    ['45s ago', ago(45_000)],
    ['5m ago', ago(5 * MIN)],
    ['2h ago', ago(2 * H)],
    ['3d ago', ago(3 * D)],
    ['1w ago', ago(7 * D)],
    ['2h', ago(2 * H)],
    ['Yesterday', ago(D)],
    ['2mo ago', monthsAgo(2)],
  ],
  es: [
    ['justo ahora', ago(0)],
    ['hace 5 min', ago(5 * MIN)],
    ['hace 2 h', ago(2 * H)],
    ['hace 3 d', ago(3 * D)],
    ['hace 1 sem', ago(7 * D)],
    ['ayer', ago(D)],
    ['hace 2 días', ago(2 * D)],
  ],
  pt: [
    ['agora', ago(0)],
    ['há 5 min', ago(5 * MIN)],
    ['há 2 h', ago(2 * H)],
    ['há 3 d', ago(3 * D)],
    ['há 1 sem', ago(7 * D)],
    ['3d atrás', ago(3 * D)],
    ['ontem', ago(D)],
  ],
  de: [
    ['gerade eben', ago(0)],
    ['vor 5 Min.', ago(5 * MIN)],
    ['vor 2 Std.', ago(2 * H)],
    ['vor 3 T.', ago(3 * D)],
    ['vor 3 Tagen', ago(3 * D)],
    ['vor 1 Wo.', ago(7 * D)],
    ['gestern', ago(D)],
  ],
  fr: [
    ["à l'instant", ago(0)],
    ['il y a 5 min', ago(5 * MIN)],
    ['il y a 2 h', ago(2 * H)],
    ['il y a 3 j', ago(3 * D)],
    ['il y a 1 sem.', ago(7 * D)],
    ['hier', ago(D)],
  ],
  ru: [
    ['только что', ago(0)],
    ['5 мин. назад', ago(5 * MIN)],
    ['2 ч назад', ago(2 * H)],
    ['3 дн. назад', ago(3 * D)],
    ['1 нед. назад', ago(7 * D)],
    ['вчера', ago(D)],
    ['3 дня назад', ago(3 * D)],
  ],
  nl: [
    ['zojuist', ago(0)],
    ['5 min geleden', ago(5 * MIN)],
    ['2 u geleden', ago(2 * H)],
    ['3 d geleden', ago(3 * D)],
    ['1 w geleden', ago(7 * D)],
    ['gisteren', ago(D)],
    ['3 dagen geleden', ago(3 * D)],
  ],
  it: [
    ['adesso', ago(0)],
    ['5 min fa', ago(5 * MIN)],
    ['3 g fa', ago(3 * D)],
    ['ieri', ago(D)],
  ],
};

describe('parseRelativeTime', () => {
  for (const [lang, cases] of Object.entries(CASES)) {
    it(`${lang} labels`, () => {
      for (const [label, expected] of cases)
        expect(parseRelativeTime(label, NOW, lang)?.toISOString(), `${lang}: ${label}`).toBe(expected);
    });
    it(`${lang} labels without knowing the page language`, () => {
      for (const [label, expected] of cases) {
        if (lang === 'nl' && label.startsWith('3 d')) continue;
        expect(parseRelativeTime(label, NOW)?.toISOString(), `${lang}: ${label}`).toBe(expected);
      }
    });
  }
  it('short dates: month-day of this year (last year if in the future) and full dates', () => {
    expect(parseRelativeTime('1-19', NOW)?.toISOString()).toBe(new Date(2026, 0, 19).toISOString());
    expect(parseRelativeTime('4-19', NOW)?.toISOString()).toBe(new Date(2025, 3, 19).toISOString());
    expect(parseRelativeTime('2024-4-19', NOW)?.toISOString()).toBe(new Date(2024, 3, 19).toISOString());
    expect(parseRelativeTime('2024/04/19', NOW)?.toISOString()).toBe(new Date(2024, 3, 19).toISOString());
  });
  it('uses the page language for ambiguous units ("j" is a day in French, a year in German and Dutch)', () => {
    expect(parseRelativeTime('il y a 2 j', NOW, 'fr')?.toISOString()).toBe(ago(2 * D));
    const de = new Date(NOW.getTime());
    de.setFullYear(de.getFullYear() - 2);
    expect(parseRelativeTime('vor 2 J.', NOW, 'de')?.toISOString()).toBe(de.toISOString());
    expect(parseRelativeTime('2 j geleden', NOW, 'nl-NL')?.toISOString()).toBe(de.toISOString());
  });
  it('rejects things that are not times', () => {
    for (const s of ['', 'Reply', '234', 'Fan 03', '13-45', '2024-13-01', 'View 3 replies'])
      expect(parseRelativeTime(s, NOW), s).toBeNull();
  });
});

describe('languages without a table, and dates', () => {
  const at = new Date('2026-01-18T20:00:00');
  const ago = (label: string, lang?: string) => {
    const d = parseRelativeTime(label, at, lang);
    return d ? Math.round((at.getTime() - d.getTime()) / 3_600_000) : null;
  };

  it('reads Ukrainian (год is hours there, years in Russian)', () => {
    expect(ago('3 год тому', 'uk')).toBe(3);
    expect(ago('2 дн. тому', 'uk')).toBe(48);
    expect(parseRelativeTime('3 год. назад', at, 'ru')?.getFullYear()).toBe(2023);
  });

  it('leaves a time unknown, not wrong, on a page in a language it has no table for', () => {
    expect(ago('3 h lalu', 'id')).toBeNull(); // 3 days in Indonesian
    expect(ago('3 t sitten', 'fi')).toBeNull(); // 3 hours in Finnish
    expect(ago('3 g. temu', 'pl')).toBeNull();
    // Dates are the same everywhere.
    expect(parseRelativeTime('2025-12-25', at, 'id')?.getFullYear()).toBe(2025);
  });

  it('a month-day after today is last year (TikTok shows dates only for older comments)', () => {
    expect(parseRelativeTime('1-19', at, 'en')?.getFullYear()).toBe(2025);
    expect(parseRelativeTime('1-10', at, 'en')?.getFullYear()).toBe(2026);
  });
});
