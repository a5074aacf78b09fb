import Dexie, { type EntityTable } from 'dexie';
import type {
  AccountRecord,
  CommentRecord,
  DailyRollup,
  GuardEvent,
  ReplyRecord,
} from '../lib/records';
import type { StoredTemplate } from './types';

/** A key/value row for settings and small state (work mode, SLA, brand lexicon…). */
export interface SettingRow {
  key: string;
  value: unknown;
}

/** One record of a selector that matched nothing, per site and selector. */
export interface DiagnosticRow {
  key: string; // `${site}:${selector}`
  site: string;
  selector: string;
  lastSeenAt: number;
  url: string;
  count: number;
}

export const DB_NAME = 'riposte';

export type RiposteDb = Dexie & {
  comments: EntityTable<CommentRecord, 'key'>;
  replies: EntityTable<ReplyRecord, 'id'>;
  templates: EntityTable<StoredTemplate, 'id'>;
  accounts: EntityTable<AccountRecord, 'key'>;
  guardEvents: EntityTable<GuardEvent, 'id'>;
  rollups: EntityTable<DailyRollup, 'key'>;
  settings: EntityTable<SettingRow, 'key'>;
  diagnostics: EntityTable<DiagnosticRow, 'key'>;
};

/**
 * Schema history. Versions are append-only: never edit a published version, add a new one with
 * an upgrade function and a test that opens a database filled by the previous version's code.
 */
export const SCHEMA_V1 = {
  comments: 'key, site, postId, firstSeenAt, createdAt, firstReplyAt, authorHandle, [site+postId]',
  replies: '++id, site, commentKey, sentAt, templateId',
  templates: 'id, updatedAt, lastUsedAt',
  accounts: 'key, site',
  guardEvents: '++id, site, at',
  rollups: 'key, day, site',
  settings: 'key',
  diagnostics: 'key, site',
} as const;

export function openDb(name: string = DB_NAME): RiposteDb {
  const db = new Dexie(name) as RiposteDb;
  db.version(1).stores(SCHEMA_V1);
  return db;
}

let shared: RiposteDb | null = null;
/** The extension's database. Only background and extension pages may call this. */
export function getDb(): RiposteDb {
  if (typeof location !== 'undefined' && /^https?:$/.test(location.protocol)) {
    // A content script would open the web site's IndexedDB, not ours.
    throw new Error('Riposte database opened from a web page origin');
  }
  shared ??= openDb();
  return shared;
}

/** Tests only: swap the shared database. */
export function setDbForTests(db: RiposteDb | null): void {
  shared = db;
}
