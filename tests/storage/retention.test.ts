import { describe, it, expect, beforeEach, afterEach, vi } from 'vitest';
import Dexie from 'dexie';
import { openDb, type RiposteDb, type StoredComment } from '../../storage/db';
import { DAY_MS, StorageFullError, isQuotaError, pruneOldTexts, withQuotaRecovery } from '../../storage/retention';
import { upsertSeen } from '../../storage/repositories/comments';

const NOW = 1_750_000_000_000;
let n = 0;
let db: RiposteDb;
beforeEach(async () => {
  db = openDb(`retention-${n++}`);
  await db.open();
});
afterEach(() => db.close());

const comment = (id: string, ageDays: number, over: Partial<StoredComment> = {}): StoredComment => ({
  key: `x:${id}`,
  site: 'x',
  commentId: id,
  postId: 'p1',
  authorHandle: 'ana',
  authorName: 'Ana',
  text: `text of ${id}`,
  sentiment: 'negative',
  sentimentScore: -0.7,
  intents: ['complaint'],
  createdAt: NOW - ageDays * DAY_MS - 1000,
  createdAtPrecision: 'exact',
  firstSeenAt: NOW - ageDays * DAY_MS - 500,
  lastSeenAt: NOW - ageDays * DAY_MS,
  isReply: false,
  firstReplyAt: NOW - ageDays * DAY_MS + 60_000,
  ...over,
});

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('pruneOldTexts', () => {
  it('blanks text and author name of comments not seen within the retention, keeping every other field', async () => {
    const old = comment('old', 120);
    const recent = comment('recent', 10);
    const edge = comment('edge', 90); // exactly at the cutoff: kept
    await db.comments.bulkPut([old, recent, edge]);

    expect(await pruneOldTexts(db, { now: NOW })).toBe(1);
    const pruned = (await db.comments.get('x:old'))!;
    expect(pruned).toEqual({ ...old, text: '', authorName: '', textPrunedAt: NOW });
    expect(await db.comments.get('x:recent')).toEqual(recent);
    expect(await db.comments.get('x:edge')).toEqual(edge);
  });

  it('honours a shorter retention and does not prune twice', async () => {
    await db.comments.bulkPut([comment('a', 40), comment('b', 5)]);
    expect(await pruneOldTexts(db, { now: NOW, retentionDays: 30 })).toBe(1);
    expect(await pruneOldTexts(db, { now: NOW + DAY_MS, retentionDays: 30 })).toBe(0);
    expect((await db.comments.get('x:a'))!.textPrunedAt).toBe(NOW);
  });

  it('does not invent an authorName that was never stored', async () => {
    await db.comments.put(comment('anon', 100, { authorName: undefined }));
    await pruneOldTexts(db, { now: NOW });
    expect((await db.comments.get('x:anon'))!.authorName).toBeUndefined();
  });

  it('a comment seen again after pruning gets its text back', async () => {
    await upsertSeen(db, {
      site: 'x',
      postId: 'p1',
      seenAt: NOW - 100 * DAY_MS,
      comments: [
        {
          commentId: 'c1',
          authorHandle: 'ana',
          text: 'hello',
          intents: [],
          createdAtPrecision: 'unknown',
          isReply: false,
        },
      ],
    });
    await pruneOldTexts(db, { now: NOW });
    expect((await db.comments.get('x:c1'))!.text).toBe('');
    await upsertSeen(db, {
      site: 'x',
      postId: 'p1',
      seenAt: NOW,
      comments: [
        {
          commentId: 'c1',
          authorHandle: 'ana',
          text: 'hello',
          intents: [],
          createdAtPrecision: 'unknown',
          isReply: false,
        },
      ],
    });
    const c = (await db.comments.get('x:c1'))!;
    expect(c.text).toBe('hello');
    expect(c.textPrunedAt).toBeUndefined();
    expect(c.firstSeenAt).toBe(NOW - 100 * DAY_MS);
  });
});

describe('isQuotaError', () => {
  it('recognizes quota errors in their various wrappings', () => {
    expect(isQuotaError(quotaError())).toBe(true);
    expect(isQuotaError(new DOMException('x', 'NS_ERROR_DOM_QUOTA_REACHED'))).toBe(true);
    expect(isQuotaError(new Dexie.QuotaExceededError('full'))).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('Transaction aborted', quotaError()))).toBe(true);
    expect(isQuotaError(new Error('write failed', { cause: quotaError() }))).toBe(true);
    expect(isQuotaError(new Error('Storage quota reached'))).toBe(true);
    expect(
      isQuotaError({ name: 'BulkError', message: '1 of 2 failed', failures: [new Error('x'), quotaError()] }),
    ).toBe(true);
    expect(isQuotaError({ name: 'BulkError', message: 'x', failures: { 3: quotaError() } })).toBe(true);
  });

  it('does not flag other errors', () => {
    expect(isQuotaError(new Error('ConstraintError'))).toBe(false);
    expect(isQuotaError(new Dexie.AbortError('Transaction aborted', new Error('boom')))).toBe(false);
    expect(isQuotaError('quota')).toBe(false);
    expect(isQuotaError(null)).toBe(false);
    expect(isQuotaError(undefined)).toBe(false);
  });
});

describe('withQuotaRecovery', () => {
  it('returns the result when nothing goes wrong, without pruning', async () => {
    await db.comments.put(comment('old', 200));
    const op = vi.fn(async () => 'done');
    expect(await withQuotaRecovery(db, op, { now: () => NOW })).toBe('done');
    expect(op).toHaveBeenCalledTimes(1);
    expect((await db.comments.get('x:old'))!.text).not.toBe('');
  });

  it('on a quota error prunes with half the retention, then retries once', async () => {
    await db.comments.bulkPut([comment('a', 60), comment('b', 40), comment('c', 10)]);
    let calls = 0;
    const op = vi.fn(async () => {
      if (calls++ === 0) throw quotaError();
      return 'saved';
    });
    const onPruned = vi.fn();
    expect(await withQuotaRecovery(db, op, { now: () => NOW, retentionDays: 90, onPruned })).toBe('saved');
    expect(op).toHaveBeenCalledTimes(2);
    expect(onPruned).toHaveBeenCalledWith({ retentionDays: 45, pruned: 1 });
    expect((await db.comments.get('x:a'))!.text).toBe('');
    expect((await db.comments.get('x:b'))!.text).not.toBe('');
  });

  it('uses the retention from settings and never goes below 7 days', async () => {
    await db.settings.put({ key: 'retention.days', value: 10 });
    await db.comments.bulkPut([comment('a', 8), comment('b', 6)]);
    const onPruned = vi.fn();
    let calls = 0;
    await withQuotaRecovery(
      db,
      async () => {
        if (calls++ === 0) throw quotaError();
      },
      { now: () => NOW, onPruned },
    );
    expect(onPruned).toHaveBeenCalledWith({ retentionDays: 7, pruned: 1 });
  });

  it('throws a clear "storage is full" error when the retry fails too', async () => {
    await db.comments.put(comment('a', 100));
    const op = vi.fn(async () => {
      throw quotaError();
    });
    const err = await withQuotaRecovery(db, op, { now: () => NOW }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StorageFullError);
    expect((err as Error).message).toMatch(/^Storage is full/);
    expect((err as Error).message).toMatch(/Export a backup/);
    expect(op).toHaveBeenCalledTimes(2);
    // The emergency prune itself is kept: it freed what it could.
    expect((await db.comments.get('x:a'))!.text).toBe('');
  });

  it('rethrows other errors untouched, without pruning or retrying', async () => {
    await db.comments.put(comment('a', 100));
    const boom = new Error('boom');
    const op = vi.fn(async () => {
      throw boom;
    });
    await expect(withQuotaRecovery(db, op, { now: () => NOW })).rejects.toBe(boom);
    expect(op).toHaveBeenCalledTimes(1);
    expect((await db.comments.get('x:a'))!.text).not.toBe('');
  });

  it('works with a real Dexie write failing inside a transaction', async () => {
    let calls = 0;
    const op = () =>
      db.transaction('rw', db.settings, async () => {
        await db.settings.put({ key: 'k', value: 1 });
        if (calls++ === 0) throw quotaError();
      });
    await withQuotaRecovery(db, op, { now: () => NOW });
    expect(calls).toBe(2);
    expect((await db.settings.get('k'))?.value).toBe(1);
  });
});
