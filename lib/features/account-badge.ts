import { createElement } from 'react';
import { defineFeature } from '../runtime/feature';
import { send } from '../runtime/send';
import { mountReact } from '../../components/inpage/mount';
import { AccountBadge } from '../../components/inpage/AccountBadge';
import type { AccountRecord } from '../records';
import { logger } from '../runtime/log';

const log = logger('badge');
const SITE_NAMES = { x: 'X', instagram: 'Instagram', tiktok: 'TikTok' } as const;

/** The persistent account badge: which account is logged in, its role, and the tab's work mode. */
export default defineFeature({
  id: 'account-badge',
  init: () => undefined,
  async setup({ ctx, store, site, signal, adapter }) {
    const avoid = () => {
      const out: Element[] = [];
      for (const c of adapter.findComposers(document)) {
        out.push(c);
        const b = adapter.findSubmitButton(c);
        if (b) out.push(b);
      }
      return out;
    };
    const patchSettings = async (patch: Record<string, unknown>) => {
      store.setState({ settings: { ...store.getState().settings, ...patch } });
      await send('settings.set', { patch }).catch((err) => log.warn('could not save settings', err));
    };
    await mountReact({
      ctx,
      name: 'badge',
      signal,
      render: () =>
        createElement(AccountBadge, {
          store,
          siteName: SITE_NAMES[site],
          avoid,
          onMark: async (role) => {
            const handle = store.getState().activeHandle;
            if (!handle) return;
            const accounts = await send<AccountRecord[]>('accounts.set', { site, handle, role }).catch((err) => {
              log.warn('could not register the account', err);
              return null;
            });
            if (accounts) store.setState({ accounts: accounts.filter((a) => a.site === site) });
          },
          onWorkMode: (mode) => void patchSettings({ [`workMode.${site}`]: mode }),
          onMove: (pos) => void patchSettings({ [`badge.pos.${site}`]: pos }),
        }),
    });
  },
});
