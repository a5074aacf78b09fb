import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { openDb, SCHEMA_VERSION, TABLE_NAMES, type RiposteDb, type TableName } from '../../storage/db';
import { openDatabase } from '../../storage/open';
import {
  BACKUP_FORMAT,
  MAX_BACKUP_BYTES,
  deleteEverything,
  exportBackup,
  parseBackup,
  restoreBackup,
  type BackupData,
} from '../../storage/backup';
import v1 from '../fixtures/db/v1.json';
import { setLanguage } from '../../lib/i18n';
import '../../lib/i18n/all';

type Row = Record<string, unknown>;
const fixture = v1.tables as unknown as Record<TableName, Row[]>;

let n = 0;
let db: RiposteDb;
beforeEach(async () => {
  db = openDb(`backup-${n++}`);
  await db.open();
});
afterEach(() => db.close());

/** v1 fixture rows, brought to v2 through a real migration, as the data to back up. */
async function fill(target: RiposteDb): Promise<void> {
  const backup = parseBackup(JSON.stringify({ format: BACKUP_FORMAT, version: 1, exportedAt: 0, tables: fixture }));
  if (!backup.ok) throw new Error(backup.errors.join('\n'));
  await restoreBackup(target, backup.data, 'replace');
  await target.comments.update('x:c0', { textPrunedAt: 1_700_000_000_000, text: '' });
}

async function snapshot(target: RiposteDb): Promise<Record<string, unknown[]>> {
  return Object.fromEntries(await Promise.all(TABLE_NAMES.map(async (t) => [t, await target.table(t).toArray()])));
}

const parsed = (text: string): BackupData => {
  const r = parseBackup(text);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.data;
};

describe('export / restore', () => {
  it('round-trips: fill → export → wipe → restore → deep-equal', async () => {
    await fill(db);
    const before = await snapshot(db);
    expect(before.comments).toHaveLength(fixture.comments.length);

    const text = await exportBackup(db, 42);
    const file = JSON.parse(text) as BackupData;
    expect(file.format).toBe('riposte-backup');
    expect(file.version).toBe(SCHEMA_VERSION);
    expect(file.exportedAt).toBe(42);
    expect(Object.keys(file.tables).sort()).toEqual([...TABLE_NAMES].sort());

    await deleteEverything(db);
    for (const t of TABLE_NAMES) expect(await db.table(t).count()).toBe(0);

    const summary = await restoreBackup(db, parsed(text), 'replace');
    expect(summary.comments).toBe(fixture.comments.length);
    expect(await snapshot(db)).toEqual(before);
  });

  it('accepts bytes (with a BOM) as well as text', async () => {
    await fill(db);
    const bytes = new TextEncoder().encode('\uFEFF' + (await exportBackup(db)));
    const r = parseBackup(bytes);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.data.tables.comments).toHaveLength(fixture.comments.length);
  });

  it('replace is all or nothing: a failing write leaves the database as it was', async () => {
    await fill(db);
    const before = await snapshot(db);
    const data = parsed(await exportBackup(db));
    // Bypasses parseBackup's duplicate check: the last table written fails with a ConstraintError,
    // after every other table was cleared and refilled (templates emptied) in the same transaction.
    expect(TABLE_NAMES.at(-1)).toBe('diagnostics');
    data.tables.diagnostics.push({ ...data.tables.diagnostics[0]! });
    data.tables.templates = [];
    await expect(restoreBackup(db, data, 'replace')).rejects.toThrow();
    expect(await snapshot(db)).toEqual(before);
  });

  it('merge keeps local rows, adds new ones and does not duplicate events', async () => {
    await fill(db);
    const data = parsed(await exportBackup(db));
    await db.comments.update('x:c3', { firstSeenAt: 1, firstReplyAt: 2 });
    await db.comments.put({
      ...(await db.comments.get('x:c0'))!,
      key: 'x:local',
      commentId: 'local',
    });
    await db.replies.add({ site: 'x', postId: 'p', text: 'local only', sentAt: 5 });
    await db.replies.delete(2);

    const summary = await restoreBackup(db, data, 'merge');
    expect(await db.comments.count()).toBe(fixture.comments.length + 1);
    const c3 = (await db.comments.get('x:c3'))!;
    expect(c3.firstSeenAt).toBe(1);
    expect(c3.firstReplyAt).toBe(2);
    // Existing replies (same site, time, post, text) are not added twice; the deleted one is back under a new id.
    expect(summary.replies).toBe(1);
    expect(await db.replies.count()).toBe(fixture.replies.length + 1);
    expect(summary.guardEvents).toBe(0);
    expect(await db.guardEvents.count()).toBe(fixture.guardEvents.length);
  });

  it('merge keeps a local text the backup had already pruned', async () => {
    await fill(db);
    const data = parsed(await exportBackup(db));
    await db.comments.update('x:c0', { text: 'seen again', textPrunedAt: undefined });
    await restoreBackup(db, data, 'merge');
    const c0 = (await db.comments.get('x:c0'))!;
    expect(c0.text).toBe('seen again');
    expect(c0.textPrunedAt).toBeUndefined();
  });
});

describe('deleteEverything', () => {
  it('really deletes: every table is empty, also after reopening', async () => {
    await fill(db);
    await deleteEverything(db);
    for (const t of TABLE_NAMES) expect(await db.table(t).count(), t).toBe(0);
    const name = db.name;
    db.close();
    const again = await openDatabase(name);
    if (!again.ok) throw new Error(again.error);
    db = again.db;
    for (const t of TABLE_NAMES) expect(await db.table(t).count(), t).toBe(0);
  });
});

describe('parseBackup rejects', () => {
  /** A valid current-version backup: the v1 fixture brought to the current shape. */
  const valid = () => {
    const r = parseBackup(JSON.stringify({ format: BACKUP_FORMAT, version: 1, exportedAt: 1, tables: fixture }));
    if (!r.ok) throw new Error(r.errors.join('\n'));
    return {
      ...r.data,
      version: SCHEMA_VERSION,
      tables: structuredClone(r.data.tables) as unknown as Record<TableName, Row[]>,
    };
  };

  it('nothing in a valid current backup', () => {
    expect(parseBackup(JSON.stringify(valid())).ok).toBe(true);
  });

  it('v1-shaped comments in a backup that claims the current version', () => {
    const errors = errorsOf(JSON.stringify({ ...valid(), tables: fixture }));
    expect(errors).toContainEqual(expect.stringMatching(/^comments\[0\]\.lastSeenAt: /));
  });
  const errorsOf = (input: string | Uint8Array, opts?: { maxBytes?: number }) => {
    const r = parseBackup(input, opts);
    expect(r.ok).toBe(false);
    return r.ok ? [] : r.errors;
  };

  it('another format', () => {
    expect(errorsOf(JSON.stringify({ ...valid(), format: 'other' })).join()).toMatch(/not a Riposte backup/);
    expect(errorsOf(JSON.stringify([1, 2])).join()).toMatch(/backup/);
  });

  it('a newer schema version', () => {
    expect(errorsOf(JSON.stringify({ ...valid(), version: SCHEMA_VERSION + 1 })).join()).toMatch(
      /newer version of Riposte/,
    );
  });

  it('more than 200 MB, before decoding', () => {
    expect(errorsOf(new Uint8Array(MAX_BACKUP_BYTES + 1)).join()).toMatch(/larger than 200 MB/);
    expect(errorsOf(JSON.stringify(valid()), { maxBytes: 100 }).join()).toMatch(/larger than/);
    // Multi-byte characters count as bytes, not UTF-16 units.
    expect(errorsOf(JSON.stringify({ s: 'é'.repeat(60) }), { maxBytes: 100 }).join()).toMatch(/larger than/);
  });

  it('invalid UTF-8 and invalid JSON', () => {
    expect(errorsOf(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))).toEqual(['backup is not valid UTF-8 text']);
    expect(errorsOf('{"format": "riposte-backup", ').join()).toMatch(/not valid JSON/);
  });

  it('problems in the UI language (Russian), still naming the table, row and field', () => {
    setLanguage('ru');
    try {
      const b = valid();
      b.tables.comments[3] = { ...b.tables.comments[3], site: 'facebook' };
      const errors = errorsOf(JSON.stringify(b));
      expect(errors).toContainEqual(
        expect.stringMatching(
          /^comments\[3\]\.site: ожидалось одно из "x", "instagram", "tiktok", получено "facebook"$/,
        ),
      );
      expect(errorsOf(JSON.stringify({ ...valid(), format: 'other' }))).toEqual([
        'это не резервная копия Riposte ("format" должен быть "riposte-backup")',
      ]);
    } finally {
      setLanguage(null);
    }
  });

  it('malformed rows, naming the table and index', () => {
    const b = valid();
    b.tables.comments[3] = { ...b.tables.comments[3], site: 'facebook' };
    b.tables.replies[1] = { ...b.tables.replies[1], sentAt: 'yesterday' };
    b.tables.rollups[0] = { ...b.tables.rollups[0], day: '14/11/2023' };
    delete b.tables.accounts[1]!.role;
    const errors = errorsOf(JSON.stringify(b));
    expect(errors).toContainEqual(expect.stringMatching(/^comments\[3\]\.site: /));
    expect(errors).toContainEqual(expect.stringMatching(/^replies\[1\]\.sentAt: /));
    expect(errors).toContainEqual(expect.stringMatching(/^rollups\[0\]\.day: /));
    expect(errors).toContainEqual(expect.stringMatching(/^accounts\[1\]\.role: /));
  });

  it('a table that is not an array, unknown tables, duplicate keys, inconsistent comment keys', () => {
    const b = valid() as { tables: Record<string, unknown> };
    b.tables.settings = { key: 'a' };
    b.tables.passwords = [];
    (b.tables.templates as Row[]).push({ ...(b.tables.templates as Row[])[0] });
    (b.tables.comments as Row[])[0]!.key = 'x:someone-else';
    const errors = errorsOf(JSON.stringify(b));
    expect(errors).toContain('settings: must be an array of rows');
    expect(errors).toContain('unknown table "passwords"');
    expect(errors).toContainEqual(expect.stringMatching(/^templates\[2\]\.id: duplicate of templates\[0\]/));
    expect(errors).toContainEqual(expect.stringMatching(/^comments\[0\]\.key: /));
  });

  it('caps the list of problems', () => {
    const b = valid();
    b.tables.comments = b.tables.comments.map((c) => ({ ...c, site: 'nope' }));
    b.tables.replies = b.tables.replies
      .concat(b.tables.replies, b.tables.replies)
      .map((r) => ({ ...r, id: undefined, sentAt: null }));
    const errors = errorsOf(JSON.stringify(b));
    expect(errors.length).toBe(21);
    expect(errors.at(-1)).toMatch(/more problems/);
  });

  it('accepts an older (v1) backup and brings it to the current shape', () => {
    const r = parseBackup(JSON.stringify({ ...valid(), version: 1 }));
    if (!r.ok) throw new Error(r.errors.join('\n'));
    for (const c of r.data.tables.comments) {
      expect(c.lastSeenAt).toBeTypeOf('number');
      expect(Array.isArray(c.intents)).toBe(true);
    }
  });
});
