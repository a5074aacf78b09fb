import { describe, it, expect, vi } from 'vitest';
import { boot } from '../../../lib/runtime/boot';
import { defineFeature } from '../../../lib/runtime/feature';
import type { SiteAdapter } from '../../../lib/types';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

const adapter = {
  site: 'x',
  commentSelector: 'article',
  composerSelector: '[role=textbox]',
  matchRoute: (url: URL) =>
    url.pathname === '/compose/post'
      ? { kind: 'compose' }
      : url.pathname.includes('/status/')
        ? { kind: 'post', postId: url.pathname.split('/').pop()! }
        : { kind: 'feed' },
} as unknown as SiteAdapter;

function fakeCtx() {
  const handlers: (() => void)[] = [];
  return {
    ctx: { onInvalidated: (cb: () => void) => handlers.push(cb) } as unknown as ContentScriptContext,
    invalidate: () => handlers.forEach((h) => h()),
  };
}

describe('boot()', () => {
  it('runs every feature even when one throws, and aborts the page signal on navigation', async () => {
    history.replaceState(null, '', '/a/status/1');
    const err = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const signals: AbortSignal[] = [];
    const order: string[] = [];
    const features = [
      defineFeature({
        id: 'bad',
        init: () => {
          throw new Error('broken feature');
        },
      }),
      defineFeature({
        id: 'async-bad',
        init: async () => {
          throw new Error('broken async');
        },
      }),
      defineFeature({
        id: 'good',
        init: ({ signal, url }) => {
          signals.push(signal);
          order.push(url.pathname);
        },
      }),
    ];
    const { ctx, invalidate } = fakeCtx();
    const store = boot(ctx, adapter, features);
    await new Promise((r) => setTimeout(r, 0));
    expect(order).toEqual(['/a/status/1']);
    expect(store.getState().route).toEqual({ kind: 'post', postId: '1' });

    history.pushState(null, '', '/a/status/2');
    await new Promise((r) => setTimeout(r, 600));
    expect(order).toEqual(['/a/status/1', '/a/status/2']);
    expect(signals[0]!.aborted).toBe(true);
    expect(signals[1]!.aborted).toBe(false);
    expect(store.getState().route).toEqual({ kind: 'post', postId: '2' });
    invalidate();
    expect(signals[1]!.aborted).toBe(true);
    expect(err.mock.calls.some((c) => c.some((a) => String(a).includes('broken feature')))).toBe(true);
    expect(err.mock.calls.some((c) => c.some((a) => String(a).includes('feature async-bad failed')))).toBe(true);
    err.mockRestore();
  });

  it("keeps the page through a dialog with its own address (X's reply dialog at /compose/post) and back", async () => {
    history.replaceState(null, '', '/a/status/7');
    const signals: AbortSignal[] = [];
    const features = [defineFeature({ id: 'f', init: ({ signal }) => void signals.push(signal) })];
    const { ctx, invalidate } = fakeCtx();
    const store = boot(ctx, adapter, features);
    await new Promise((r) => setTimeout(r, 0));
    store.setState({ focusedCommentId: 'c1' });

    history.pushState(null, '', '/compose/post');
    await new Promise((r) => setTimeout(r, 600));
    history.pushState(null, '', '/a/status/7');
    await new Promise((r) => setTimeout(r, 600));
    expect(signals).toHaveLength(1);
    expect(signals[0]!.aborted).toBe(false);
    expect(store.getState().route).toEqual({ kind: 'post', postId: '7' });
    expect(store.getState().focusedCommentId).toBe('c1');

    // Leaving the dialog for another page is a new page.
    history.pushState(null, '', '/compose/post');
    await new Promise((r) => setTimeout(r, 600));
    history.pushState(null, '', '/a/status/8');
    await new Promise((r) => setTimeout(r, 600));
    expect(signals).toHaveLength(2);
    expect(signals[0]!.aborted).toBe(true);
    expect(store.getState().route).toEqual({ kind: 'post', postId: '8' });
    invalidate();
  });
});
