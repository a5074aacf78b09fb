import { describe, it, expect, afterEach } from 'vitest';
import Dexie from 'dexie';
import {
  openDb,
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_VERSION,
  TABLE_NAMES,
  type RiposteDb,
  type TableName,
} from '../../storage/db';
import { openDatabase } from '../../storage/open';
import { normalizeIntents, upgradeToV2 } from '../../storage/migrations';
import v1 from '../fixtures/db/v1.json';

type Row = Record<string, unknown>;
const fixture = v1.tables as unknown as Record<TableName, Row[]>;

let n = 0;
const opened: Dexie[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});
const track = <T extends Dexie>(db: T): T => (opened.push(db), db);

/** A database filled by schema v1 code with the fixture, then closed. */
async function v1Database(): Promise<string> {
  const name = `migrate-${n++}`;
  const db = openDb(name, { upToVersion: 1 });
  await db.open();
  expect(db.verno).toBe(1);
  await db.transaction('rw', TABLE_NAMES, async () => {
    for (const t of TABLE_NAMES) await db.table(t).bulkAdd(fixture[t]);
  });
  db.close();
  return name;
}

/** What v2 must hold for a v1 comment, written out by hand (not with the upgrade code). */
const EXPECTED_INTENTS: Record<string, string[]> = {
  c0: ['question'],
  c1: [],
  c2: ['complaint', 'praise'],
  c3: ['purchase_intent'],
  c4: ['spam'],
  c5: [],
  c6: ['question'],
  c7: [],
  c8: ['complaint', 'praise'],
  c9: ['purchase_intent'],
  c10: ['spam'],
  c11: [],
};
function expectedComment(row: Row): Row {
  return {
    ...row,
    lastSeenAt: row.lastSeenAt ?? row.firstSeenAt,
    intents: EXPECTED_INTENTS[row.commentId as string],
  };
}

const byKey = (rows: Row[], key: string) => [...rows].sort((a, b) => String(a[key]).localeCompare(String(b[key])));

describe('schema history', () => {
  it('keeps v1 as published and v2 adds the retention and [site+sentAt] indexes', () => {
    expect(SCHEMA_V1.comments).toBe(
      'key, site, postId, firstSeenAt, createdAt, firstReplyAt, authorHandle, [site+postId]',
    );
    expect(SCHEMA_V1.replies).toBe('++id, site, commentKey, sentAt, templateId');
    expect(SCHEMA_V2.comments).toContain('lastSeenAt');
    expect(SCHEMA_V2.replies).toContain('[site+sentAt]');
    expect(Object.keys(SCHEMA_V2)).toEqual(Object.keys(SCHEMA_V1));
    expect(SCHEMA_VERSION).toBe(2);
  });

  it('normalizes every stored shape of intents', () => {
    expect(normalizeIntents(undefined)).toEqual([]);
    expect(normalizeIntents(null)).toEqual([]);
    expect(normalizeIntents(7)).toEqual([]);
    expect(normalizeIntents('question')).toEqual(['question']);
    expect(normalizeIntents('Complaint; toxic')).toEqual(['complaint', 'toxic']);
    expect(normalizeIntents(['praise', 'praise', 'nope', 3])).toEqual(['praise']);
  });
});

describe('v1 → v2 migration', () => {
  it('keeps every record of a database filled by v1 code and backfills comments', async () => {
    const name = await v1Database();
    const res = await openDatabase(name);
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    const db = track(res.db);
    expect(db.verno).toBe(2);

    const comments = await db.comments.toArray();
    expect(byKey(comments as unknown as Row[], 'key')).toEqual(byKey(fixture.comments.map(expectedComment), 'key'));
    for (const c of comments) {
      expect(c.lastSeenAt).toBeTypeOf('number');
      expect(Array.isArray(c.intents)).toBe(true);
    }
    // The legacy gap really was there, and was filled from firstSeenAt.
    const gap = fixture.comments.find((c) => c.lastSeenAt === undefined)!;
    expect((await db.comments.get(gap.key as string))!.lastSeenAt).toBe(gap.firstSeenAt);

    for (const t of TABLE_NAMES.filter((t) => t !== 'comments')) {
      const rows = (await db.table(t).toArray()) as Row[];
      const key = t === 'replies' || t === 'guardEvents' || t === 'templates' ? 'id' : 'key';
      expect(byKey(rows, key), t).toEqual(byKey(fixture[t], key));
    }
  });

  it('serves the new indexes after the upgrade', async () => {
    const name = await v1Database();
    const db = track(openDb(name));
    const firstSeen = Math.min(...fixture.comments.map((c) => c.firstSeenAt as number));
    expect(await db.comments.where('lastSeenAt').belowOrEqual(firstSeen).count()).toBe(1);
    expect(await db.comments.where('lastSeenAt').aboveOrEqual(0).count()).toBe(fixture.comments.length);
    const x = await db.replies.where('[site+sentAt]').between(['x', 0], ['x', Infinity]).toArray();
    expect(x.map((r) => r.id)).toEqual([1]);
    // Auto-increment continues after the highest restored id.
    const id = await db.replies.add({ site: 'x', postId: 'p9', text: 'new', sentAt: 1 });
    expect(id).toBe(6);
  });

  it('is a no-op when reopened and on rows already in v2 shape', async () => {
    const name = await v1Database();
    const first = await openDatabase(name);
    if (!first.ok) throw new Error(first.error);
    const before = await first.db.comments.toArray();
    first.db.close();
    const again = await openDatabase(name);
    if (!again.ok) throw new Error(again.error);
    track(again.db);
    expect(await again.db.comments.toArray()).toEqual(before);
  });

  it('a fresh install opens straight at v2', async () => {
    const res = await openDatabase(`fresh-${n++}`);
    if (!res.ok) throw new Error(res.error);
    track(res.db);
    expect(res.db.verno).toBe(2);
    expect(await res.db.comments.count()).toBe(0);
  });
});

describe('a failed upgrade rolls back', () => {
  const failing = {
    2: async (tx: Parameters<typeof upgradeToV2>[0]) => {
      // Writes first, then fails: the writes must be rolled back with the schema change.
      await tx
        .table('comments')
        .toCollection()
        .modify((c: Row) => {
          c.text = 'CORRUPTED';
        });
      await tx.table('settings').clear();
      throw new Error('disk hiccup in upgrade');
    },
  };

  it('leaves the v1 database intact and reports a clear error instead of starting empty', async () => {
    const name = await v1Database();
    const res = await openDatabase(name, { upgrades: failing });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error).toMatch(/could not update its stored data/);
    expect(res.error).toContain('disk hiccup in upgrade');
    expect(res.error).toMatch(/left unchanged/);

    // Opened without any declared schema: what is really on disk.
    const raw = track(new Dexie(name));
    await raw.open();
    expect(raw.verno).toBe(1);
    expect(raw.table('comments').schema.indexes.map((i) => i.name)).not.toContain('lastSeenAt');
    for (const t of TABLE_NAMES) {
      expect(await raw.table(t).count(), t).toBe(fixture[t].length);
    }
    const comments = (await raw.table('comments').toArray()) as Row[];
    expect(byKey(comments, 'key')).toEqual(byKey(fixture.comments, 'key'));
    raw.close();

    // The next start with working code migrates the untouched data.
    const retry = await openDatabase(name);
    if (!retry.ok) throw new Error(retry.error);
    const db: RiposteDb = track(retry.db);
    expect(db.verno).toBe(2);
    expect(await db.comments.count()).toBe(fixture.comments.length);
    expect(await db.settings.count()).toBe(fixture.settings.length);
    expect((await db.comments.toArray()).every((c) => c.text !== 'CORRUPTED')).toBe(true);
  });

  it('a throwing upgrade surfaces through openDb too (no silent empty database)', async () => {
    const name = await v1Database();
    const db = track(openDb(name, { upgrades: failing }));
    await expect(db.comments.count()).rejects.toThrow(/disk hiccup/);
  });
});
