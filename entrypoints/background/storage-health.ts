/**
 * What the background knows about the disk: an emergency prune (storage was full, older comment
 * texts were removed early) and a write that still failed. Kept in memory and in the action badge,
 * since a full disk may refuse to store the news itself; the popup shows it (stats.overview).
 */
import { browser } from 'wxt/browser';
import type { StorageHealth } from '../../lib/messaging';

export type { StorageHealth };

let health: StorageHealth = {};

export function storageHealth(): StorageHealth {
  return { ...health };
}

interface BadgeApi {
  setBadgeText(details: { text: string }): Promise<void> | void;
  setBadgeBackgroundColor(details: { color: string }): Promise<void> | void;
}

/** A red "!" on the toolbar button (MV3 `action`, MV2 `browserAction`); absent in tests. */
function badge(text: string): void {
  const b = browser as unknown as { action?: BadgeApi; browserAction?: BadgeApi };
  const api = b.action ?? b.browserAction;
  if (!api) return;
  const quiet = (p: Promise<void> | void) => void Promise.resolve(p).catch(() => undefined);
  try {
    quiet(api.setBadgeText({ text }));
    if (text) quiet(api.setBadgeBackgroundColor({ color: '#b91c1c' }));
  } catch {
    // no badge: the popup still says it
  }
}

export function notePrune(at: number, info: { retentionDays: number; pruned: number }): void {
  health = { ...health, emergencyPrune: { at, ...info } };
}

export function noteFull(at: number, message: string): void {
  health = { ...health, full: { at, message } };
  badge('!');
}

export function noteWriteOk(): void {
  if (!health.full) return;
  health = { ...health, full: undefined };
  badge('');
}

/** Tests. */
export function resetStorageHealth(): void {
  health = {};
}
