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
    // Until the accounts and settings arrive the guard knows no roles: a failed first load (the
    // database still opening, the worker restarting) is retried, 1 s, 2 s, 4 s… up to a minute apart.
    for (let wait = 1000; !signal.aborted; wait = Math.min(60_000, wait * 2)) {
      try {
        await refreshFromBackground(store, site);
        return;
      } catch (err) {
        if (signal.aborted) return;
        await new Promise((r) => setTimeout(r, wait));
        if (wait >= 60_000) throw err;
      }
    }
  },
});
