import Dexie, { type EntityTable } from 'dexie';
import type { AccountRecord, CommentRecord, DailyRollup, GuardEvent, ReplyRecord } from '../lib/records';
import type { StoredTemplate } from './types';
import { UPGRADES, type Upgrade } from './migrations';

/** A comment as stored: since schema v2 it may carry the time retention removed its raw text. */
export type StoredComment = CommentRecord & {
  /** ms since epoch; set when retention replaced `text` and `authorName` by ''. */
  textPrunedAt?: number;
};

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
  comments: EntityTable<StoredComment, 'key'>;
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

/**
 * v2: `comments.lastSeenAt` (retention pruning), `replies.[site+sentAt]`, and comments may carry
 * `textPrunedAt` (not indexed). Upgrade: storage/migrations.ts `upgradeToV2`.
 */
export const SCHEMA_V2 = {
  comments: 'key, site, postId, firstSeenAt, createdAt, firstReplyAt, authorHandle, [site+postId], lastSeenAt',
  replies: '++id, site, commentKey, sentAt, templateId, [site+sentAt]',
  templates: 'id, updatedAt, lastUsedAt',
  accounts: 'key, site',
  guardEvents: '++id, site, at',
  rollups: 'key, day, site',
  settings: 'key',
  diagnostics: 'key, site',
} as const;

/** Every schema, oldest first. Append only. */
export const SCHEMAS: readonly { version: number; stores: Readonly<Record<TableName, string>> }[] = [
  { version: 1, stores: SCHEMA_V1 },
  { version: 2, stores: SCHEMA_V2 },
];

export const SCHEMA_VERSION = SCHEMAS[SCHEMAS.length - 1]!.version;

export type TableName = keyof typeof SCHEMA_V1;
export const TABLE_NAMES = Object.keys(SCHEMA_V1) as TableName[];

export interface OpenDbOptions {
  /** Declare versions up to this one only (tests: fill a database with an older version's code). */
  upToVersion?: number;
  /** Tests: replace upgrade functions by target version (e.g. one that throws). */
  upgrades?: Readonly<Record<number, Upgrade>>;
}

/** A Dexie instance with the schema history declared; not opened yet (Dexie opens on first use). */
export function openDb(name: string = DB_NAME, opts: OpenDbOptions = {}): RiposteDb {
  const db = new Dexie(name) as RiposteDb;
  const upTo = opts.upToVersion ?? SCHEMA_VERSION;
  for (const { version, stores } of SCHEMAS) {
    if (version > upTo) break;
    const v = db.version(version).stores(stores);
    const upgrade = opts.upgrades?.[version] ?? UPGRADES[version];
    if (upgrade) v.upgrade(upgrade);
  }
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

/** Installs the database returned by `openDatabase()` (storage/open.ts) as the shared one. */
export function setSharedDb(db: RiposteDb | null): void {
  shared = db;
}

/** Tests only: swap the shared database. */
export const setDbForTests = setSharedDb;
