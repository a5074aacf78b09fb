/**
 * Opens the database and runs pending upgrades before anything reads or writes, so a failure is
 * reported (the popup shows it) instead of the extension silently starting with an empty database.
 * Nothing here ever deletes a database.
 */
import { DB_NAME, openDb, SCHEMA_VERSION, type OpenDbOptions, type RiposteDb } from './db';
import { isQuotaError } from './retention';

export type OpenResult = { ok: true; db: RiposteDb } | { ok: false; error: string };

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  inner?: unknown;
}

function describe(err: unknown): { names: string[]; message: string } {
  const names: string[] = [];
  let message = '';
  let cur: unknown = err;
  for (let depth = 0; cur && typeof cur === 'object' && depth < 5; depth++) {
    const e = cur as ErrorLike;
    if (typeof e.name === 'string') names.push(e.name);
    if (typeof e.message === 'string' && e.message) message = e.message;
    cur = e.inner;
  }
  if (!message) message = String(err);
  return { names, message };
}

/** A user-facing explanation of why the database could not be opened. */
export function openErrorMessage(err: unknown): string {
  const { names, message } = describe(err);
  const has = (n: string) => names.includes(n);
  if (isQuotaError(err)) {
    return 'Storage is full: Riposte could not open its data. Free disk space, then reload the extension. Nothing was deleted.';
  }
  if (has('VersionError')) {
    return `Riposte's data was written by a newer version of the extension (this one reads schema v${SCHEMA_VERSION}). Update Riposte; nothing was deleted.`;
  }
  if (has('MissingAPIError') || has('InvalidStateError')) {
    return 'Riposte cannot store data here: IndexedDB is unavailable (private browsing or disabled site data?).';
  }
  if (has('DatabaseClosedError') || has('BlockedError')) {
    return `Riposte could not open its data because another extension page kept it busy (${message}). Close Riposte's pages and reload the extension.`;
  }
  // An upgrade function that throws aborts the versionchange transaction: the data stays as it was.
  return `Riposte could not update its stored data to the new format (${message}). Your data was left unchanged in the previous format. Reload the extension; if this keeps happening, export a backup and report the error.`;
}

/**
 * Opens (and upgrades) the database. Resolves `{ok: true, db}` when it is ready, otherwise
 * `{ok: false, error}` with a message for the user; the failed connection is closed.
 */
export async function openDatabase(name: string = DB_NAME, opts: OpenDbOptions = {}): Promise<OpenResult> {
  const db = openDb(name, opts);
  try {
    await db.open();
    return { ok: true, db };
  } catch (err) {
    db.close();
    return { ok: false, error: openErrorMessage(err) };
  }
}
