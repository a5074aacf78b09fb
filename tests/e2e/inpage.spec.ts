/**
 * The in-page tools a community manager works with on every post: the sentiment chip (corrected in
 * one click, remembered), the per-post filter bar, and the "waiting" age badges coloured by the SLA.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './harness';
import { SITES, chipCount, replica } from './util';

type Label = 'positive' | 'neutral' | 'negative';

interface PageComment {
  id: string;
  text: string;
  label: Label | null;
  age: { text: string; state: string } | null;
  visible: boolean;
}

/** Every comment Riposte decorated: its id, text, chip label, age badge and whether it is shown. */
function decorated(page: Page): Promise<PageComment[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-riposte-id]')].map((el) => {
      const id = el.getAttribute('data-riposte-id');
      // Its own chip (not a reply's inside it, nor a copy the site made of a row without its shadow root).
      const host = [...el.querySelectorAll('[data-riposte-chip]')].find(
        (h) => h.shadowRoot && h.getAttribute('data-riposte-for') === id,
      );
      const root = host?.shadowRoot;
      const age = root?.querySelector<HTMLElement>('.age');
      return {
        id: id!,
        text: (el as HTMLElement).innerText,
        label: (root?.querySelector('.chip')?.getAttribute('data-label') ?? null) as Label | null,
        age: age && !age.hidden ? { text: age.textContent ?? '', state: age.dataset.state ?? '' } : null,
        visible: getComputedStyle(el).display !== 'none' && (el as HTMLElement).offsetParent !== null,
      };
    }),
  );
}

function chipOf(page: Page, id: string): Locator {
  return page.locator(`[data-riposte-id="${id}"] [data-riposte-chip][data-riposte-for="${id}"]`).locator('.chip');
}

async function ready(page: Page) {
  const comments = (await replica.comments(page)).filter((c) => !c.own);
  await expect.poll(() => chipCount(page), { timeout: 15_000 }).toBeGreaterThanOrEqual(comments.length);
  await expect
    .poll(async () => (await decorated(page)).filter((c) => c.label).length, { timeout: 15_000 })
    .toBeGreaterThanOrEqual(comments.length);
  return comments;
}

/** The decorated element that shows this replica comment (by its text). */
function find(list: PageComment[], text: string): PageComment | undefined {
  const probe = text.replace(/\s+/g, ' ').slice(0, 24);
  return list.find((c) => c.text.replace(/\s+/g, ' ').includes(probe));
}

for (const site of SITES) {
  test.describe(`${site}: in-page tags`, () => {
    test('a chip is corrected in one click; the correction is stored and still applies after a reload', async ({
      openReplica,
      idb,
    }) => {
      const page = await openReplica(site);
      const comments = await ready(page);
      const before = await decorated(page);
      const target = before.find((c) => c.label && find([c], comments[0]!.text))!;
      expect(target, 'the first comment is decorated').toBeTruthy();
      const to: Label = target.label === 'negative' ? 'positive' : 'negative';

      const chip = chipOf(page, target.id);
      await expect(chip).toHaveAttribute('aria-expanded', 'false');
      // Styled by the stylesheet every chip's shadow root shares; the label is text and icon, not colour alone.
      await expect(chip).toHaveCSS('border-top-left-radius', '999px');
      await expect(chip).toHaveText(/^[▲●▼] (Positive|Neutral|Negative)/);
      await chip.click();
      await expect(chip).toHaveAttribute('aria-expanded', 'true');
      // The correction menu offers the three labels as text (not colour alone).
      const menu = page
        .locator(`[data-riposte-id="${target.id}"] [data-riposte-chip][data-riposte-for="${target.id}"]`)
        .locator('.menu');
      await expect(menu.locator('button')).toHaveCount(3);
      await menu.locator(`button[data-label="${to}"]`).click();
      await expect(chip).toHaveAttribute('data-label', to);
      await expect(chip).toContainText('✓');
      // Clicking the chip did not open or navigate anything on the site.
      expect(await replica.submitted(page)).toEqual([]);

      await expect
        .poll(async () => {
          const rows = (await idb('riposte', 'comments')) as {
            site: string;
            commentId: string;
            sentiment?: string;
            sentimentCorrected?: boolean;
          }[];
          const row = rows.find((r) => r.site === site && r.commentId === target.id);
          return row && `${row.sentiment}:${row.sentimentCorrected}`;
        })
        .toBe(`${to}:true`);

      // A new visit analyses the page afresh (the replicas' ids and times move with each load): the
      // user's correction still wins for that text.
      await page.reload();
      const again = await ready(page);
      await expect.poll(async () => find(await decorated(page), again[0]!.text)?.label).toBe(to);
    });

    test('the filter bar counts per filter, hides what does not match and shows it all again', async ({
      openReplica,
    }) => {
      const page = await openReplica(site);
      await ready(page);
      const bar = page.getByTestId('riposte-filter-bar');
      await expect(bar).toBeVisible();
      // "Negative and unanswered" comes first.
      await expect(bar.locator('button[data-filter]').first()).toHaveAttribute('data-filter', 'neg-unanswered');

      // The post itself (X shows it in the thread) stays visible as context whatever the filter.
      const postId = await page.evaluate(() => window.__replica!.post?.id ?? null);
      const shown = async () => (await decorated(page)).filter((c) => c.visible && c.id !== postId);
      const all = (await decorated(page)).filter((c) => c.id !== postId);
      const negatives = all.filter((c) => c.label === 'negative').length;
      expect(negatives, 'the replica has negative comments').toBeGreaterThan(0);
      // The bar recounts a moment after the last chip: its counts cover every comment once "all" does.
      await expect(bar.locator('[data-count="all"]')).toHaveText(String(all.length));
      await expect(bar.locator('[data-count="negative"]')).toHaveText(String(negatives));

      await bar.locator('button[data-filter="negative"]').click();
      await expect(bar.locator('button[data-filter="negative"]')).toHaveAttribute('aria-pressed', 'true');
      await expect.poll(async () => (await shown()).map((c) => c.label)).toEqual(Array(negatives).fill('negative'));

      await bar.locator('button[data-filter="questions"]').click();
      const questions = Number(await bar.locator('[data-count="questions"]').textContent());
      expect(questions, 'the replica has questions').toBeGreaterThan(0);
      await expect.poll(async () => (await shown()).length).toBe(questions);
      expect((await decorated(page)).find((c) => c.id === postId)?.visible ?? true).toBe(true);

      await bar.locator('button[data-filter="all"]').click();
      await expect.poll(async () => (await decorated(page)).filter((c) => !c.visible).length).toBe(0);
    });

    test('unanswered comments wait with an age badge coloured by the SLA (60 min by default)', async ({
      openReplica,
    }) => {
      const page = await openReplica(site);
      const account = await replica.account(page);
      // Our own replies never wait.
      const comments = (await ready(page)).filter((c) => c.author.replace(/^@/, '') !== account);
      const now = Date.now();
      let checked = 0;
      await expect
        .poll(async () => (await decorated(page)).filter((c) => c.age).length)
        .toBeGreaterThanOrEqual(comments.length - 1);
      const list = await decorated(page);
      for (const c of comments) {
        const el = find(list, c.text);
        if (!el) continue;
        const ageMin = (now - Date.parse(c.createdAt)) / 60_000;
        // TikTok shows only relative times ("2h"): skip comments near a boundary there.
        const slack = site === 'tiktok' ? 60 : 2;
        const near = (b: number) => Math.abs(ageMin - b) < slack && ageMin < b + slack;
        if (near(45) || near(60)) continue;
        const want = ageMin >= 60 ? 'breached' : ageMin >= 45 ? 'approaching' : 'ok';
        expect(el.age, `age badge on "${c.text.slice(0, 30)}"`).toBeTruthy();
        expect(el.age!.state, `SLA state of "${c.text.slice(0, 30)}" (${ageMin.toFixed(0)} min old)`).toBe(want);
        expect(el.age!.text).toMatch(/^⏱ \d+[mhd]$/);
        checked++;
      }
      expect(checked).toBeGreaterThanOrEqual(2);
    });
  });
}

test('x: answering a comment takes its age badge away and it leaves the unanswered filter', async ({ openReplica }) => {
  const page = await openReplica('x');
  const comments = (await ready(page)).filter((c) => !c.parentId);
  const target = comments[1]!;
  const bar = page.getByTestId('riposte-filter-bar');
  // Unanswered = the comments that wait with an age badge (the count settles once every comment is in).
  const unanswered = async () => Number(await bar.locator('[data-count="unanswered"]').textContent());
  const waiting = async () => (await decorated(page)).filter((c) => c.age).length;
  await expect.poll(async () => (await unanswered()) === (await waiting()) && (await waiting()) > 1).toBe(true);
  const unansweredBefore = await unanswered();
  const el = find(await decorated(page), target.text)!;
  expect(el.age).toBeTruthy();
  // Working the unanswered queue: the comment leaves it as soon as the reply goes out.
  await bar.locator('button[data-filter="unanswered"]').click();
  await expect.poll(async () => find(await decorated(page), target.text)?.visible).toBe(true);

  await page
    .locator('article[data-testid="tweet"]', { has: page.locator(`a[href$="/status/${target.id}"]`) })
    .first()
    .getByTestId('reply')
    .click();
  await expect(page.locator('div[role="dialog"] [data-testid="tweetTextarea_0"]')).toBeFocused();
  // As on X, the dialog has an address of its own: the page underneath (and what Riposte knows of it) stays.
  await expect(page).toHaveURL(/\/compose\/post$/);
  await page.keyboard.type('Thanks for telling us, we are on it.');
  await page.keyboard.press('Control+Enter');
  await expect.poll(async () => (await replica.submitted(page)).length).toBe(1);
  await expect(page).toHaveURL(/\/status\/\d+$/);

  await expect.poll(async () => find(await decorated(page), target.text)?.age ?? null).toBeNull();
  await expect(bar.locator('[data-count="unanswered"]')).toHaveText(String(unansweredBefore - 1));
  expect(await waiting()).toBe(unansweredBefore - 1);
  await expect.poll(async () => find(await decorated(page), target.text)?.visible).toBe(false);
});

test("x: chips and age badges sit on the comment's handle line, fit in it, and change no comment's height", async ({
  openReplica,
}) => {
  const page = await openReplica('x');
  await ready(page);
  // With the age badges in too (they widen the chip).
  await expect.poll(async () => (await decorated(page)).filter((c) => c.age).length).toBeGreaterThan(1);
  const measure = () =>
    page.evaluate(() => {
      const articles = [...document.querySelectorAll<HTMLElement>('article[data-testid="tweet"]')];
      const hosts = [...document.querySelectorAll<HTMLElement>('[data-riposte-chip]')];
      return {
        heights: articles.map((a) => a.getBoundingClientRect().height),
        hosts: hosts.length,
        onHandleLine: hosts.filter((h) => h.parentElement?.parentElement?.getAttribute('data-testid') === 'User-Name')
          .length,
        // Inside its article, and the handle beside it still readable.
        outside: hosts.filter(
          (h) => h.getBoundingClientRect().right > h.closest('article')!.getBoundingClientRect().right,
        ).length,
        squeezed: hosts.filter((h) => {
          const handle = h.parentElement!.querySelector('a');
          return !handle || handle.getBoundingClientRect().width < 60;
        }).length,
        widths: hosts.map((h) => Math.round(h.getBoundingClientRect().width)),
        // One chip per comment, each inside the comment it names.
        perComment: new Set(hosts.map((h) => h.getAttribute('data-riposte-for'))).size,
        misplaced: hosts.filter(
          (h) => h.closest('[data-riposte-id]')?.getAttribute('data-riposte-id') !== h.getAttribute('data-riposte-for'),
        ).length,
      };
    });
  const shown = await measure();
  expect(shown.hosts).toBeGreaterThan(3);
  expect(shown.onHandleLine).toBe(shown.hosts);
  expect(shown.perComment).toBe(shown.hosts);
  expect(shown.misplaced).toBe(0);
  expect(shown.outside).toBe(0);
  expect(shown.squeezed).toBe(0);
  const hidden = await page.evaluate(() => {
    const hosts = [...document.querySelectorAll<HTMLElement>('[data-riposte-chip]')];
    for (const h of hosts) h.style.display = 'none';
    const heights = [...document.querySelectorAll('article[data-testid="tweet"]')].map(
      (a) => a.getBoundingClientRect().height,
    );
    for (const h of hosts) h.style.display = '';
    return heights;
  });
  expect(shown.heights).toEqual(hidden);
  // The correction menu opens over the page: the line keeps its width and the comment its height.
  const target = (await decorated(page)).find((c) => c.label)!;
  await chipOf(page, target.id).click();
  await expect(
    page.locator(`[data-riposte-chip][data-riposte-for="${target.id}"]`).locator('.menu button').first(),
  ).toBeVisible();
  const open = await measure();
  expect(open.heights).toEqual(shown.heights);
  expect(open.widths).toEqual(shown.widths);
});
