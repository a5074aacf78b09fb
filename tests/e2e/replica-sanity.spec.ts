/**
 * The replica pages behave like the sites, without relying on any extension feature.
 * Uses the built extension when .output/chrome-mv3 exists (so the replicas are also proven to coexist
 * with it), else a plain Chromium context.
 */
import type { Page } from '@playwright/test';
import { DEFAULT_PATHS, expect, hasBuiltExtension, realErrors, test } from './harness';

test.use({ withExtension: hasBuiltExtension() });

type Api = NonNullable<Window['__replica']>;
const api = <T>(page: Page, fn: (r: Api) => T): Promise<T> =>
  page.evaluate((src) => {
    const r = window.__replica as Api;
    return (0, eval)(src)(r) as T;
  }, fn.toString());

test.describe('X replica', () => {
  test('inline Draft.js composer: typing enables Reply, Reply posts and clears', async ({ openReplica, consoleErrors, offsiteRequests }) => {
    const page = await openReplica('x', DEFAULT_PATHS.x);
    const editor = page.locator('main [data-testid="tweetTextarea_0"][contenteditable="true"]');
    const button = page.getByTestId('tweetButtonInline');
    await expect(editor).toHaveAttribute('role', 'textbox');
    await expect(button).toBeDisabled();
    expect(await api(page, (r) => r.isSubmitEnabled())).toBe(false);

    await editor.click();
    await page.keyboard.type('   ');
    await expect(button).toBeDisabled();
    await page.keyboard.type('Thanks for the feedback! 🙏');
    await expect(button).toBeEnabled();
    expect(await api(page, (r) => r.editorText())).toBe('   Thanks for the feedback! 🙏');
    expect(await api(page, (r) => r.isSubmitEnabled())).toBe(true);

    const before = await api(page, (r) => r.comments.length);
    await button.click();
    const submitted = await api(page, (r) => r.submitted);
    expect(submitted).toHaveLength(1);
    expect(submitted[0]).toMatchObject({ text: 'Thanks for the feedback! 🙏', account: 'brandco', replyTo: '1790000000000000001' });
    expect(await api(page, (r) => r.editorText())).toBe('');
    await expect(button).toBeDisabled();
    const comments = await api(page, (r) => r.comments);
    expect(comments).toHaveLength(before + 1);
    const own = comments.find((c) => c.own);
    expect(own).toMatchObject({ author: 'brandco', text: 'Thanks for the feedback! 🙏' });
    expect(Date.now() - Date.parse(own?.createdAt ?? '')).toBeLessThan(60_000);
    await expect(page.locator(`article[data-testid="tweet"] a[href="/brandco/status/${own?.id}"] > time`)).toHaveCount(1);
    expect(realErrors(consoleErrors)).toEqual([]);
    expect(offsiteRequests.filter((r) => r.source === 'page')).toEqual([]);
  });

  test('page structure: cells, focused post, quote, emoji, show more, times relative to load', async ({ openReplica }) => {
    const page = await openReplica('x', DEFAULT_PATHS.x);
    await expect(page.locator('article[data-testid="tweet"][tabindex="-1"]')).toHaveCount(1);
    const replies = page.locator('div[data-testid="cellInnerDiv"] article[data-testid="tweet"][tabindex="0"]');
    const comments = await api(page, (r) => r.comments);
    await expect(replies).toHaveCount(comments.length);
    await expect(page.locator('article div[role="link"] [data-testid="User-Name"]')).toHaveCount(1);
    await expect(page.locator('[data-testid="tweetText"] img[alt="😍"]').first()).toBeVisible();
    const loadedAt = await api(page, (r) => r.loadedAt);
    for (const c of comments) {
      const time = page.locator(`article a[href="/${c.author}/status/${c.id}"] > time`);
      await expect(time).toHaveAttribute('datetime', c.createdAt);
      expect(Date.parse(c.createdAt)).toBeLessThanOrEqual(loadedAt);
    }
    const first = comments.find((c) => c.author === 'maria_lopez');
    expect(loadedAt - Date.parse(first?.createdAt ?? '')).toBe(45 * 60_000);
    // translateY layout, in order
    const ys = await page.locator('[data-testid="cellInnerDiv"]').evaluateAll((els) => els.map((e) => Number(/translateY\(([\d.]+)px\)/.exec((e as HTMLElement).style.transform)?.[1])));
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(new Set(ys).size).toBe(ys.length);
    // Show more replies
    const more = page.locator('[data-testid="cellInnerDiv"] a[href^="/i/status/"]');
    await expect(more).toHaveCount(1);
    await more.click();
    await expect(more).toHaveCount(0);
    await expect(replies).toHaveCount(comments.length + 2);
  });

  test('reply modal goes to that comment; Ctrl+Enter submits', async ({ openReplica }) => {
    const page = await openReplica('x', DEFAULT_PATHS.x);
    const target = (await api(page, (r) => r.comments)).find((c) => c.author === 'dmitry_k');
    const article = page.locator('article[data-testid="tweet"]', { has: page.locator(`a[href="/dmitry_k/status/${target?.id}"]`) });
    await article.getByTestId('reply').click();
    const dialog = page.locator('div[role="dialog"]');
    const editor = dialog.locator('[data-testid="tweetTextarea_0"]');
    await expect(editor).toBeFocused();
    await expect(dialog.getByTestId('tweetButton')).toBeDisabled();
    await page.keyboard.type('Sorry about that, DM us please');
    await expect(dialog.getByTestId('tweetButton')).toBeEnabled();
    expect(await api(page, (r) => r.editorText())).toBe('Sorry about that, DM us please');
    expect(await api(page, (r) => r.composers())).toEqual(['inline', 'modal']);
    await page.keyboard.press('Control+Enter');
    await expect(dialog).toHaveCount(0);
    const sub = await api(page, (r) => r.submitted);
    expect(sub).toEqual([expect.objectContaining({ text: 'Sorry about that, DM us please', replyTo: target?.id, account: 'brandco' })]);
    const own = (await api(page, (r) => r.comments)).find((c) => c.own);
    expect(own?.parentId).toBe(target?.id);
    // Plain Enter inserts a line break, it does not post
    await page.locator('main [data-testid="tweetTextarea_0"]').click();
    await page.keyboard.type('line one');
    await page.keyboard.press('Enter');
    await page.keyboard.type('line two');
    expect(await api(page, (r) => r.editorText())).toBe('line one\nline two');
    expect(await api(page, (r) => r.submitted.length)).toBe(1);
  });

  test('account switcher switches without a reload', async ({ openReplica }) => {
    const page = await openReplica('x', DEFAULT_PATHS.x);
    const switcher = page.getByTestId('SideNav_AccountSwitcher_Button');
    await expect(switcher).toContainText('@brandco');
    await expect(switcher.locator('[data-testid="UserAvatar-Container-brandco"]')).toHaveCount(1);
    await page.evaluate(() => ((window as unknown as { __marker: number }).__marker = 42));
    await switcher.click();
    await page.locator('[data-testid="HoverCard"] button[data-testid="UserCell"][aria-label="Switch to @jane_doe"]').click();
    await expect(switcher).toContainText('@jane_doe');
    expect(await page.evaluate(() => (window as unknown as { __marker?: number }).__marker)).toBe(42);
    expect(await api(page, (r) => r.account)).toBe('jane_doe');
    expect(await page.evaluate(() => document.cookie)).toContain('twid=');
    await page.locator('main [data-testid="tweetTextarea_0"]').click();
    await page.keyboard.type('hi from jane');
    await page.getByTestId('tweetButtonInline').click();
    expect((await api(page, (r) => r.submitted))[0]?.account).toBe('jane_doe');
    await page.evaluate(() => window.__replica?.setAccount('brandco'));
    await expect(switcher).toContainText('@brandco');
  });

  test('X shortcuts j/k/r work outside editors only', async ({ openReplica }) => {
    const page = await openReplica('x', DEFAULT_PATHS.x);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    const focused = page.locator('article[data-testid="tweet"]:focus');
    await expect(focused).toHaveCount(1);
    await expect(focused).toHaveAttribute('tabindex', '0');
    await page.keyboard.press('k');
    await expect(page.locator('article[data-testid="tweet"][tabindex="-1"]')).toBeFocused();
    await page.keyboard.press('j');
    await page.keyboard.press('r');
    await expect(page.locator('div[role="dialog"] [data-testid="tweetTextarea_0"]')).toBeFocused();
    await page.keyboard.type('jkr');
    expect(await api(page, (r) => r.editorText())).toBe('jkr');
    await page.keyboard.press('Escape');
    await expect(page.locator('div[role="dialog"]')).toHaveCount(0);
  });

  test('?n=2000 renders 2000 replies; /home works', async ({ openReplica }) => {
    const page = await openReplica('x', DEFAULT_PATHS.x, { n: 2000 });
    await expect(page.locator('article[data-testid="tweet"][tabindex="0"]')).toHaveCount(2000);
    expect(await api(page, (r) => r.comments.length)).toBe(2000);
    const langs = new Set(await api(page, (r) => r.comments.map((c) => c.lang)));
    expect(langs.size).toBeGreaterThan(3);
    const home = await openReplica('x', '/home');
    await expect(home.getByTestId('tweetButtonInline')).toBeDisabled();
    await home.getByTestId('tweetTextarea_0').click();
    await home.keyboard.type('new post');
    await home.getByTestId('tweetButtonInline').click();
    expect(await api(home, (r) => r.submitted)).toEqual([expect.objectContaining({ text: 'new post', account: 'brandco' })]);
    expect((await api(home, (r) => r.submitted))[0]?.replyTo).toBeUndefined();
  });

  test('?layout=renamed has none of the original hooks and still works; ?lang=es', async ({ openReplica }) => {
    const page = await openReplica('x', DEFAULT_PATHS.x, { layout: 'renamed', lang: 'es' });
    for (const id of ['cellInnerDiv', 'tweet', 'tweetText', 'User-Name', 'tweetTextarea_0', 'tweetButtonInline', 'reply', 'SideNav_AccountSwitcher_Button', 'primaryColumn']) {
      await expect(page.locator(`[data-testid="${id}"]`)).toHaveCount(0);
    }
    await expect(page.locator('[data-testid^="UserAvatar-Container-"]')).toHaveCount(0);
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    const editor = page.getByRole('textbox', { name: 'Texto del post' });
    await editor.click();
    await page.keyboard.type('hola');
    await page.getByRole('button', { name: 'Responder', exact: true }).click();
    expect(await api(page, (r) => r.submitted.map((s) => s.text))).toEqual(['hola']);
  });

  test('?hostile=1 renders hostile comments as text', async ({ openReplica, consoleErrors }) => {
    const page = await openReplica('x', DEFAULT_PATHS.x, { hostile: 1 });
    const comments = await api(page, (r) => r.comments);
    expect(comments.some((c) => c.text.length === 50_000)).toBe(true);
    expect(comments.some((c) => c.text === '😀'.repeat(10_000))).toBe(true);
    await expect(page.locator('[data-testid="tweetText"]', { hasText: '<script>alert("xss")</script>' })).toHaveCount(1);
    expect(await page.evaluate(() => document.querySelectorAll('main script, main svg[onload], main img[onerror]').length)).toBe(0);
    expect(realErrors(consoleErrors)).toEqual([]);
  });
});
