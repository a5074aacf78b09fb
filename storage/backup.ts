/**
 * Backup / restore of everything Riposte stores, as one JSON file, and "delete everything".
 * A backup is untrusted input (edited by hand, truncated, made by another version): it is fully
 * validated before a single row is written, and a restore is one transaction (all or nothing).
 */
import type { EntityTable } from 'dexie';
import { z } from 'zod';
import type { AccountRecord, DailyRollup, GuardEvent, ReplyRecord } from '../lib/records';
import type { DiagnosticRow, RiposteDb, SettingRow, StoredComment, TableName } from './db';
import { SCHEMA_V2 as CURRENT_SCHEMA, SCHEMA_VERSION, TABLE_NAMES } from './db';
import { INTENTS, upgradeCommentRow } from './migrations';
import { t as msg } from '../lib/i18n/index';
import { zodIssuesToErrors } from '../lib/templates/validation';
import type { StoredTemplate } from './types';

export const BACKUP_FORMAT = 'riposte-backup';
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;
const MAX_REPORTED_ERRORS = 20;

const site = z.enum(['x', 'instagram', 'tiktok']);
const label = z.enum(['positive', 'neutral', 'negative']);
const intent = z.enum(INTENTS);
const time = z.number();
const optStr = z.string().optional();
const count = z.number().int().nonnegative();

const commentRow: z.ZodType<StoredComment> = z
  .object({
    key: z.string().min(1),
    site,
    commentId: z.string().min(1),
    postId: z.string(),
    postUrl: optStr,
    permalink: optStr,
    authorHandle: z.string(),
    authorName: optStr,
    text: z.string(),
    lang: optStr,
    sentiment: label.optional(),
    sentimentScore: z.number().optional(),
    sentimentCorrected: z.boolean().optional(),
    intents: z.array(intent),
    createdAt: time.optional(),
    createdAtPrecision: z.enum(['exact', 'relative', 'unknown']),
    firstSeenAt: time,
    lastSeenAt: time,
    seenAs: optStr,
    isReply: z.boolean(),
    parentId: optStr,
    firstReplyAt: time.optional(),
    isOwn: z.boolean().optional(),
    textPrunedAt: time.optional(),
  })
  .refine((c) => c.key === `${c.site}:${c.commentId}`, {
    error: () => msg('bakKeyFormat'),
    path: ['key'],
  });

const replyRow: z.ZodType<ReplyRecord> = z.object({
  id: z.number().int().positive().optional(),
  site,
  postId: z.string(),
  commentKey: optStr,
  account: optStr,
  templateId: optStr,
  text: z.string(),
  sentAt: time,
});

// Guard reasons are stored as sent by content scripts (any short string), so any string is kept.
const guardRow = z.object({
  id: z.number().int().positive().optional(),
  site,
  account: optStr,
  reasons: z.array(z.string().max(64)),
  decision: z.enum(['held', 'post-anyway', 'cancel', 'switch-account']),
  at: time,
  templateId: optStr,
}) as unknown as z.ZodType<GuardEvent>;

const templateRow: z.ZodType<StoredTemplate> = z.looseObject({
  id: z.string().min(1),
  title: z.string(),
  body: z.string(),
  updatedAt: time,
  lastUsedAt: time.optional(),
});

const accountRow: z.ZodType<AccountRecord> = z.object({
  key: z.string().min(1),
  site,
  handle: z.string(),
  role: z.enum(['brand', 'personal']),
  label: optStr,
  addedAt: time,
});

const rollupRow = z.object({
  key: z.string().min(1),
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  site,
  account: z.string(),
  commentsSeen: count,
  replies: count,
  responseTimesMs: z.array(z.number()),
  withinSla: count,
  sentiment: z.record(label, z.number()),
  intents: z.partialRecord(intent, z.number()),
  templatesUsed: z.record(z.string(), z.number()),
  guardHolds: count,
});

const settingRow: z.ZodType<SettingRow> = z.object({ key: z.string().min(1), value: z.unknown() });

const diagnosticRow: z.ZodType<DiagnosticRow> = z.object({
  key: z.string().min(1),
  site: z.string(),
  selector: z.string(),
  lastSeenAt: time,
  url: z.string(),
  count: count,
});

/** The rows of every table, as the current schema stores them. */
export interface BackupTables {
  comments: StoredComment[];
  replies: ReplyRecord[];
  templates: StoredTemplate[];
  accounts: AccountRecord[];
  guardEvents: GuardEvent[];
  rollups: DailyRollup[];
  settings: SettingRow[];
  diagnostics: DiagnosticRow[];
}

const ROW_SCHEMAS: { [K in TableName]: z.ZodType<BackupTables[K][number]> } = {
  comments: commentRow,
  replies: replyRow,
  templates: templateRow,
  accounts: accountRow,
  guardEvents: guardRow,
  rollups: rollupRow,
  settings: settingRow,
  diagnostics: diagnosticRow,
};

/** Primary key field per table, read from the current schema ('++id' → 'id'). */
const primaryKey = (name: TableName) => CURRENT_SCHEMA[name].split(',')[0]!.replace('++', '').trim();

export interface BackupData {
  format: typeof BACKUP_FORMAT;
  /** Schema version of the database that was exported. */
  version: number;
  exportedAt: number;
  tables: BackupTables;
}

export type ParseResult = { ok: true; data: BackupData } | { ok: false; errors: string[] };
export type RestoreMode = 'replace' | 'merge';

/** Every table, read in one transaction (a consistent snapshot), as a JSON string. */
export async function exportBackup(db: RiposteDb, now: number = Date.now()): Promise<string> {
  const tables = await db.transaction('r', TABLE_NAMES, async () => {
    const entries = await Promise.all(TABLE_NAMES.map(async (t) => [t, await db.table(t).toArray()] as const));
    return Object.fromEntries(entries) as unknown as BackupTables;
  });
  const data: BackupData = { format: BACKUP_FORMAT, version: db.verno || SCHEMA_VERSION, exportedAt: now, tables };
  return JSON.stringify(data);
}

const header = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().min(1),
  exportedAt: z.number(),
  tables: z.record(z.string(), z.unknown()),
});

const utf8Length = (s: string) => new TextEncoder().encode(s).byteLength;

/** Zod issues as `prefix.path: message`, in the UI language (custom messages kept). */
const issueTexts = (issues: readonly z.core.$ZodIssue[], root: unknown, prefix: string): string[] =>
  zodIssuesToErrors(issues, root, prefix).map((e) => e.message);

/** Validates a backup file (text or raw bytes). Returns every problem found, or data in the current shape. */
export function parseBackup(input: string | ArrayBuffer | Uint8Array, opts: { maxBytes?: number } = {}): ParseResult {
  const maxBytes = opts.maxBytes ?? MAX_BACKUP_BYTES;
  const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
  let text: string;
  if (typeof input === 'string') {
    // UTF-16 length ≤ UTF-8 bytes; a precise count is only needed near the limit.
    const big = input.length > maxBytes || (input.length * 3 > maxBytes && utf8Length(input) > maxBytes);
    if (big) return { ok: false, errors: [msg('bakTooLarge', mb(maxBytes))] };
    text = input;
  } else {
    const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
    if (bytes.byteLength > maxBytes) return { ok: false, errors: [msg('bakTooLarge', mb(maxBytes))] };
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return { ok: false, errors: [msg('bakNotUtf8')] };
    }
  }

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return { ok: false, errors: [msg('bakNotJson', (err as Error).message)] };
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== BACKUP_FORMAT) {
    return { ok: false, errors: [msg('bakNotBackup', BACKUP_FORMAT)] };
  }
  const head = header.safeParse(json);
  if (!head.success) return { ok: false, errors: issueTexts(head.error.issues, json, 'backup') };
  const { version, exportedAt, tables: rawTables } = head.data;
  if (version > SCHEMA_VERSION) {
    return {
      ok: false,
      errors: [msg('bakNewer', version, SCHEMA_VERSION)],
    };
  }

  const errors: string[] = [];
  let more = 0;
  const push = (msg: string) => (errors.length < MAX_REPORTED_ERRORS ? errors.push(msg) : more++);
  for (const name of Object.keys(rawTables)) {
    if (!(TABLE_NAMES as string[]).includes(name)) push(msg('bakUnknownTable', name));
  }
  const tables = {} as Record<TableName, unknown[]>;
  for (const name of TABLE_NAMES) {
    const raw = rawTables[name] ?? [];
    if (!Array.isArray(raw)) {
      push(msg('bakRowsArray', name));
      continue;
    }
    const schema: z.ZodType = ROW_SCHEMAS[name];
    const keyField = primaryKey(name);
    const seen = new Map<unknown, number>();
    const out: unknown[] = [];
    raw.forEach((row: unknown, i) => {
      const shaped =
        name === 'comments' && row && typeof row === 'object'
          ? upgradeCommentRow(row as Record<string, unknown>, version)
          : row;
      const r = schema.safeParse(shaped);
      if (!r.success) {
        for (const text of issueTexts(r.error.issues, shaped, `${name}[${i}]`)) push(text);
        return;
      }
      const key = (r.data as Record<string, unknown>)[keyField];
      if (key !== undefined) {
        const first = seen.get(key);
        if (first !== undefined) push(msg('bakDuplicate', `${name}[${i}].${keyField}`, `${name}[${first}]`));
        else seen.set(key, i);
      }
      out.push(r.data);
    });
    tables[name] = out;
  }
  if (more) errors.push(msg('bakMoreProblems', more));
  if (errors.length) return { ok: false, errors };
  return { ok: true, data: { format: BACKUP_FORMAT, version, exportedAt, tables: tables as unknown as BackupTables } };
}

export type RestoreSummary = Record<TableName, number>;

const minDefined = (a: number | undefined, b: number | undefined) =>
  a === undefined ? b : b === undefined ? a : Math.min(a, b);

/** Local and backup versions of one comment: the backup wins, but first sightings and first replies keep the earliest. */
function mergeComment(local: StoredComment, incoming: StoredComment): StoredComment {
  const keepText = incoming.textPrunedAt !== undefined && local.textPrunedAt === undefined;
  return {
    ...incoming,
    ...(keepText ? { text: local.text, authorName: local.authorName, textPrunedAt: undefined } : {}),
    firstSeenAt: Math.min(local.firstSeenAt, incoming.firstSeenAt),
    lastSeenAt: Math.max(local.lastSeenAt, incoming.lastSeenAt),
    firstReplyAt: minDefined(local.firstReplyAt, incoming.firstReplyAt),
    createdAt: local.createdAt ?? incoming.createdAt,
    createdAtPrecision: local.createdAt !== undefined ? local.createdAtPrecision : incoming.createdAtPrecision,
    seenAs: local.seenAs ?? incoming.seenAs,
  };
}

const replySig = (r: ReplyRecord) => [r.site, r.sentAt, r.postId, r.commentKey, r.text];
const guardSig = (g: GuardEvent) => [g.site, g.at, g.decision, g.account, g.reasons];

/** Adds rows of an auto-increment table under new ids, skipping events already stored (same signature). */
async function addMissing<T extends { id?: number }>(table: EntityTable<T, 'id'>, rows: T[], sig: (r: T) => unknown[]) {
  const key = (r: T) => JSON.stringify(sig(r));
  const have = new Set((await table.toArray()).map(key));
  const fresh = rows.filter((r) => !have.has(key(r)) && have.add(key(r)));
  await table.bulkAdd(fresh.map(({ id: _ignored, ...row }) => row as T));
  return fresh.length;
}

/**
 * Writes a parsed backup in ONE transaction: any failure leaves the database as it was.
 * - `replace`: every table is cleared, then filled with the backup (ids kept).
 * - `merge`: rows are upserted by key (backup wins; a comment keeps its earliest sighting and
 *   first reply); replies and guard events, whose ids are local counters, are added with new
 *   ids unless the same event already exists. Returns the rows written per table.
 */
export async function restoreBackup(db: RiposteDb, data: BackupData, mode: RestoreMode): Promise<RestoreSummary> {
  const t = data.tables;
  return db.transaction('rw', TABLE_NAMES, async () => {
    const written = Object.fromEntries(TABLE_NAMES.map((n) => [n, 0])) as RestoreSummary;
    if (mode === 'replace') {
      for (const name of TABLE_NAMES) {
        await db.table(name).clear();
        const rows: unknown[] = t[name];
        await db.table(name).bulkAdd(rows);
        written[name] = rows.length;
      }
      return written;
    }

    const local = await db.comments.bulkGet(t.comments.map((c) => c.key));
    await db.comments.bulkPut(t.comments.map((c, i) => (local[i] ? mergeComment(local[i], c) : c)));
    written.comments = t.comments.length;

    written.replies = await addMissing(db.replies, t.replies, replySig);
    written.guardEvents = await addMissing(db.guardEvents, t.guardEvents, guardSig);
    for (const name of ['templates', 'accounts', 'rollups', 'settings', 'diagnostics'] as const) {
      const rows: unknown[] = t[name];
      await db.table(name).bulkPut(rows);
      written[name] = rows.length;
    }
    return written;
  });
}

/** Clears every table in one transaction. The schema stays; the data is gone. */
export async function deleteEverything(db: RiposteDb): Promise<void> {
  await db.transaction('rw', TABLE_NAMES, async () => {
    for (const name of TABLE_NAMES) await db.table(name).clear();
  });
}
