import { describe, it, expect } from 'vitest';
import { applyImportPlan, planImport } from '../../../lib/templates/plan';
import { createTemplate, type Template } from '../../../lib/templates/model';

const t = (id: string, over: Partial<Template> = {}): Template => ({
  ...createTemplate({ id, title: id, body: `${id} body`, language: 'en', now: 10 }),
  ...over,
});

const existing: Template[] = [
  t('a', { title: 'Shipping times', abbreviation: ';ship', tags: ['faq'], usageCount: 9, lastUsedAt: 100 }),
  t('b', { title: 'Refund policy', tags: ['faq'] }),
  t('c', { title: 'Thanks', abbreviation: ';thx' }),
];

const incoming: Template[] = [
  t('a', { title: 'Shipping times v2', body: 'new body', tags: ['shipping'], usageCount: 2, lastUsedAt: 300 }), // same id
  t('x1', { title: '  refund POLICY! ', body: 'new refund' }), // same title+language
  t('x2', { title: 'Refund policy', language: 'es', body: 'es' }), // other language: new
  t('x3', { title: 'Hello', abbreviation: ';THX' }), // same abbreviation
  t('x4', { title: 'Thanks', abbreviation: ';ship' }), // matches c by title and a by abbreviation
  t('x5', { title: 'Brand new' }),
  t('x6', { title: 'brand new' }), // duplicate inside the import
];

describe('planImport', () => {
  it('skip mode skips duplicates and reports conflicts', () => {
    const before = JSON.stringify({ existing, incoming });
    const plan = planImport(existing, incoming, 'skip', 1000);
    expect(plan.toAdd.map((x) => x.id)).toEqual(['x2', 'x5']);
    expect(plan.toUpdate).toEqual([]);
    expect(plan.skipped.map((s) => [s.incoming.id, s.reason, s.existing?.id])).toEqual([
      ['a', 'id', 'a'],
      ['x1', 'title', 'b'],
      ['x3', 'abbreviation', 'c'],
      ['x6', 'duplicate-in-import', undefined],
    ]);
    expect(plan.conflicts).toHaveLength(1);
    expect(plan.conflicts[0]?.matches.map((m) => [m.existing.id, m.reason])).toEqual([
      ['c', 'title'],
      ['a', 'abbreviation'],
    ]);
    expect(plan.conflicts[0]?.message).toMatch(/matches 2 existing templates/);
    expect(JSON.stringify({ existing, incoming })).toBe(before); // nothing mutated
  });

  it('merge mode: incoming wins, usage keeps the max, tags union', () => {
    const plan = planImport(existing, incoming, 'merge', 1000);
    expect(plan.toAdd.map((x) => x.id)).toEqual(['x2', 'x5']);
    expect(plan.toUpdate.map((x) => x.id)).toEqual(['a', 'b', 'c']);
    const a = plan.toUpdate[0];
    expect(a).toMatchObject({
      id: 'a',
      title: 'Shipping times v2',
      body: 'new body',
      tags: ['faq', 'shipping'],
      usageCount: 9,
      lastUsedAt: 300,
      abbreviation: ';ship',
      createdAt: 10,
      updatedAt: 1000,
    });
    expect(plan.toUpdate[1]).toMatchObject({ id: 'b', title: '  refund POLICY! ', body: 'new refund' });
    expect(plan.toUpdate[2]).toMatchObject({ id: 'c', title: 'Hello', abbreviation: ';THX' });
    expect(plan.skipped.map((s) => s.incoming.id)).toEqual(['x6']);
    expect(plan.conflicts.map((c) => c.incoming.id)).toEqual(['x4']);
    expect(existing[0]?.title).toBe('Shipping times');

    const next = applyImportPlan(existing, plan);
    expect(next.map((x) => x.id)).toEqual(['a', 'b', 'c', 'x2', 'x5']);
    expect(next[0]?.title).toBe('Shipping times v2');
  });

  it('keeps existing variants and abbreviation when the incoming has none', () => {
    const withVariant = t('v', {
      abbreviation: ';v',
      variants: [{ id: 'v-es', platforms: [], language: 'es', body: 'hola' }],
    });
    const plan = planImport([withVariant], [t('v', { body: 'from csv' })], 'merge', 5);
    expect(plan.toUpdate[0]).toMatchObject({ body: 'from csv', abbreviation: ';v', variants: withVariant.variants });
  });
});
