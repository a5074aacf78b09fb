import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type RiposteDb } from '../../storage/db';
import { buildSummary, exportRange } from '../../entrypoints/background/summary';
import { upsertSeen } from '../../storage/repositories/comments';
import { parseCsv } from '../../lib/templates/csv';
import type { CommentRecord, ReplyRecord } from '../../lib/records';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const NOW = Date.UTC(2026, 4, 6, 12, 0); // midday

let db: RiposteDb;
let n = 0;
beforeEach(async () => {
  db = openDb(`summary-${n++}`);
  await db.open();
});
afterEach(() => db.close());

const comment = (id: string, seenAt: number, extra: Partial<CommentRecord> = {}): CommentRecord => ({
  key: `x:${id}`,
  site: 'x',
  commentId: id,
  postId: 'p',
  authorHandle: `fan_${id}`,
  text: `comment ${id}`,
  intents: [],
  createdAt: seenAt,
  createdAtPrecision: 'exact',
  firstSeenAt: seenAt,
  lastSeenAt: seenAt,
  isReply: true,
  ...extra,
});
const reply = (id: string, at: number): ReplyRecord => ({
  site: 'x',
  postId: 'p',
  commentKey: `x:${id}`,
  text: `reply to ${id}`,
  sentAt: at,
});

describe('the popup summary (background)', () => {
  it("counts a backlog cleared today in today's response times, though it was seen 35 days ago", async () => {
    await db.comments.bulkPut([
      comment('old', NOW - 35 * DAY, { firstReplyAt: NOW - 10 * MIN }),
      comment('new', NOW - 60 * MIN, { firstReplyAt: NOW - 8 * MIN }),
    ]);
    await db.replies.bulkAdd([reply('old', NOW - 10 * MIN), reply('new', NOW - 8 * MIN)]);
    const { summary } = await buildSummary(db, { now: NOW } as Parameters<typeof buildSummary>[1]);
    expect(summary.today.answered).toBe(2);
    expect(summary.today.withinSlaPct).toBe(50);
    expect(summary.today.frt.p90).toBeGreaterThan(30 * DAY);
  });

  it('unusable stored business hours switch the business clock off instead of failing', async () => {
    await db.comments.put(comment('a', NOW - 3 * 60 * MIN));
    await db.settings.put({
      key: 'businessHours',
      value: { days: [], start: '', end: '17:00', timeZone: 'Europe/Amsterdm' },
    });
    await db.settings.put({ key: 'timeZone', value: 'Mars/Olympus' });
    const { summary } = await buildSummary(db, { now: NOW } as Parameters<typeof buildSummary>[1]);
    expect(summary.unanswered.top[0]?.ageMs).toBe(3 * 60 * MIN);
    expect(summary.unanswered.breached).toBe(1);
  });

  it('an export keeps a reply in the range linked to its comment seen the evening before', async () => {
    const from = NOW - 12 * 60 * MIN;
    await db.comments.put(comment('eve', from - 2 * 60 * MIN, { firstReplyAt: from + 8 * 60 * MIN }));
    await db.replies.add(reply('eve', from + 8 * 60 * MIN));
    const r = await exportRange(db, { from, to: NOW, format: 'csv' });
    expect(r.content.charCodeAt(0)).toBe(0xfeff);
    const parsed = parseCsv(r.content);
    if (!parsed.ok) throw new Error(parsed.message);
    const [header, ...rows] = parsed.rows.map((x) => x.cells);
    const row = rows.find((cells) => cells[header!.indexOf('commentId')] === 'eve');
    expect(row, 'the comment row').toBeTruthy();
    expect(Number(row![header!.indexOf('responseMinutes')])).toBe(600);
  });
});

describe('comments seen again', () => {
  it('stay the user\u2019s own when a later sighting does not know the account', async () => {
    const seen = (isOwn: boolean | undefined, seenAt: number) =>
      upsertSeen(db, {
        site: 'x',
        postId: 'p',
        seenAt,
        account: isOwn === undefined ? undefined : 'acme',
        comments: [
          {
            commentId: 'mine',
            authorHandle: 'acme',
            text: 'hi',
            intents: [],
            createdAtPrecision: 'exact',
            isReply: true,
            isOwn,
          },
        ],
      });
    await seen(true, 1);
    await seen(undefined, 2);
    expect((await db.comments.get('x:mine'))?.isOwn).toBe(true);
  });
});
