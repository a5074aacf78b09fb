import { browser } from 'wxt/browser';
import { defineFeature } from '../runtime/feature';
import { onPageMutation } from '../runtime/observe';
import { send } from '../runtime/send';
import type { PageStore } from '../runtime/page-state';
import type { SiteKey, SiteAdapter } from '../types';
import type { AccountRecord } from '../records';
import type { StoredTemplate } from '../../storage/types';

interface InitReply {
  accounts: AccountRecord[];
  settings: Record<string, unknown>;
  templates: StoredTemplate[];
}

export async function refreshFromBackground(store: PageStore, site: SiteKey): Promise<void> {
  const data = await send<InitReply>('page.init', { site });
  store.setState({ accounts: data.accounts, settings: data.settings, templates: data.templates });
}

function readAccount(store: PageStore, adapter: SiteAdapter): void {
  const handle = adapter.getActiveAccount(document)?.handle ?? null;
  if (handle !== store.getState().activeHandle) store.setState({ activeHandle: handle });
}

/**
 * Keeps the tab's state current: accounts, settings and templates from the background (on load,
 * on focus, and when the background announces a change), the logged-in account from the page
 * (re-read on every DOM change, since X switches accounts without a reload).
 */
export default defineFeature({
  id: 'page-sync',
  init: () => undefined,
  async setup({ store, site, adapter, signal }) {
    readAccount(store, adapter);
    onPageMutation(() => readAccount(store, adapter), { signal, wait: 300 });
    window.addEventListener('focus', () => void refreshFromBackground(store, site).catch(() => undefined), { signal });
    const onMessage = (msg: unknown) => {
      if ((msg as { riposteChanged?: boolean })?.riposteChanged)
        void refreshFromBackground(store, site).catch(() => undefined);
    };
    browser.runtime.onMessage.addListener(onMessage);
    signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage));
    await refreshFromBackground(store, site);
  },
});
