import { describe, expect, it } from 'vitest';
import { ElementIndex } from '../../../lib/runtime/element-index';

describe('ElementIndex', () => {
  it('forgets elements the page removed, and sweeps when it has doubled', () => {
    const idx = new ElementIndex(4);
    const els = Array.from({ length: 4 }, (_, i) => {
      const el = document.createElement('article');
      el.id = `c${i}`;
      document.body.append(el);
      idx.set(el.id, el);
      return el;
    });
    els[0]!.remove();
    els[1]!.remove();
    expect(idx.get('c0')).toBeUndefined();
    expect(idx.get('c2')).toBe(els[2]);
    expect([...idx.entries()].map(([id]) => id)).toEqual(['c2', 'c3']);
    // Detached ones added past the limit are swept.
    for (let i = 4; i < 12; i++) idx.set(`d${i}`, document.createElement('article'));
    expect(idx.size).toBeLessThan(10);
    expect(idx.get('c3')).toBe(els[3]);
    document.body.replaceChildren();
  });
});
