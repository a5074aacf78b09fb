import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteAdapter } from '../types';
import type { Feature, FeatureContext } from './feature';
import { createPageState, type PageStore } from './page-state';
import { onUrlChange } from './navigation';
import { logger } from './log';

const log = logger('runtime');

async function runIsolated(feature: Feature, fn: () => void | Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (err) {
    // One feature failing must never stop the others.
    if ((err as Error)?.name !== 'AbortError') log.error(`feature ${feature.id} failed`, err);
  }
}

/** Boots the shared runtime for one site: state, per-page AbortSignal, every registered feature. */
export function boot(ctx: ContentScriptContext, adapter: SiteAdapter, features: Feature[]): PageStore {
  const store = createPageState(adapter.site);
  const life = new AbortController();
  ctx.onInvalidated(() => life.abort());

  const base = { site: adapter.site, adapter, store, ctx, signal: life.signal };
  for (const f of features) if (f.setup) void runIsolated(f, () => f.setup!(base));

  let page: AbortController | null = null;
  let pagePath = '';
  let overlay = false;
  const startPage = (url: URL) => {
    // A dialog with an address of its own over the current page (X's reply dialog at /compose/post)
    // is not a new page: the page's comments, focus and pending reply stay, and closing the dialog
    // (back to the page's own address) is not one either.
    if (page && adapter.matchRoute(url)?.kind === 'compose') {
      overlay = true;
      return;
    }
    if (page && overlay && url.pathname === pagePath) {
      overlay = false;
      return;
    }
    overlay = false;
    pagePath = url.pathname;
    page?.abort();
    page = new AbortController();
    life.signal.addEventListener('abort', () => page?.abort(), { once: true });
    store.setState({ route: adapter.matchRoute(url), comments: new Map(), focusedCommentId: null, crisis: null });
    const fc: FeatureContext = { ...base, signal: page.signal, url };
    for (const f of features) void runIsolated(f, () => f.init(fc));
  };
  startPage(new URL(location.href));
  onUrlChange(startPage, { signal: life.signal });
  return store;
}
