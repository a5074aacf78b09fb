import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { getDb } from '../../storage/db';
import { coreHandlers } from './handlers';
import { route, type AnyHandler } from './router';
import { commandHandlers } from './commands';
import { HOST_PERMISSIONS } from '../../lib/sites/hosts';
import { listenForAlarms, scheduleDailySummary, seedOnInstall } from './lifecycle';

/** Messages after which open tabs re-read accounts, settings and templates. */
const CHANGES = new Set(['accounts.set', 'settings.set', 'templates.save', 'templates.delete']);

async function announceChange(): Promise<void> {
  const tabs = await browser.tabs.query({ url: HOST_PERMISSIONS }).catch(() => []);
  for (const tab of tabs) if (tab.id !== undefined) void browser.tabs.sendMessage(tab.id, { riposteChanged: true }).catch(() => undefined);
}

export default defineBackground(() => {
  const db = getDb();
  const handlers = { ...coreHandlers } as Record<string, AnyHandler>;
  const extensionOrigin = browser.runtime.getURL('/').replace(/\/$/, '');

  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (r: unknown) => void) => {
    void route(
      message,
      { url: sender.url, tabUrl: sender.tab?.url, extensionOrigin },
      handlers,
      { db, now: () => Date.now() },
    ).then((reply) => {
      sendResponse(reply);
      const type = (message as { type?: string }).type ?? '';
      if (reply.ok && CHANGES.has(type)) void announceChange();
      if (reply.ok && type === 'settings.set') void scheduleDailySummary(db).catch(() => undefined);
    });
    return true;
  });

  commandHandlers();
  browser.runtime.onInstalled.addListener(() => {
    void seedOnInstall(db).catch((err) => console.error('[riposte] seeding failed', err));
  });
  listenForAlarms(db);
  void scheduleDailySummary(db).catch(() => undefined);
  void navigator.storage?.persist?.().catch(() => undefined);
});
