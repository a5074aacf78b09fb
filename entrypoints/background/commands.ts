import { browser } from 'wxt/browser';

/**
 * Keyboard commands are thin forwarders: the behaviour lives in the content script's keydown
 * handler (testable); the command only tells the active tab to run it, so users can rebind the
 * shortcut in the browser's shortcut settings.
 */
export function commandHandlers(): void {
  browser.commands?.onCommand.addListener(async (command) => {
    if (command !== 'open-picker') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    await browser.tabs.sendMessage(tab.id, { riposteCommand: command }).catch(() => undefined);
  });
}
