import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteAdapter, SiteKey } from '../types';
import type { PageStore } from './page-state';

export interface FeatureContext {
  site: SiteKey;
  adapter: SiteAdapter;
  store: PageStore;
  /** Aborted on SPA navigation and when the content script is invalidated. */
  signal: AbortSignal;
  /** The content script's lifetime (for createShadowRootUi). */
  ctx: ContentScriptContext;
  url: URL;
}

export interface Feature {
  /** Same as the file name. */
  id: string;
  /** Runs once per page (again after each SPA navigation). */
  init(fc: FeatureContext): void | Promise<void>;
  /** Runs once per content-script lifetime, for UI that survives navigation (badge, shortcuts). */
  setup?(fc: Omit<FeatureContext, 'signal' | 'url'> & { signal: AbortSignal }): void | Promise<void>;
}

export const defineFeature = (f: Feature): Feature => f;
