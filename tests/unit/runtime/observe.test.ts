import { describe, it, expect, vi, afterEach } from 'vitest';
import { observe } from '../../../lib/runtime/observe';
import { createIdleQueue } from '../../../lib/runtime/idle';

const tick = () => new Promise((r) => setTimeout(r, 0));
afterEach(() => {
  document.body.replaceChildren();
});

describe('observe()', () => {
  it('calls back once per matching element, present and added later, and never twice', async () => {
    document.body.innerHTML = '<div class="c" id="a"></div>';
    const seen: string[] = [];
    const ac = new AbortController();
    observe('.c', (el) => seen.push(el.id), { signal: ac.signal });
    const wrapper = document.createElement('section');
    wrapper.innerHTML = '<div class="c" id="b"><div class="c" id="c"></div></div>';
    document.body.append(wrapper);
    await tick();
    // A mutation elsewhere does not call back again for handled elements.
    document.body.append(document.createElement('p'));
    await tick();
    expect(seen).toEqual(['a', 'b', 'c']);
    ac.abort();
  });

  it('looks only inside added subtrees (no page re-scan per mutation)', async () => {
    const ac = new AbortController();
    observe('.c', () => undefined, { signal: ac.signal });
    const spy = vi.spyOn(document.documentElement, 'querySelectorAll');
    const el = document.createElement('div');
    el.className = 'c';
    document.body.append(el);
    await tick();
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
    ac.abort();
  });

  it('reports content changes inside an already handled element (recycled cells)', async () => {
    document.body.innerHTML = '<article class="c"><span>old</span></article>';
    const changed: string[] = [];
    const ac = new AbortController();
    observe('.c', () => undefined, { signal: ac.signal, onChange: (el) => changed.push(el.textContent ?? '') });
    const article = document.querySelector('article')!;
    article.replaceChildren(Object.assign(document.createElement('span'), { textContent: 'new' }));
    await tick();
    expect(changed).toEqual(['new']);
    ac.abort();
  });

  it('stops after the signal aborts, and a throwing callback does not stop others', async () => {
    const ac = new AbortController();
    const good: string[] = [];
    const err = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    observe(
      '.x',
      () => {
        throw new Error('boom');
      },
      { signal: ac.signal },
    );
    observe('.x', (el) => good.push(el.id), { signal: ac.signal });
    document.body.innerHTML = '<i class="x" id="one"></i>';
    await tick();
    ac.abort();
    document.body.innerHTML = '<i class="x" id="two"></i>';
    await tick();
    expect(good).toEqual(['one']);
    expect(err).toHaveBeenCalled();
    err.mockRestore();
  });
});

describe('createIdleQueue()', () => {
  it('processes every item in slices and reports drain', async () => {
    const done: number[] = [];
    const ac = new AbortController();
    const drained = new Promise<void>((resolve) => {
      const q = createIdleQueue<number>((n) => done.push(n), { signal: ac.signal, budgetMs: 1, onDrain: resolve });
      for (let i = 0; i < 500; i++) q.push(i);
    });
    await drained;
    expect(done).toHaveLength(500);
    expect(done[499]).toBe(499);
  });

  it('gives items marked alone a task of their own, in order', async () => {
    // A new slice begins when an item runs in a task where none ran yet (microtasks run when a task ends).
    const slices: number[][] = [];
    let inTask = false;
    const record = (n: number) => {
      if (!inTask) {
        slices.push([]);
        inTask = true;
        queueMicrotask(() => (inTask = false));
      }
      slices[slices.length - 1]!.push(n);
    };
    const ac = new AbortController();
    await new Promise<void>((resolve) => {
      const q = createIdleQueue<number>(record, {
        signal: ac.signal,
        budgetMs: 1000, // every plain item would fit in one slice
        onDrain: resolve,
        alone: (n) => n < 0,
      });
      for (const n of [1, 2, -1, -2, 3, 4, -3, 5]) q.push(n);
    });
    expect(slices).toEqual([[1, 2], [-1], [-2], [3, 4], [-3], [5]]);
  });
});
