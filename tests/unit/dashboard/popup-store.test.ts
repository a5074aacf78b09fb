import { beforeEach, describe, expect, it, vi } from 'vitest';

type Pending = { type: string; payload: { site?: string }; resolve: (v: unknown) => void; reject: (e: Error) => void };
const pending: Pending[] = [];
vi.mock('../../../lib/runtime/send', () => ({
  send: (type: string, payload: { site?: string }) =>
    new Promise((resolve, reject) => pending.push({ type, payload, resolve, reject })),
}));

const { createPopupStore } = await import('../../../components/dashboard/store');
const { formatPct } = await import('../../../components/dashboard/format');

/** Answers every pending request of a load, the summary carrying `tag`. */
function answer(from: number, tag: string): void {
  for (const p of pending.slice(from, from + 3)) {
    if (p.type === 'summary.get') p.resolve({ tag });
    else if (p.type === 'stats.overview') p.resolve({ counts: {} });
    else p.resolve([]);
  }
}

describe('popup store', () => {
  beforeEach(() => void pending.splice(0));

  it('shows the answer for the filter now selected, not a slower one for the previous filter', async () => {
    const store = createPopupStore();
    const first = store.getState().load(); // all sites
    store.getState().setFilter({ site: 'x' });
    answer(3, 'x');
    await new Promise((r) => setTimeout(r, 0));
    answer(0, 'all-sites'); // the first load answers last
    await first;
    expect(store.getState().site).toBe('x');
    expect(store.getState().data).toEqual({ tag: 'x' });
  });

  it('drops the previous figures when a load fails', async () => {
    const store = createPopupStore();
    const ok = store.getState().load();
    answer(0, 'all-sites');
    await ok;
    const failing = store.getState().load();
    for (const p of pending.slice(3)) p.reject(new Error('summary.get failed'));
    await failing;
    expect(store.getState().error).toMatch(/failed/);
    expect(store.getState().data).toBeNull();
  });
});

describe('formatPct', () => {
  it('never rounds a share with misses up to 100%', () => {
    expect(formatPct(99.6)).toBe('99.6%');
    expect(formatPct(99.96)).toBe('99.9%');
    expect(formatPct(100)).toBe('100%');
    expect(formatPct(42.4)).toBe('42%');
    expect(formatPct(null)).toBe('—');
  });
});
