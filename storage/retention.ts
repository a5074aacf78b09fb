/**
 * Retention and quota: raw comment texts are the bulk of the data and the only part older than
 * the retention period we drop. Times, labels, reply links and rollups are kept, so metrics survive.
 */
import type { RiposteDb } from './db';

export const DAY_MS = 86_400_000;
export const DEFAULT_RETENTION_DAYS = 90;
export const MIN_RETENTION_DAYS = 7;
/** The settings key the options page writes (components/options/SettingsPanel.tsx). */
export const RETENTION_SETTING = 'retention.days';

export interface PruneOptions {
  now: number;
  retentionDays?: number;
}

/**
 * Comments last seen before `now - retentionDays` lose their `text` and `authorName` (set to '')
 * and get `textPrunedAt = now`; every other field is kept. Already pruned rows are skipped.
 * Returns how many comments were pruned.
 */
export async function pruneOldTexts(
  db: RiposteDb,
  { now, retentionDays = DEFAULT_RETENTION_DAYS }: PruneOptions,
): Promise<number> {
  const days = Number.isFinite(retentionDays) ? Math.max(0, retentionDays) : DEFAULT_RETENTION_DAYS;
  const cutoff = now - days * DAY_MS;
  return db.transaction('rw', db.comments, () =>
    db.comments
      .where('lastSeenAt')
      .below(cutoff)
      .filter((c) => c.textPrunedAt === undefined)
      .modify((c) => {
        c.text = '';
        if (c.authorName !== undefined) c.authorName = '';
        c.textPrunedAt = now;
      }),
  );
}

/** The retention the user chose in settings (days, at least 7), else 90. */
export async function getRetentionDays(db: RiposteDb): Promise<number> {
  const v = Number((await db.settings.get(RETENTION_SETTING))?.value);
  return Number.isFinite(v) && v >= MIN_RETENTION_DAYS ? v : DEFAULT_RETENTION_DAYS;
}

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  inner?: unknown;
  cause?: unknown;
  failures?: unknown;
}

/**
 * Whether an error means "storage is full": a DOMException named QuotaExceededError (Chrome,
 * Firefox's NS_ERROR_DOM_QUOTA_REACHED, legacy code 22), Dexie errors wrapping one (`inner`,
 * `cause`, a BulkError's `failures`), or a message that mentions the quota.
 */
export function isQuotaError(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== 'object' || depth > 5) return false;
  const e = err as ErrorLike;
  if (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
  if (e.code === 22 && typeof DOMException !== 'undefined' && err instanceof DOMException) return true;
  if (typeof e.message === 'string' && /quota/i.test(e.message)) return true;
  if (isQuotaError(e.inner, depth + 1) || isQuotaError(e.cause, depth + 1)) return true;
  const failures = e.failures;
  if (Array.isArray(failures)) return failures.some((f) => isQuotaError(f, depth + 1));
  if (failures && typeof failures === 'object') return Object.values(failures).some((f) => isQuotaError(f, depth + 1));
  return false;
}

export class StorageFullError extends Error {
  override name = 'StorageFullError';
}

export interface QuotaRecoveryOptions {
  now?: () => number;
  /** The retention in force (default: the user's setting, else 90 days). */
  retentionDays?: number;
  /** Called after the emergency prune, e.g. to tell the user texts were removed early. */
  onPruned?: (info: { retentionDays: number; pruned: number }) => void;
}

/**
 * Runs `op`. On a quota error, prunes comment texts with half the retention (at least 7 days)
 * and retries once. If it still fails for lack of space, throws a StorageFullError saying what
 * to do. Errors that are not about quota are rethrown untouched.
 */
export async function withQuotaRecovery<T>(
  db: RiposteDb,
  op: () => Promise<T>,
  opts: QuotaRecoveryOptions = {},
): Promise<T> {
  try {
    return await op();
  } catch (err) {
    if (!isQuotaError(err)) throw err;
  }
  const now = (opts.now ?? Date.now)();
  const current = opts.retentionDays ?? (await getRetentionDays(db).catch(() => DEFAULT_RETENTION_DAYS));
  const retentionDays = Math.max(MIN_RETENTION_DAYS, Math.floor(current / 2));
  let pruned = 0;
  try {
    pruned = await pruneOldTexts(db, { now, retentionDays });
  } catch (err) {
    if (!isQuotaError(err)) throw err;
  }
  opts.onPruned?.({ retentionDays, pruned });
  try {
    return await op();
  } catch (err) {
    if (!isQuotaError(err)) throw err;
    throw new StorageFullError(
      `Storage is full: Riposte removed comment texts older than ${retentionDays} days and still could not save. ` +
        'Export a backup, then delete old data or lower the retention period in Riposte settings, or free disk space.',
      { cause: err },
    );
  }
}
