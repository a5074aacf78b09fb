import { test, expect } from './harness';
import { readFileSync } from 'node:fs';
import { chipCount, replica, setTemplates } from './util';
import { formatDuration } from '../../components/dashboard/format';
import { parseCsv } from '../../lib/templates/csv';

interface StoredComment {
  key: string;
  commentId: string;
  createdAt?: number;
  firstReplyAt?: number;
  isOwn?: boolean;
  site: string;
}
interface StoredReply {
  commentKey?: string;
  templateId?: string;
  sentAt: number;
  text: string;
}

test('x: answer two comments (template and typed) → popup shows 2 replies, their response times, the unanswered count; CSV has both', async ({
  openReplica,
  popup,
  idb,
}) => {
  await setTemplates(await popup(), [
    { id: 'tpl-thanks', title: 'Thanks', body: 'Thanks {first_name|there}, glad you like it!', tags: ['thanks'] },
  ]);
  const page = await openReplica('x');
  const comments = (await replica.comments(page)).filter((c) => !c.own && !c.parentId);
  await expect.poll(() => chipCount(page), { timeout: 15_000 }).toBeGreaterThanOrEqual(comments.length);
  const [a, b] = comments;

  const replyTo = async (c: typeof a) => {
    const article = page
      .locator('article[data-testid="tweet"]', { has: page.locator(`a[href$="/status/${c!.id}"]`) })
      .first();
    await article.getByTestId('reply').click();
    await expect(page.locator('div[role="dialog"] [data-testid="tweetTextarea_0"]')).toBeFocused();
  };
  // 1. With a template, through the picker.
  await replyTo(a);
  await page.keyboard.press('Alt+Shift+R');
  await expect(page.getByTestId('riposte-picker').getByRole('combobox')).toBeFocused();
  await page.keyboard.type('thanks');
  await page.keyboard.press('1');
  await expect.poll(() => replica.editorText(page)).toContain('glad you like it!');
  await page.keyboard.press('Control+Enter');
  await expect.poll(async () => (await replica.submitted(page)).length).toBe(1);
  // 2. Typed by hand, without Riposte's picker.
  await replyTo(b);
  await page.keyboard.type('So sorry about that, we are on it.');
  await page.keyboard.press('Control+Enter');
  await expect.poll(async () => (await replica.submitted(page)).length).toBe(2);

  await expect
    .poll(async () => ((await idb('riposte', 'replies')) as StoredReply[]).length, { timeout: 10_000 })
    .toBe(2);
  const replies = (await idb('riposte', 'replies')) as StoredReply[];
  expect(replies.map((r) => r.commentKey).sort()).toEqual([`x:${a!.id}`, `x:${b!.id}`].sort());
  expect(replies.find((r) => r.commentKey === `x:${a!.id}`)!.templateId).toBe('tpl-thanks');
  expect(replies.find((r) => r.commentKey === `x:${b!.id}`)!.templateId).toBeUndefined();

  // Response times = reply time − the comment's own time from the page (exact on X).
  const stored = ((await idb('riposte', 'comments')) as StoredComment[]).filter((c) => c.site === 'x');
  const submitted = await replica.submitted(page);
  const rt: number[] = [];
  for (const [c, s] of [
    [a!, submitted[0]!],
    [b!, submitted[1]!],
  ] as const) {
    const row = stored.find((r) => r.commentId === c.id)!;
    expect(row.createdAt).toBe(Date.parse(c.createdAt));
    expect(Math.abs(row.firstReplyAt! - s.at)).toBeLessThan(3000);
    rt.push(row.firstReplyAt! - row.createdAt!);
  }
  const median = (rt[0]! + rt[1]!) / 2;
  const p90 = Math.min(...rt) + 0.9 * Math.abs(rt[0]! - rt[1]!);

  const p = await popup();
  await expect(p.getByTestId('kpi-replies')).toHaveText('2');
  await expect(p.getByTestId('kpi-median')).toHaveText(formatDuration(median));
  await expect(p.getByTestId('kpi-p90')).toHaveText(formatDuration(p90));
  const unanswered = comments.length - 2;
  await expect(p.getByTestId('unanswered-count')).toHaveText(String(unanswered));
  await expect(p.getByTestId('unanswered-list').locator('li')).toHaveCount(Math.min(unanswered, 10));

  const [download] = await Promise.all([p.waitForEvent('download'), p.getByTestId('export-csv').click()]);
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv.charCodeAt(0), 'a UTF-8 byte-order mark for spreadsheet apps').toBe(0xfeff);
  const parsed = parseCsv(csv);
  if (!parsed.ok) throw new Error(`export is not valid CSV: line ${parsed.line}: ${parsed.message}`);
  const [header, ...rows] = parsed.rows.map((r) => r.cells);
  const idCol = header!.indexOf('commentId');
  const minutesCol = header!.indexOf('responseMinutes');
  expect(idCol, 'commentId column').toBeGreaterThanOrEqual(0);
  expect(minutesCol, 'responseMinutes column').toBeGreaterThanOrEqual(0);
  for (const c of [a!, b!]) {
    const row = rows.find((cells) => cells[idCol] === c.id);
    expect(row, `CSV row for ${c.id}`).toBeTruthy();
    // Minutes rounded to one decimal in the file.
    const minutes = Number(row![minutesCol]);
    expect(Math.abs(minutes - rt[c === a ? 0 : 1]! / 60_000)).toBeLessThanOrEqual(0.051);
  }
  await expect(p.getByTestId('export-status')).toContainText(String(rows.length));
});
