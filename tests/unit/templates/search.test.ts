import { describe, it, expect } from 'vitest';
import { createTemplate, type Template } from '../../../lib/templates/model';
import {
  createTemplateIndex,
  matchAbbreviation,
  MAX_FUSE_CANDIDATES,
  parseSearchQuery,
} from '../../../lib/templates/search';
import { generateTemplates } from '../../../scripts/bench/templates';

function tpl(id: string, over: Partial<Template> = {}): Template {
  return { ...createTemplate({ id, title: id, body: '', now: 0 }), ...over };
}

const library: Template[] = [
  tpl('ship', {
    title: 'Shipping times',
    body: 'Orders ship in 2 days',
    tags: ['faq', 'shipping'],
    language: 'en',
    abbreviation: ';ship',
    usageCount: 5,
  }),
  tpl('ship-es', {
    title: 'Plazos de envío',
    body: 'Enviamos en 2 días',
    tags: ['faq', 'shipping'],
    language: 'es',
    platforms: ['instagram'],
  }),
  tpl('refund', {
    title: 'Refund policy',
    body: 'Refunds within 30 days, shipping not included',
    tags: ['faq'],
    language: 'en',
    lastUsedAt: 500,
  }),
  tpl('thanks', {
    title: 'Thank you',
    body: 'Thanks so much!',
    tags: ['praise'],
    language: 'en',
    lastUsedAt: 900,
    platforms: ['tiktok'],
  }),
  tpl('crisis', {
    title: 'Holding statement',
    body: 'We are aware of the issue',
    tags: ['crisis'],
    language: '',
    lastUsedAt: 100,
  }),
];

describe('parseSearchQuery', () => {
  it('extracts filter tokens', () => {
    expect(parseSearchQuery('tag:faq  ship lang:es-MX site:ig tag:"Free Shipping"')).toEqual({
      text: 'ship',
      tags: ['faq', 'free shipping'],
      langs: ['es'],
      sites: ['instagram'],
    });
    // Incomplete filters are ignored while typing.
    expect(parseSearchQuery('ship site:ins lang:')).toMatchObject({ text: 'ship', sites: [], langs: [] });
  });
});

describe('createTemplateIndex', () => {
  const index = createTemplateIndex(library);
  const ids = (q: string, site?: Template['platforms'][number]): string[] =>
    index.search(q, { site }).map((r) => r.template.id);

  it('ranks title matches above body-only matches', () => {
    expect(ids('shipping')[0]).toBe('ship');
    expect(ids('shipping')).toContain('refund');
    expect(ids('shipping').indexOf('ship')).toBeLessThan(ids('shipping').indexOf('refund'));
  });

  it('is fuzzy and accent-insensitive', () => {
    expect(ids('shiping')[0]).toBe('ship');
    expect(ids('envio')).toEqual(['ship-es']);
    expect(ids('REFUND')[0]).toBe('refund');
  });

  it('orders an empty query by lastUsedAt then usageCount', () => {
    expect(ids('')).toEqual(['thanks', 'refund', 'crisis', 'ship', 'ship-es']);
  });

  it('applies tag:, lang: and site: filters', () => {
    expect(ids('tag:faq')).toEqual(['refund', 'ship', 'ship-es']);
    expect(ids('tag:faq tag:shipping')).toEqual(['ship', 'ship-es']);
    expect(ids('lang:es')).toEqual(['crisis', 'ship-es']); // '' = any language
    expect(ids('site:tiktok')).toEqual(['thanks', 'refund', 'crisis', 'ship']);
    expect(ids('', 'instagram')).not.toContain('thanks');
    expect(ids('tag:faq days', 'x')).toEqual(expect.arrayContaining(['ship', 'refund']));
    expect(ids('tag:faq days', 'x')).not.toContain('ship-es');
  });

  it('breaks score ties by recency', () => {
    const twins = [
      tpl('old', { title: 'Promo code', lastUsedAt: 1 }),
      tpl('new', { title: 'Promo code', lastUsedAt: 2 }),
      tpl('never', { title: 'Promo code', usageCount: 3 }),
    ];
    expect(
      createTemplateIndex(twins)
        .search('promo')
        .map((r) => r.template.id),
    ).toEqual(['new', 'old', 'never']);
  });

  it('limits results and stays correct on a large library', () => {
    const many = generateTemplates(2000);
    const big = createTemplateIndex([...many, tpl('needle', { title: 'Zyxwvut special reply' })]);
    expect(big.search('s')).toHaveLength(50);
    expect(big.search('s', { limit: 5 })).toHaveLength(5);
    expect(big.search('zyxwvut')[0]?.template.id).toBe('needle');
    expect(big.search('zyxwvtu special')[0]?.template.id).toBe('needle');
    expect(MAX_FUSE_CANDIDATES).toBeGreaterThanOrEqual(50);
  });
});

describe('matchAbbreviation', () => {
  it('finds the template for a ;word on a site', () => {
    expect(matchAbbreviation(library, ';ship', 'x')?.id).toBe('ship');
    expect(matchAbbreviation(library, ';SHIP', 'x')?.id).toBe('ship');
    expect(matchAbbreviation(library, ';nope', 'x')).toBeNull();
    expect(matchAbbreviation(library, 'ship', 'x')).toBeNull();
  });

  it('respects platforms and prefers site-specific templates', () => {
    const ts = [
      tpl('all', { abbreviation: ';hi', lastUsedAt: 9 }),
      tpl('tt', { abbreviation: ';hi', platforms: ['tiktok'] }),
      tpl('ig', { abbreviation: ';ig', platforms: ['instagram'] }),
    ];
    expect(matchAbbreviation(ts, ';hi', 'tiktok')?.id).toBe('tt');
    expect(matchAbbreviation(ts, ';hi', 'x')?.id).toBe('all');
    expect(matchAbbreviation(ts, ';ig', 'x')).toBeNull();
  });
});

describe('words in another order', () => {
  it('finds "Delay in shipping" for "shipping delay", and "Order status" for "status order"', () => {
    const mk = (id: string, title: string, body: string, tags: string[] = []) =>
      createTemplate({ id, title, body, tags, now: 1 });
    const index = createTemplateIndex([
      mk('delay', 'Delay in shipping', 'Sorry, parcels are late this week.', ['shipping']),
      mk('status', 'Order status', 'You can follow your order here.'),
      mk('thanks', 'Thanks', 'Thank you so much!'),
    ]);
    expect(index.search('shipping delay').map((r) => r.template.id)).toEqual(['delay']);
    expect(index.search('status order').map((r) => r.template.id)[0]).toBe('status');
    expect(index.search('thanks order').map((r) => r.template.id)).toEqual([]);
    // The phrase in its own order still ranks first.
    expect(index.search('order status')[0]!.template.id).toBe('status');
  });
});
