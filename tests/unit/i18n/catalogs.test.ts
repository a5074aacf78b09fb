import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import '../../../lib/i18n/all';
import { en, type Messages } from '../../../lib/i18n/en';
import { es } from '../../../lib/i18n/es';
import { nl } from '../../../lib/i18n/nl';
import { ru } from '../../../lib/i18n/ru';
import { currentLanguage, setLanguage, t } from '../../../lib/i18n/index';

const catalogs: Record<string, Messages> = { es, ru, nl };
const enKeys = Object.keys(en).sort();

/** `{0}`, `{author}`, `{first_name|there}` → `0`, `author`, `first_name` (a fallback word may be translated). */
const placeholders = (s: string) => [...s.matchAll(/\{([\w]+)(?:\|[^}]*)?\}/g)].map((m) => m[1]).sort();

describe('UI catalogs', () => {
  for (const [lang, cat] of Object.entries(catalogs)) {
    describe(lang, () => {
      it("has exactly en's keys", () => {
        expect(Object.keys(cat).sort()).toEqual(enKeys);
      });

      it('has no empty strings', () => {
        const empty = Object.entries(cat).filter(([, v]) => typeof v !== 'string' || v.trim() === '');
        expect(empty).toEqual([]);
      });

      it('keeps the placeholders of each English string', () => {
        const diff = enKeys.filter(
          (k) => placeholders(cat[k as keyof Messages]).join() !== placeholders(en[k as keyof Messages]).join(),
        );
        expect(diff).toEqual([]);
      });

      it('keeps keyboard shortcuts and the product name', () => {
        for (const k of enKeys) {
          const source = en[k as keyof Messages];
          const target = cat[k as keyof Messages];
          for (const shortcut of source.match(/\b(?:Alt|Ctrl|Shift)\+[\w+]+/g) ?? [])
            expect(target, k).toContain(shortcut);
          if (source.includes('Riposte')) expect(target, k).toContain('Riposte');
        }
      });
    });
  }
});

describe('_locales (manifest strings)', () => {
  const root = join(__dirname, '../../../public/_locales');
  const read = (lang: string) =>
    JSON.parse(readFileSync(join(root, lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
  const enLocale = read('en');

  it('has en with the manifest keys', () => {
    expect(Object.keys(enLocale)).toEqual(expect.arrayContaining(['extName', 'extDescription', 'cmdOpenPicker']));
  });

  it('covers every UI language', () => {
    expect(readdirSync(root).sort()).toEqual(['en', ...Object.keys(catalogs)].sort());
  });

  for (const lang of readdirSync(root)) {
    it(`${lang} has en's keys, non-empty, within the store limits`, () => {
      const loc = read(lang);
      expect(Object.keys(loc).sort()).toEqual(Object.keys(enLocale).sort());
      for (const [k, v] of Object.entries(loc)) expect(v.message.trim(), `${lang}.${k}`).not.toBe('');
      expect(loc.extName!.message).toBe('Riposte');
      expect([...loc.extDescription!.message].length).toBeLessThanOrEqual(132);
    });
  }
});

describe('t()', () => {
  afterEach(() => setLanguage(null));

  it('uses the chosen language', () => {
    setLanguage('ru');
    expect(currentLanguage()).toBe('ru');
    expect(t('tplSave')).toBe(ru.tplSave);
    setLanguage('es');
    expect(t('tplSave')).toBe(es.tplSave);
    setLanguage('nl');
    expect(t('tplSave')).toBe(nl.tplSave);
    setLanguage('en');
    expect(t('tplSave')).toBe('Save');
  });

  it('fills placeholders in the chosen language', () => {
    setLanguage('es');
    expect(t('pickerOver', 12, 280)).toBe(es.pickerOver.replace('{0}', '12').replace('{1}', '280'));
    setLanguage('nl');
    expect(t('exportDone', 5)).toBe('5 rijen geëxporteerd');
  });

  it('falls back to English for an unknown language', () => {
    setLanguage('ja');
    expect(currentLanguage()).toBe('en');
    expect(t('tplSave')).toBe('Save');
    expect(t('badgeAccountOn', 'X')).toBe('Account on X');
  });

  it('uses the base language for a region variant', () => {
    setLanguage('es-MX');
    expect(currentLanguage()).toBe('es');
    expect(t('tplSave')).toBe(es.tplSave);
    setLanguage('nl_BE');
    expect(t('tplSave')).toBe(nl.tplSave);
    setLanguage('ru-RU');
    expect(t('today')).toBe(ru.today);
  });
});
