import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { setSharedDb, type RiposteDb } from '../../storage/db';
import { openDatabase } from '../../storage/open';
import type { Reply } from '../../lib/messaging';
import { coreHandlers } from './handlers';
import { route, type AnyHandler } from './router';
import { commandHandlers } from './commands';
import { HOST_PERMISSIONS } from '../../lib/sites/hosts';
import { listenForAlarms, schedulePrune, scheduleDailySummary, seedOnInstall } from './lifecycle';

/** Messages after which open tabs re-read accounts, settings and templates. */
const CHANGES = new Set(['accounts.set', 'settings.set', 'templates.save', 'templates.delete']);

async function announceChange(): Promise<void> {
  const tabs = await browser.tabs.query({ url: HOST_PERMISSIONS }).catch(() => []);
  for (const tab of tabs)
    if (tab.id !== undefined) void browser.tabs.sendMessage(tab.id, { riposteChanged: true }).catch(() => undefined);
  // The extension's own open pages (options, popup) re-read too; none open is fine.
  void browser.runtime.sendMessage({ riposteChanged: true }).catch(() => undefined);
}

export default defineBackground(() => {
  // Upgrades run before anything reads or writes; a failed upgrade leaves the data as it was and
  // every message answers with the reason (the popup shows it) instead of starting empty.
  const ready = openDatabase().then((res) => {
    if (res.ok) setSharedDb(res.db);
    else console.error('[riposte] database unavailable:', res.error);
    return res;
  });
  const withDb = (fn: (db: RiposteDb) => Promise<unknown>): void =>
    void ready.then((res) => (res.ok ? fn(res.db) : undefined)).catch((err) => console.error('[riposte]', err));
  const handlers = { ...coreHandlers } as Record<string, AnyHandler>;
  const extensionOrigin = browser.runtime.getURL('/').replace(/\/$/, '');

  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (r: unknown) => void) => {
    void ready.then(async (res) => {
      if (!res.ok) {
        sendResponse({ ok: false, error: res.error } satisfies Reply);
        return;
      }
      const reply = await route(message, { url: sender.url, tabUrl: sender.tab?.url, extensionOrigin }, handlers, {
        db: res.db,
        now: () => Date.now(),
      });
      sendResponse(reply);
      const type = (message as { type?: string }).type ?? '';
      if (reply.ok && (CHANGES.has(type) || type === 'data.deleteAll')) void announceChange();
      if (reply.ok && type === 'settings.set') void scheduleDailySummary(res.db).catch(() => undefined);
    });
    return true;
  });

  commandHandlers();
  browser.runtime.onInstalled.addListener(() =>
    withDb(async (db) => {
      await seedOnInstall(db);
      await announceChange();
    }),
  );
  listenForAlarms(() => ready);
  withDb(scheduleDailySummary);
  void schedulePrune().catch(() => undefined);
  void navigator.storage?.persist?.().catch(() => undefined);
});
