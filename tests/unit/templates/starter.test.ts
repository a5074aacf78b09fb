import { describe, it, expect } from 'vitest';
import { createStarterTemplates } from '../../../lib/templates/starter';
import { templateSchema, pickVariant } from '../../../lib/templates/model';
import { parseTemplate, renderTemplate } from '../../../lib/templates/render';
import { checkLimit } from '../../../lib/templates/length';
import { matchAbbreviation } from '../../../lib/templates/search';
import { SITE_KEYS } from '../../../lib/types';

const starters = createStarterTemplates(1);

describe('starter templates', () => {
  it('are valid, with es/ru/nl variants and the expected abbreviations', () => {
    for (const t of starters) {
      expect(templateSchema.safeParse(t).success).toBe(true);
      expect(t.variants.map((v) => v.language)).toEqual(['es', 'ru', 'nl']);
      expect(t.platforms).toEqual([]);
    }
    expect(starters.map((t) => t.abbreviation)).toEqual([';thx', ';ship', ';dm', ';spam', ';crisis']);
    expect(starters.filter((t) => t.brandOnly).map((t) => t.abbreviation)).toEqual([';crisis']);
    expect(matchAbbreviation(starters, ';ship', 'tiktok')?.id).toBe('starter-shipping');
  });

  it('render without errors and fit every platform, with or without a name', () => {
    for (const t of starters) {
      for (const lang of ['en', 'es', 'ru', 'nl']) {
        const body = pickVariant(t, { site: 'tiktok', lang });
        expect(parseTemplate(body).errors).toEqual([]);
        for (const first_name of [undefined, 'Maximiliana']) {
          const r = renderTemplate(body, { first_name });
          expect(r.ok).toBe(true);
          if (!r.ok) continue;
          for (const site of SITE_KEYS) expect(checkLimit(r.text, site).ok, `${t.id}/${lang}/${site}`).toBe(true);
        }
      }
    }
  });
});
