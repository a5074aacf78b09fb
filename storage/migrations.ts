/**
 * Upgrade functions between schema versions, run by Dexie inside the versionchange transaction
 * (see storage/db.ts). If one throws, IndexedDB aborts that transaction: the database stays at
 * the previous version with its data intact, and `openDatabase()` reports the failure.
 *
 * The row-level functions are pure so a backup made by an older version can be brought to the
 * current shape the same way (storage/backup.ts).
 */
import type { Transaction } from 'dexie';
import type { Intent } from '../lib/records';

export type Upgrade = (tx: Transaction) => Promise<void>;

export const INTENTS = [
  'question',
  'complaint',
  'praise',
  'purchase_intent',
  'spam',
  'toxic',
] as const satisfies readonly Intent[];
const INTENT_SET: ReadonlySet<string> = new Set(INTENTS);

const isIntent = (s: string): s is Intent => INTENT_SET.has(s);

/** Any stored `intents` value → a deduplicated array of known intents (unknown values dropped). */
export function normalizeIntents(value: unknown): Intent[] {
  let raw: unknown[];
  if (Array.isArray(value)) raw = value;
  else if (typeof value === 'string') raw = value.split(/[\s,;|]+/);
  else return [];
  const out: Intent[] = [];
  for (const v of raw) {
    if (typeof v !== 'string') continue;
    const s = v.trim().toLowerCase().replace(/[-\s]/g, '_');
    if (isIntent(s) && !out.includes(s)) out.push(s);
  }
  return out;
}

const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * v1 → v2 for one comment row, in place. Backfills `lastSeenAt` from `firstSeenAt` where missing
 * and normalizes `intents` to an array. Returns whether the row changed.
 */
export function upgradeCommentToV2(row: Record<string, unknown>): boolean {
  let changed = false;
  if (!isTime(row.lastSeenAt) && isTime(row.firstSeenAt)) {
    row.lastSeenAt = row.firstSeenAt;
    changed = true;
  }
  const intents = normalizeIntents(row.intents);
  const before = row.intents;
  if (!Array.isArray(before) || before.length !== intents.length || before.some((v, i) => v !== intents[i])) {
    row.intents = intents;
    changed = true;
  }
  return changed;
}

/** v2: `comments.lastSeenAt` index, `replies.[site+sentAt]`, comment `textPrunedAt`; backfill. */
export const upgradeToV2: Upgrade = async (tx) => {
  await tx
    .table('comments')
    .toCollection()
    .modify((row: Record<string, unknown>) => {
      // Returning false skips the write for rows already in shape.
      return upgradeCommentToV2(row);
    });
};

/** Upgrade function per target version. Append-only, like the schema list in db.ts. */
export const UPGRADES: Readonly<Record<number, Upgrade>> = {
  2: upgradeToV2,
};

/** Brings a comment row of backup schema `fromVersion` to the current shape (pure copy). */
export function upgradeCommentRow(row: Record<string, unknown>, fromVersion: number): Record<string, unknown> {
  const copy = { ...row };
  if (fromVersion < 2) upgradeCommentToV2(copy);
  return copy;
}
