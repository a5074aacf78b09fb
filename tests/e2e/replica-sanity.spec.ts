/**
 * The replica pages behave like the sites, without relying on any extension feature: these tests run in a
 * plain Chromium context (the extension's in-page UI could otherwise cover the sites' controls).
 * The last block loads the built extension, when .output/chrome-mv3 exists, and checks that the replicas
 * still load and take input with it.
 */
import type { Page } from '@playwright/test';
import { DEFAULT_PATHS, expect, realErrors, test } from './harness';

test.use({ withExtension: false });

type Api = NonNullable<Window['__replica']>;
const api = <T>(page: Page, fn: (r: Api) => T): Promise<T> =>
  page.evaluate((src) => {
    const r = window.__replica as Api;
    return (0, eval)(src)(r) as T;
  }, fn.toString());

test.describe('X replica', () => {
  test('inline Draft.js composer: typing enables Reply, Reply posts and clears', async ({
    openReplica,
    consoleErrors,
    offsiteRequests,
  }) => {
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
    expect(submitted[0]).toMatchObject({
      text: 'Thanks for the feedback! 🙏',
      account: 'brandco',
      replyTo: '1790000000000000001',
    });
    expect(await api(page, (r) => r.editorText())).toBe('');
    await expect(button).toBeDisabled();
    const comments = await api(page, (r) => r.comments);
    expect(comments).toHaveLength(before + 1);
    const own = comments.find((c) => c.own);
    expect(own).toMatchObject({ author: 'brandco', text: 'Thanks for the feedback! 🙏' });
    expect(Date.now() - Date.parse(own?.createdAt ?? '')).toBeLessThan(60_000);
    await expect(page.locator(`article[data-testid="tweet"] a[href="/brandco/status/${own?.id}"] > time`)).toHaveCount(
      1,
    );
    expect(realErrors(consoleErrors)).toEqual([]);
    expect(offsiteRequests.filter((r) => r.source === 'page')).toEqual([]);
  });

  test('page structure: cells, focused post, quote, emoji, show more, times relative to load', async ({
    openReplica,
  }) => {
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
    const ys = await page
      .locator('[data-testid="cellInnerDiv"]')
      .evaluateAll((els) =>
        els.map((e) => Number(/translateY\(([\d.]+)px\)/.exec((e as HTMLElement).style.transform)?.[1])),
      );
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
    const article = page.locator('article[data-testid="tweet"]', {
      has: page.locator(`a[href="/dmitry_k/status/${target?.id}"]`),
    });
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
    expect(sub).toEqual([
      expect.objectContaining({ text: 'Sorry about that, DM us please', replyTo: target?.id, account: 'brandco' }),
    ]);
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
    await page
      .locator('[data-testid="HoverCard"] button[data-testid="UserCell"][aria-label="Switch to @jane_doe"]')
      .click();
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
    expect(await api(home, (r) => r.submitted)).toEqual([
      expect.objectContaining({ text: 'new post', account: 'brandco' }),
    ]);
    expect((await api(home, (r) => r.submitted))[0]?.replyTo).toBeUndefined();
  });

  test('?layout=renamed has none of the original hooks and still works; ?lang=es', async ({ openReplica }) => {
    const page = await openReplica('x', DEFAULT_PATHS.x, { layout: 'renamed', lang: 'es' });
    for (const id of [
      'cellInnerDiv',
      'tweet',
      'tweetText',
      'User-Name',
      'tweetTextarea_0',
      'tweetButtonInline',
      'reply',
      'SideNav_AccountSwitcher_Button',
      'primaryColumn',
    ]) {
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
    await expect(page.locator('[data-testid="tweetText"]', { hasText: '<script>alert("xss")</script>' })).toHaveCount(
      1,
    );
    expect(
      await page.evaluate(() => document.querySelectorAll('main script, main svg[onload], main img[onerror]').length),
    ).toBe(0);
    expect(realErrors(consoleErrors)).toEqual([]);
  });
});

test.describe('Instagram replica', () => {
  const PATH = DEFAULT_PATHS.instagram;

  test('controlled textarea: typing enables Post, Post submits and clears', async ({
    openReplica,
    consoleErrors,
    offsiteRequests,
  }) => {
    const page = await openReplica('instagram', PATH);
    const ta = page.locator('form textarea[aria-label="Add a comment…"]');
    const post = page.locator('form div[role="button"]', { hasText: 'Post' });
    await expect(post).toHaveAttribute('aria-disabled', 'true');
    expect(await api(page, (r) => r.isSubmitEnabled())).toBe(false);
    await ta.click();
    await page.keyboard.type('  ');
    await expect(post).toHaveAttribute('aria-disabled', 'true');
    await page.keyboard.type('Thank you! 💛');
    await expect(post).not.toHaveAttribute('aria-disabled', 'true');
    expect(await api(page, (r) => r.editorText())).toBe('  Thank you! 💛');
    await post.click();
    expect(await api(page, (r) => r.submitted)).toEqual([
      expect.objectContaining({ text: 'Thank you! 💛', account: 'brandco' }),
    ]);
    expect((await api(page, (r) => r.submitted))[0]?.replyTo).toBeUndefined();
    await expect(ta).toHaveValue('');
    expect(await api(page, (r) => r.editorText())).toBe('');
    const own = (await api(page, (r) => r.comments)).find((c) => c.own);
    expect(own).toMatchObject({ author: 'brandco', text: 'Thank you! 💛' });
    await expect(page.locator(`a[href="/p/C0ffEeRpl1c/c/${own?.id}/"] time[datetime]`)).toHaveCount(1);
    expect(realErrors(consoleErrors)).toEqual([]);
    expect(offsiteRequests.filter((r) => r.source === 'page')).toEqual([]);
  });

  test('structure: caption without /c/, comments with /c/ and replies with /r/, nav profile link', async ({
    openReplica,
  }) => {
    const page = await openReplica('instagram', PATH);
    const comments = await api(page, (r) => r.comments);
    const tops = comments.filter((c) => !c.parentId);
    const replies = comments.filter((c) => c.parentId);
    await expect(page.locator('a[href*="/c/"]:not([href*="/r/"]) time[datetime]')).toHaveCount(tops.length);
    await expect(page.locator('a[href*="/r/"] time[datetime]')).toHaveCount(replies.length);
    for (const c of replies)
      await expect(page.locator(`a[href="/p/C0ffEeRpl1c/c/${c.parentId}/r/${c.id}/"] time`)).toHaveAttribute(
        'datetime',
        c.createdAt,
      );
    await expect(page.locator('nav a[href="/brandco/"] img[alt="brandco\'s profile picture"]')).toHaveCount(1);
    expect(await page.evaluate(() => document.cookie)).toMatch(/ds_user_id=\d+/);
    expect(await api(page, (r) => r.post?.id)).toBe('C0ffEeRpl1c');
    const reel = await openReplica('instagram', '/reel/DxReel123/');
    await expect(reel.locator('a[href^="/reel/DxReel123/c/"] time[datetime]').first()).toBeVisible();
  });

  test('Reply prefills @author and the reply goes to that comment; Enter submits, Shift+Enter does not', async ({
    openReplica,
  }) => {
    const page = await openReplica('instagram', PATH);
    const target = (await api(page, (r) => r.comments)).find((c) => c.author === 'dmitry.k');
    const row = page.locator('li', { has: page.locator(`a[href="/p/C0ffEeRpl1c/c/${target?.id}/"]`) }).first();
    await row.getByRole('button', { name: 'Reply', exact: true }).first().click();
    const ta = page.locator('form textarea');
    await expect(ta).toBeFocused();
    await expect(ta).toHaveValue('@dmitry.k ');
    await page.keyboard.type('so sorry, check your DMs');
    await page.keyboard.press('Shift+Enter');
    expect(await api(page, (r) => r.submitted.length)).toBe(0);
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Enter');
    const sub = await api(page, (r) => r.submitted);
    expect(sub).toEqual([expect.objectContaining({ text: '@dmitry.k so sorry, check your DMs', replyTo: target?.id })]);
    const own = (await api(page, (r) => r.comments)).find((c) => c.own);
    expect(own?.parentId).toBe(target?.id);
    await expect(page.locator(`a[href="/p/C0ffEeRpl1c/c/${target?.id}/r/${own?.id}/"]`)).toHaveCount(1);
    await expect(ta).toHaveValue('');
  });

  test('execCommand insertText works, a bare value write does not (React value tracker)', async ({ openReplica }) => {
    const page = await openReplica('instagram', PATH);
    await page.locator('form textarea').focus();
    await page.evaluate(() => document.execCommand('insertText', false, 'inserted'));
    expect(await api(page, (r) => r.editorText())).toBe('inserted');
    expect(await api(page, (r) => r.isSubmitEnabled())).toBe(true);
    await page.evaluate(() => {
      const ta = document.querySelector('form textarea') as HTMLTextAreaElement;
      ta.value = 'bare write';
      ta.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(await api(page, (r) => r.editorText())).toBe('inserted');
  });

  test('?n=2000, ?layout=renamed, ?lang=ru, ?account=', async ({ openReplica }) => {
    const page = await openReplica('instagram', PATH, { n: 2000 });
    await expect(page.locator('a[href*="/c/"] time[datetime]')).toHaveCount(2000);
    expect(await api(page, (r) => r.comments.length)).toBe(2000);

    const renamed = await openReplica('instagram', PATH, { layout: 'renamed', account: 'jane_doe' });
    await expect(renamed.locator('textarea[aria-label="Add a comment…"]')).toHaveCount(0);
    await expect(renamed.locator('img[alt$="profile picture"]')).toHaveCount(0);
    await expect(renamed.locator('nav a[href="/jane_doe/"]')).toHaveCount(1);
    await renamed.locator('form textarea').click();
    await renamed.keyboard.type('works');
    await renamed.getByRole('button', { name: 'Send' }).click();
    expect(await api(renamed, (r) => r.submitted)).toEqual([
      expect.objectContaining({ text: 'works', account: 'jane_doe' }),
    ]);

    const ru = await openReplica('instagram', PATH, { lang: 'ru' });
    await expect(ru.locator('textarea[aria-label="Добавьте комментарий…"]')).toHaveCount(1);
  });
});

test.describe('TikTok replica', () => {
  const PATH = DEFAULT_PATHS.tiktok;

  test('Draft.js footer editor: typing enables Post, Post submits and clears', async ({
    openReplica,
    consoleErrors,
    offsiteRequests,
  }) => {
    const page = await openReplica('tiktok', PATH);
    const editor = page.locator('div[data-e2e="comment-input"] [contenteditable="true"]');
    const post = page.locator('[data-e2e="comment-post"]');
    await expect(editor).toHaveAttribute('role', 'textbox');
    await expect(post).toHaveAttribute('aria-disabled', 'true');
    await editor.click();
    await page.keyboard.type('Thanks for watching!');
    await expect(post).toHaveAttribute('aria-disabled', 'false');
    expect(await api(page, (r) => r.editorText())).toBe('Thanks for watching!');
    await post.click();
    expect(await api(page, (r) => r.submitted)).toEqual([
      expect.objectContaining({ text: 'Thanks for watching!', account: 'brandco' }),
    ]);
    expect(await api(page, (r) => r.editorText())).toBe('');
    await expect(post).toHaveAttribute('aria-disabled', 'true');
    await expect(page.locator('[data-e2e="comment-level-1"]').first()).toHaveText('Thanks for watching!');
    expect(realErrors(consoleErrors)).toEqual([]);
    expect(offsiteRequests.filter((r) => r.source === 'page')).toEqual([]);
  });

  test('structure: threads, levels, relative times, nav profile, fiber props', async ({ openReplica }) => {
    const page = await openReplica('tiktok', PATH);
    const comments = await api(page, (r) => r.comments);
    const tops = comments.filter((c) => !c.parentId);
    await expect(page.locator('div[class*="DivCommentObjectWrapper"]')).toHaveCount(tops.length);
    await expect(page.locator('[data-e2e="comment-level-1"]')).toHaveCount(tops.length);
    await expect(page.locator('[class*="DivReplyContainer"] [data-e2e="comment-level-2"]')).toHaveCount(
      comments.length - tops.length,
    );
    await expect(page.locator('[data-e2e="comment-username-1"] a[href="/@sunny.days"]')).toHaveCount(1);
    const times = await page.locator('[class*="DivCommentSubContentWrapper"] > span.TUXText').allTextContents();
    expect(times).toContain('3d ago');
    expect(times).toContain('just now');
    expect(times).toContain('45m ago');
    await expect(page.locator('a[data-e2e="nav-profile"]')).toHaveAttribute('href', '/@brandco');
    const cid = await page
      .locator('[data-e2e="comment-level-1"]')
      .first()
      .evaluate((el) => {
        const key = Object.keys(el).find((k) => k.startsWith('__reactFiber$'));
        let f = key
          ? (el as unknown as Record<string, { return: unknown; memoizedProps?: { comment?: { cid: string } } }>)[key]
          : undefined;
        for (let i = 0; f && i < 15; i++) {
          if (f.memoizedProps?.comment?.cid) return f.memoizedProps.comment.cid;
          f = f.return as typeof f;
        }
        return null;
      });
    expect(cid).toBe(tops[0]?.id);
  });

  test('reply control puts the footer editor in reply mode for that comment; Enter submits', async ({
    openReplica,
  }) => {
    const page = await openReplica('tiktok', PATH);
    const target = (await api(page, (r) => r.comments)).find((c) => c.author === 'dmitry.k');
    const thread = page.locator('div[class*="DivCommentObjectWrapper"]', { has: page.locator('a[href="/@dmitry.k"]') });
    await thread.locator('[data-e2e="comment-reply-1"]').click();
    const editor = page.locator('div[data-e2e="comment-input"] [contenteditable="true"]');
    await expect(editor).toBeFocused();
    await page.keyboard.type('We are on it, sorry!');
    await page.keyboard.press('Enter');
    expect(await api(page, (r) => r.submitted)).toEqual([
      expect.objectContaining({ text: 'We are on it, sorry!', replyTo: target?.id }),
    ]);
    await expect(thread.locator('[data-e2e="comment-level-2"]')).toHaveText('We are on it, sorry!');
    expect(await api(page, (r) => r.editorText())).toBe('');
  });

  test('synthetic paste inserts into Draft (the extension technique)', async ({ openReplica }) => {
    const page = await openReplica('tiktok', PATH);
    const editor = page.locator('div[data-e2e="comment-input"] [contenteditable="true"]');
    await editor.click();
    await page.evaluate(() => {
      const el = document.querySelector('div[data-e2e="comment-input"] [contenteditable="true"]') as HTMLElement;
      const dt = new DataTransfer();
      dt.setData('text/plain', 'pasted text');
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    });
    await expect.poll(() => api(page, (r) => r.editorText())).toBe('pasted text');
    expect(await api(page, (r) => r.isSubmitEnabled())).toBe(true);
  });

  test('?n=2000, ?layout=renamed, ?lang=es, logged out', async ({ openReplica }) => {
    const page = await openReplica('tiktok', PATH, { n: 2000 });
    await expect(page.locator('[data-e2e="comment-level-1"], [data-e2e="comment-level-2"]')).toHaveCount(2000);
    expect(await api(page, (r) => r.comments.length)).toBe(2000);

    const renamed = await openReplica('tiktok', PATH, { layout: 'renamed' });
    for (const e of [
      'comment-input',
      'comment-post',
      'comment-level-1',
      'comment-reply-1',
      'comment-username-1',
      'nav-profile',
      'profile-icon',
    ]) {
      await expect(renamed.locator(`[data-e2e="${e}"]`)).toHaveCount(0);
    }
    await expect(renamed.locator('[class*="DivCommentObjectWrapper"], [class*="DivCommentFooter"]')).toHaveCount(0);
    await renamed.getByRole('textbox').click();
    await renamed.keyboard.type('still works');
    await renamed.getByRole('button', { name: 'Post', exact: true }).click();
    expect(await api(renamed, (r) => r.submitted.map((s) => s.text))).toEqual(['still works']);

    const es = await openReplica('tiktok', PATH, { lang: 'es' });
    await expect(es.locator('[data-e2e="comment-post"]')).toHaveText('Publicar');
    await expect(es.locator('.public-DraftEditorPlaceholder-inner')).toHaveText('Añadir comentario...');

    const out = await openReplica('tiktok', PATH, { loggedout: 1 });
    await expect(out.locator('a[data-e2e="nav-profile"]')).toHaveAttribute('href', '/@');
    await expect(out.locator('[data-e2e="top-login-button"]')).toHaveCount(1);
    expect(await api(out, (r) => r.account)).toBeNull();
  });
});

test.describe('X replica, extension techniques', () => {
  test('synthetic paste into the inline Draft editor enables Reply', async ({ openReplica }) => {
    const page = await openReplica('x', DEFAULT_PATHS.x);
    await page.locator('main [data-testid="tweetTextarea_0"]').click();
    await page.evaluate(() => {
      const el = document.querySelector('main [data-testid="tweetTextarea_0"]') as HTMLElement;
      const dt = new DataTransfer();
      dt.setData('text/plain', 'para one\n\npara two');
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    });
    await expect.poll(() => api(page, (r) => r.editorText())).toBe('para one\n\npara two');
    await expect(page.getByTestId('tweetButtonInline')).toBeEnabled();
  });
});

test.describe('replicas with the built extension loaded', () => {
  test.use({ withExtension: true });

  for (const site of ['x', 'instagram', 'tiktok'] as const) {
    test(`${site}: loads, no page errors, keyboard input reaches the editor state`, async ({
      openReplica,
      consoleErrors,
      extensionId,
    }) => {
      expect(extensionId).toMatch(/^[a-p]{32}$/);
      const page = await openReplica(site, DEFAULT_PATHS[site]);
      const editor = {
        x: 'main [data-testid="tweetTextarea_0"]',
        instagram: 'form textarea',
        tiktok: 'div[data-e2e="comment-input"] [contenteditable="true"]',
      }[site];
      await page.locator(editor).focus();
      await page.keyboard.type('coexist');
      expect(await api(page, (r) => r.editorText())).toBe('coexist');
      expect(await api(page, (r) => r.isSubmitEnabled())).toBe(true);
      expect(realErrors(consoleErrors).filter((e) => e.kind === 'pageerror')).toEqual([]);
    });
  }
});
