import { describe, it, expect } from 'vitest';
import {
  createTemplate,
  pickVariant,
  pickVariantDetailed,
  templateSchema,
  type Template,
} from '../../../lib/templates/model';

const base = (variants: Template['variants']): Template =>
  createTemplate({ id: 't1', title: 'Thanks', body: 'EN base', language: 'en', now: 1, variants });

describe('pickVariant', () => {
  const t = base([
    { id: 'es', platforms: [], language: 'es', body: 'ES all' },
    { id: 'es-tt', platforms: ['tiktok'], language: 'es', body: 'ES tiktok' },
    { id: 'tt', platforms: ['tiktok'], language: '', body: 'EN tiktok' },
    { id: 'ru-ig', platforms: ['instagram'], language: 'ru', body: 'RU instagram' },
  ]);

  it('prefers exact platform + language', () => {
    expect(pickVariant(t, { site: 'tiktok', lang: 'es' })).toBe('ES tiktok');
    expect(pickVariant(t, { site: 'tiktok', lang: 'es-MX' })).toBe('ES tiktok');
    expect(pickVariant(t, { site: 'instagram', lang: 'ru' })).toBe('RU instagram');
  });

  it('then a language match for any platform', () => {
    expect(pickVariant(t, { site: 'x', lang: 'es' })).toBe('ES all');
    expect(pickVariant(t, { site: 'instagram', lang: 'es' })).toBe('ES all');
  });

  it('then a platform match, then the base body', () => {
    expect(pickVariant(t, { site: 'tiktok', lang: 'de' })).toBe('EN tiktok');
    expect(pickVariant(t, { site: 'tiktok', lang: 'en' })).toBe('EN tiktok');
    expect(pickVariant(t, { site: 'x', lang: 'de' })).toBe('EN base');
    expect(pickVariant(t, { site: 'x', lang: 'ru' })).toBe('EN base');
  });

  it('without a language: platform match, then base', () => {
    expect(pickVariantDetailed(t, { site: 'tiktok' })).toEqual({ body: 'EN tiktok', variantId: 'tt', language: 'en' });
    expect(pickVariant(t, { site: 'x' })).toBe('EN base');
    expect(pickVariant(base([]), { site: 'x', lang: 'es' })).toBe('EN base');
  });

  it("never answers in a platform variant's other language when the base fits (or nothing is known)", () => {
    expect(pickVariant(t, { site: 'instagram', lang: 'en' })).toBe('EN base');
    expect(pickVariant(t, { site: 'instagram', lang: 'de' })).toBe('EN base');
    expect(pickVariant(t, { site: 'instagram' })).toBe('EN base');
    const pt = createTemplate({
      id: 'p',
      title: 'Obrigado',
      body: 'PT base',
      language: 'pt-BR',
      now: 1,
      variants: [
        { id: 'x-en', platforms: ['x'], language: 'en', body: 'EN x' },
        { id: 'x-pt', platforms: ['x'], language: 'pt', body: 'PT x' },
      ],
    });
    expect(pickVariant(pt, { site: 'x' })).toBe('PT x');
    expect(pickVariant(pt, { site: 'x', lang: 'en' })).toBe('EN x');
  });
});

describe('templateSchema', () => {
  it('validates abbreviations and languages', () => {
    const ok = base([]);
    expect(templateSchema.safeParse({ ...ok, abbreviation: ';ship' }).success).toBe(true);
    expect(templateSchema.safeParse({ ...ok, abbreviation: 'ship' }).success).toBe(false);
    expect(templateSchema.safeParse({ ...ok, abbreviation: ';' }).success).toBe(false);
    expect(templateSchema.safeParse({ ...ok, abbreviation: ';a b' }).success).toBe(false);
    expect(templateSchema.safeParse({ ...ok, abbreviation: `;${'a'.repeat(31)}` }).success).toBe(true);
    expect(templateSchema.safeParse({ ...ok, abbreviation: `;${'a'.repeat(32)}` }).success).toBe(false);
    expect(templateSchema.safeParse({ ...ok, language: 'pt-BR' }).success).toBe(true);
    expect(templateSchema.safeParse({ ...ok, language: 'English' }).success).toBe(false);
    expect(templateSchema.safeParse({ ...ok, platforms: ['facebook'] }).success).toBe(false);
    expect(templateSchema.safeParse({ ...ok, tags: ['a|b'] }).success).toBe(false);
    expect(templateSchema.safeParse({ ...ok, tags: [''] }).success).toBe(false);
  });
});
