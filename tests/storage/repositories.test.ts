import { describe, it, expect, beforeEach } from 'vitest';
import { openDb, type RiposteDb } from '../../storage/db';
import { upsertSeen } from '../../storage/repositories/comments';
import { recordReply } from '../../storage/repositories/replies';
import {
  counts,
  setAccountRole,
  listAccounts,
  reportMissing,
  logGuardEvent,
  markTemplateUsed,
} from '../../storage/repositories/misc';
import type { SeenComment } from '../../lib/messaging';

let db: RiposteDb;
let n = 0;
beforeEach(async () => {
  db = openDb(`test-${n++}`);
  await db.open();
});

const comment = (id: string, over: Partial<SeenComment> = {}): SeenComment => ({
  commentId: id,
  authorHandle: 'ana',
  text: `comment ${id}`,
  intents: [],
  createdAt: 1_700_000_000_000,
  createdAtPrecision: 'exact',
  isReply: true,
  ...over,
});

describe('comments repository', () => {
  it('is idempotent: the same comment seen many times is one record with its first sighting kept', async () => {
    for (let i = 0; i < 100; i++) {
      await upsertSeen(db, { site: 'x', postId: 'p1', seenAt: 1000 + i, comments: [comment('c1'), comment('c1')] });
    }
    const rows = await db.comments.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.firstSeenAt).toBe(1000);
    expect(rows[0]!.lastSeenAt).toBe(1099);
    expect(rows[0]!.key).toBe('x:c1');
  });

  it('keeps a user correction when the comment is seen again', async () => {
    await upsertSeen(db, { site: 'x', postId: 'p1', seenAt: 1, comments: [comment('c1', { sentiment: 'negative' })] });
    await db.comments.update('x:c1', { sentiment: 'positive', sentimentCorrected: true });
    await upsertSeen(db, { site: 'x', postId: 'p1', seenAt: 2, comments: [comment('c1', { sentiment: 'negative' })] });
    expect((await db.comments.get('x:c1'))!.sentiment).toBe('positive');
  });

  it('stores a correction made in the page before the first batch, and a later one wins', async () => {
    await upsertSeen(db, {
      site: 'x',
      postId: 'p1',
      seenAt: 1,
      comments: [comment('c2', { sentiment: 'neutral', sentimentCorrected: true })],
    });
    let row = (await db.comments.get('x:c2'))!;
    expect([row.sentiment, row.sentimentCorrected]).toEqual(['neutral', true]);
    // The model says otherwise on the next sighting: the correction stays.
    await upsertSeen(db, { site: 'x', postId: 'p1', seenAt: 2, comments: [comment('c2', { sentiment: 'negative' })] });
    expect((await db.comments.get('x:c2'))!.sentiment).toBe('neutral');
    // The user corrects again in the page: the new correction replaces the old one.
    await upsertSeen(db, {
      site: 'x',
      postId: 'p1',
      seenAt: 3,
      comments: [comment('c2', { sentiment: 'positive', sentimentCorrected: true })],
    });
    row = (await db.comments.get('x:c2'))!;
    expect([row.sentiment, row.sentimentCorrected]).toEqual(['positive', true]);
    // An uncorrected comment carries no flag.
    await upsertSeen(db, { site: 'x', postId: 'p1', seenAt: 4, comments: [comment('c3', { sentiment: 'negative' })] });
    expect((await db.comments.get('x:c3'))!.sentimentCorrected).toBeUndefined();
  });

  it('keeps the first estimate of a relative creation time', async () => {
    await upsertSeen(db, {
      site: 'tiktok',
      postId: 'v',
      seenAt: 1,
      comments: [comment('t1', { createdAt: 500, createdAtPrecision: 'relative' })],
    });
    await upsertSeen(db, {
      site: 'tiktok',
      postId: 'v',
      seenAt: 2,
      comments: [comment('t1', { createdAt: 900, createdAtPrecision: 'relative' })],
    });
    expect((await db.comments.get('tiktok:t1'))!.createdAt).toBe(500);
  });

  it('reports which seen comments were already answered', async () => {
    await upsertSeen(db, { site: 'x', postId: 'p1', seenAt: 1, comments: [comment('c1'), comment('c2')] });
    await recordReply(db, { site: 'x', postId: 'p1', commentKey: 'x:c2', text: 'thanks', sentAt: 5000 });
    const r = await upsertSeen(db, { site: 'x', postId: 'p1', seenAt: 2, comments: [comment('c1'), comment('c2')] });
    expect(r.answered).toEqual(['c2']);
  });
});

describe('replies repository', () => {
  it('stamps the first reply time on the comment and ignores a duplicate report', async () => {
    await upsertSeen(db, { site: 'x', postId: 'p1', seenAt: 1, comments: [comment('c1')] });
    const a = await recordReply(db, { site: 'x', postId: 'p1', commentKey: 'x:c1', text: 'hi', sentAt: 10_000 });
    const b = await recordReply(db, { site: 'x', postId: 'p1', commentKey: 'x:c1', text: 'hi', sentAt: 10_500 });
    expect(b).toBe(a);
    await recordReply(db, { site: 'x', postId: 'p1', commentKey: 'x:c1', text: 'second', sentAt: 20_000 });
    expect((await db.comments.get('x:c1'))!.firstReplyAt).toBe(10_000);
    expect(await db.replies.count()).toBe(2);
  });
});

describe('accounts, diagnostics and counts', () => {
  it('registers, changes and removes an account role by normalized handle', async () => {
    await setAccountRole(db, 'x', '@BrandCo', 'brand');
    await setAccountRole(db, 'x', 'brandco', 'personal');
    let accounts = await listAccounts(db);
    expect(accounts).toHaveLength(1);
    expect(accounts[0]).toMatchObject({ key: 'x:brandco', role: 'personal', handle: 'brandco' });
    await setAccountRole(db, 'x', 'brandco', null);
    accounts = await listAccounts(db);
    expect(accounts).toHaveLength(0);
  });

  it('counts missing selectors per site', async () => {
    await reportMissing(db, 'x', 'https://x.com/a/status/1', ['commentItem'], 1);
    await reportMissing(db, 'x', 'https://x.com/a/status/1', ['commentItem', 'composer'], 2);
    const rows = await db.diagnostics.toArray();
    expect(rows.find((r) => r.selector === 'commentItem')!.count).toBe(2);
    expect((await counts(db)).comments).toBe(0);
  });
});

describe('writes a retried message may repeat', () => {
  it('a guard event delivered twice is one row; another decision at another time is another', async () => {
    const ev = {
      site: 'x' as const,
      account: 'jane',
      reasons: ['work-mode-mismatch' as const],
      decision: 'held' as const,
      at: 5000,
    };
    const a = await logGuardEvent(db, ev);
    const b = await logGuardEvent(db, { ...ev });
    expect(b).toBe(a);
    await logGuardEvent(db, { ...ev, decision: 'cancel', at: 5200 });
    expect(await db.guardEvents.count()).toBe(2);
  });

  it('a template use reported twice with the same time counts once', async () => {
    await db.templates.put({ id: 't1', title: 'T', body: 'b', usageCount: 0 } as never);
    await markTemplateUsed(db, 't1', 1000);
    await markTemplateUsed(db, 't1', 1000);
    await markTemplateUsed(db, 't1', 2000);
    const t = (await db.templates.get('t1')) as unknown as { usageCount: number; lastUsedAt: number };
    expect([t.usageCount, t.lastUsedAt]).toEqual([2, 2000]);
  });
});
