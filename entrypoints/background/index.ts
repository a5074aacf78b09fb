import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { getDb } from '../../storage/db';
import { coreHandlers } from './handlers';
import { route, type AnyHandler } from './router';
import { commandHandlers } from './commands';

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
    ).then(sendResponse);
    return true;
  });

  commandHandlers();
  void navigator.storage?.persist?.().catch(() => undefined);
});
