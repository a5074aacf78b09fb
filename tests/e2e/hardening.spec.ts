/**
 * Hardening (issue "Hardening"): the extension keeps its data and the page keeps working when the
 * MV3 service worker restarts mid-stream, when several tabs write at once, when the page carries
 * hostile content, when the site's layout is unknown, and it never talks to the network.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, readObjectStore, realErrors, DEFAULT_PATHS, SITE_ORIGINS, type Site } from './harness';
import { SITES, chipCount, replica } from './util';

interface StoredComment {
  key: string;
  site: string;
  commentId: string;
  text: string;
}
interface StoredReply {
  id: number;
  site: string;
  text: string;
  commentKey?: string;
}

/** Reads an object store from an extension page we keep open (works while the worker is stopped). */
function readStore<T>(ext: Page, db: string, store: string): Promise<T[]> {
  return ext.evaluate(readObjectStore, [db, store, true] as [string, string, boolean]) as Promise<T[]>;
}

async function extensionPage(context: BrowserContext, extensionId: string): Promise<Page> {
  const p = await context.newPage();
  await p.goto(`chrome-extension://${extensionId}/manifest.json`);
  return p;
}

/** Stops the extension's MV3 service worker the way Chrome does when it goes idle (CDP). */
async function stopServiceWorker(context: BrowserContext, page: Page, extensionId: string): Promise<boolean> {
  const cdp = await context.newCDPSession(page);
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as {
      targetInfos: { targetId: string; type: string; url: string }[];
    };
    const sw = targetInfos.find(
      (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`),
    );
    if (!sw) return false;
    const { success } = (await cdp.send('Target.closeTarget', { targetId: sw.targetId })) as { success: boolean };
    return success;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

const byKey = <T extends { site: string; commentId: string }>(rows: T[]) => rows.map((r) => `${r.site}:${r.commentId}`);

/** Distinct comment ids the content script tagged on the page (what the page shows). */
function pageIds(page: Page): Promise<string[]> {
  return page.evaluate(() => [
    ...new Set([...document.querySelectorAll('[data-riposte-id]')].map((e) => e.getAttribute('data-riposte-id')!)),
  ]);
}

test.describe('hardening', () => {
  test('service-worker restart mid-stream: 300 comments stored exactly once, a reply sent meanwhile stored once', async ({
    context,
    openReplica,
    extensionId,
    consoleErrors,
  }) => {
    test.setTimeout(60_000);
    const ext = await extensionPage(context, extensionId);
    const warnings: string[] = [];
    const page = await openReplica('x', undefined, { n: 300 });
    page.on('console', (m) => {
      if (m.type() === 'warning' && m.text().includes('[riposte')) warnings.push(m.text());
    });
    const generated = (await replica.comments(page)).map((c) => c.id);
    expect(generated).toHaveLength(300);
    const count = async () => (await readStore<StoredComment>(ext, 'riposte', 'comments')).length;

    // Stop the worker a few times while the comments stream in (from the moment the page is up), and
    // once right after a reply was submitted: batches and the reply are sent while it is stopping,
    // stopped and starting again. (Each restart is short, as in real life: the content script's retries
    // cover a few seconds of unavailability, not a worker that is killed over and over.)
    const stops: number[] = [];
    const stop = async () => {
      // A worker that was just stopped comes back with the next message: wait for it briefly.
      for (let tries = 0; tries < 10; tries++) {
        if (await stopServiceWorker(context, page, extensionId)) {
          stops.push(await count());
          return;
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    const killer = (async () => {
      for (let i = 0; i < 4; i++) {
        await stop();
        await new Promise((r) => setTimeout(r, 450));
      }
    })();

    // Reply to a comment meanwhile.
    const target = generated[5]!;
    const article = page.locator('article[data-testid="tweet"]', {
      has: page.locator(`a[href$="/status/${target}"]`),
    });
    await article.getByTestId('reply').click();
    const modal = page.getByRole('dialog');
    await modal.getByTestId('tweetTextarea_0').click();
    const replyText = `Thanks for writing in, we are on it ${Date.now()}`;
    await page.keyboard.type(replyText);
    await killer;
    await modal.getByTestId('tweetButton').click();
    await stop();
    await expect.poll(async () => (await replica.submitted(page)).length).toBe(1);
    await page.waitForTimeout(300); // the reply is recorded once the composer cleared
    await stop();
    // At least three restarts landed while comments or the reply were in flight.
    expect(stops.length).toBeGreaterThanOrEqual(3);

    // Every comment the page shows (the 300, the focused post and our own reply) ends up stored once.
    await expect
      .poll(
        async () => {
          const stored = await readStore<StoredComment>(ext, 'riposte', 'comments');
          const ids = new Set(stored.filter((c) => c.site === 'x').map((c) => c.commentId));
          return generated.filter((id) => !ids.has(id)).length;
        },
        { timeout: 25_000 },
      )
      .toBe(0);
    const shown = await pageIds(page);
    await expect.poll(count, { timeout: 10_000 }).toBe(shown.length);
    const stored = await readStore<StoredComment>(ext, 'riposte', 'comments');
    const keys = byKey(stored);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(stored.map((c) => c.commentId))).toEqual(new Set(shown));

    // The reply sent during the restart: stored once, linked to the comment it answered.
    await expect
      .poll(async () => (await readStore<StoredReply>(ext, 'riposte', 'replies')).length, { timeout: 10_000 })
      .toBeGreaterThan(0);
    await page.waitForTimeout(1500); // a retried duplicate would land within the retry window
    const replies = await readStore<StoredReply>(ext, 'riposte', 'replies');
    expect(replies.map((r) => ({ site: r.site, text: r.text, commentKey: r.commentKey }))).toEqual([
      { site: 'x', text: replyText, commentKey: `x:${target}` },
    ]);
    const answered = (await readStore<StoredComment & { firstReplyAt?: number }>(ext, 'riposte', 'comments')).find(
      (c) => c.commentId === target,
    );
    expect(answered?.firstReplyAt).toBeGreaterThan(0);

    expect(warnings.filter((w) => /could not record/.test(w))).toEqual([]);
    expect(realErrors(consoleErrors, page)).toEqual([]);
  });

  test('many tabs: three sites with 200 comments each write at once; per-site counts match the pages, no duplicates', async ({
    context,
    openReplica,
    extensionId,
    consoleErrors,
  }) => {
    test.setTimeout(60_000);
    const ext = await extensionPage(context, extensionId);
    const pages = await Promise.all(SITES.map((site) => openReplica(site, undefined, { n: 200 })));
    const generated = await Promise.all(pages.map((p) => replica.comments(p)));
    for (const g of generated) expect(g).toHaveLength(200);

    // Every page tags all of its comments; the store ends up holding exactly what the pages show.
    for (const page of pages) {
      await expect.poll(() => chipCount(page), { timeout: 20_000 }).toBeGreaterThanOrEqual(200);
    }
    const shown = await Promise.all(pages.map(pageIds));
    const storedFor = async (site: Site) =>
      (await readStore<StoredComment>(ext, 'riposte', 'comments')).filter((c) => c.site === site);
    for (const [i, site] of SITES.entries()) {
      await expect.poll(async () => (await storedFor(site)).length, { timeout: 15_000 }).toBe(shown[i]!.length);
    }
    const stored = await readStore<StoredComment>(ext, 'riposte', 'comments');
    const keys = byKey(stored);
    expect(new Set(keys).size).toBe(keys.length);
    expect(stored.length).toBe(shown.reduce((n, ids) => n + ids.length, 0));
    for (const [i, site] of SITES.entries()) {
      const ids = new Set(stored.filter((c) => c.site === site).map((c) => c.commentId));
      expect(ids).toEqual(new Set(shown[i]));
      // 200 generated comments; X also shows (and records) the focused post the conversation answers.
      const extra = site === 'x' ? [DEFAULT_PATHS.x.split('/').pop()!] : [];
      expect(shown[i]!.length).toBe(200 + extra.length);
      if (site !== 'tiktok') {
        // X and Instagram ids are the sites' own; TikTok's are derived (the page does not expose them).
        expect(ids).toEqual(new Set([...generated[i]!.map((c) => c.id), ...extra]));
      }
      // Nothing of one tab was recorded under another site.
      expect(stored.filter((c) => c.site === site).every((c) => c.key === `${site}:${c.commentId}`)).toBe(true);
    }
    for (const page of pages) expect(realErrors(consoleErrors, page)).toEqual([]);
  });

  for (const site of SITES) {
    test(`${site}: hostile page content stays text, runs no script, tags without stalls`, async ({
      context,
      openReplica,
      extensionId,
      consoleErrors,
      offsiteRequests,
    }) => {
      test.setTimeout(45_000);
      await context.addInitScript(() => {
        const w = window as unknown as { __longTasks: [number, number][] };
        w.__longTasks = [];
        try {
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) w.__longTasks.push([e.startTime, e.duration]);
          }).observe({ type: 'longtask', buffered: true });
        } catch {
          /* no longtask support */
        }
      });
      const dialogs: string[] = [];
      context.on('page', (p) => p.on('dialog', (d) => (dialogs.push(d.message()), void d.dismiss())));
      const page = await openReplica(site, undefined, { hostile: 1 });
      page.on('dialog', (d) => (dialogs.push(d.message()), void d.dismiss()));
      const readyPerf = await page.evaluate(() => performance.now());
      const comments = (await replica.comments(page)).filter((c) => !c.own);
      const hostile = comments.filter((c) => /<script>|onload|\u202e|\u200b|😀😀😀|very long complaint/.test(c.text));
      expect(hostile.length).toBe(6);

      // Every comment, the 50,000-character and 10,000-emoji ones included, gets its chip (how fast is a
      // figure of npm run bench: hostile.analyze_*; here only a hang fails).
      await expect.poll(() => chipCount(page), { timeout: 15_000 }).toBeGreaterThanOrEqual(comments.length);

      // The site re-renders that comment with more markup-looking text (a copy of its row replaces the
      // text): it must stay text as well.
      await page.evaluate(() => {
        const marker = '<script>alert("xss")</script>';
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        let text: Node | null = null;
        for (let n = walker.nextNode(); n && !text; n = walker.nextNode())
          if (n.textContent?.includes(marker)) text = n;
        let row = text!.parentElement!;
        while (!row.matches('[data-riposte-id]') && !row.querySelector('[data-riposte-id]')) row = row.parentElement!;
        const copy = row.cloneNode(true) as Element;
        const w2 = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
        for (let n = w2.nextNode(); n; n = w2.nextNode()) {
          if (n.textContent?.includes(marker)) {
            (n as Text).data += ' <img src=x onerror="window.__pwned=1"><b onmouseover="window.__pwned=2">b</b>';
            break;
          }
        }
        row.after(copy);
      });
      const ext = await extensionPage(context, extensionId);
      await expect
        .poll(
          async () =>
            (await readStore<StoredComment>(ext, 'riposte', 'comments')).some(
              (c) => c.site === site && c.text.includes('onerror="window.__pwned=1"'),
            ),
          { timeout: 10_000 },
        )
        .toBe(true);
      await page.bringToFront();
      await page.mouse.move(5, 5);

      // No script ran, nothing turned into markup: chips hold only our own elements.
      expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
      expect(dialogs).toEqual([]);
      const dom = await page.evaluate(() => {
        const roots: (Document | ShadowRoot)[] = [document];
        for (const el of document.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
        const handlers = roots.flatMap((r) =>
          [...r.querySelectorAll('*')].flatMap((el) =>
            [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName}[${a.name}]`),
          ),
        );
        const chipTags = new Set<string>();
        const chipTexts: string[] = [];
        for (const host of document.querySelectorAll('[data-riposte-chip]')) {
          if (!host.shadowRoot) continue; // a chip host copied along with the re-rendered row
          for (const el of host.shadowRoot.querySelectorAll('*')) chipTags.add(el.tagName);
          chipTexts.push(host.shadowRoot.textContent ?? '');
        }
        return {
          handlers,
          chipTags: [...chipTags].sort(),
          chipTextHasMarkup: chipTexts.some((t) => /<|onerror|alert\(/.test(t)),
          injected: roots.reduce(
            (n, r) =>
              n +
              [...r.querySelectorAll('img[src="x"], svg, script')].filter(
                (el) => el.getAttribute('src') === 'x' || /alert\(|__pwned/.test(el.outerHTML),
              ).length,
            0,
          ),
        };
      });
      expect(dom.handlers).toEqual([]);
      expect(dom.injected).toBe(0);
      expect(dom.chipTextHasMarkup).toBe(false);
      expect(dom.chipTags.every((t) => ['STYLE', 'SPAN', 'BUTTON'].includes(t))).toBe(true);

      // The hostile texts were recorded as text (the huge one bounded, nothing lost).
      const stored = (await readStore<StoredComment>(ext, 'riposte', 'comments')).filter((c) => c.site === site);
      expect(stored.length).toBeGreaterThanOrEqual(comments.length);
      const long = stored.find((c) => c.text.includes('very long complaint'))!;
      expect(long.text.length).toBeGreaterThan(40_000);
      expect(long.text.length).toBeLessThanOrEqual(50_000);
      expect(stored.some((c) => c.text.includes('😀'.repeat(1000)))).toBe(true);

      // No stall once the page is up: no task blocked the main thread for long while we tagged. (Before
      // `ready` the replica's own first render dominates; the bound is loose because the CPU is shared.)
      const longTasks = (
        await page.evaluate(() => (window as unknown as { __longTasks: [number, number][] }).__longTasks)
      ).filter(([start]) => start >= readyPerf);
      expect(Math.max(0, ...longTasks.map(([, d]) => d))).toBeLessThan(1_000);
      // An <img src=x> turned into markup would have requested /x from the site.
      expect(offsiteRequests.filter((r) => /\/x$/.test(new URL(r.url).pathname))).toEqual([]);
      expect(realErrors(consoleErrors, page)).toEqual([]);
    });
  }

  const COMPOSER: Record<Site, string> = {
    x: '[contenteditable="true"]',
    instagram: 'form textarea',
    tiktok: '[contenteditable="true"]',
  };
  const SUBMIT_KEY: Record<Site, string> = { x: 'Control+Enter', instagram: 'Enter', tiktok: 'Enter' };
  /** Whether `?layout=renamed` removes hooks the adapter needs (X, TikTok: test ids renamed). */
  const RENAMED_BREAKS: Record<Site, boolean> = { x: true, instagram: false, tiktok: true };

  for (const site of SITES) {
    test(`${site}: unknown layout keeps the page usable, says so, and records the missing selectors`, async ({
      context,
      openReplica,
      extensionId,
      consoleErrors,
    }) => {
      test.setTimeout(40_000);
      const page = await openReplica(site, undefined, { layout: 'renamed' });
      const notice = page.locator('[data-riposte-layout-notice]');
      const ext = await extensionPage(context, extensionId);
      type Row = { site: string; selector: string; count: number; url: string };
      const diagnostics = async () =>
        (await readStore<Row>(ext, 'riposte', 'diagnostics')).filter((r) => r.site === site);

      if (RENAMED_BREAKS[site]) {
        // The notice appears once the page settled.
        await expect(notice).toHaveCount(1, { timeout: 10_000 });
        const noticeText = await notice.evaluate((h) => h.shadowRoot?.textContent ?? '');
        expect(noticeText).toMatch(/layout/i);
        // The diagnostics store names the selectors that matched nothing on this site, as the notice does.
        let rows: Row[] = [];
        await expect.poll(async () => (rows = await diagnostics()).length, { timeout: 10_000 }).toBeGreaterThan(0);
        for (const r of rows) {
          expect(r.selector).toMatch(/^\w+$/);
          expect(noticeText).toContain(r.selector);
          expect(r.url.startsWith(SITE_ORIGINS[site])).toBe(true);
          expect(r.count).toBeGreaterThanOrEqual(1);
        }
      } else {
        // Instagram's renamed layout only renames labels (placeholder, button and image texts); the adapter
        // reads structure, so it keeps working: every comment tagged, and no false alarm.
        const n = (await replica.comments(page)).filter((c) => !c.own).length;
        await expect.poll(() => chipCount(page), { timeout: 10_000 }).toBeGreaterThanOrEqual(n);
        await page.waitForTimeout(3_000); // past the notice's settle time
        await expect(notice).toHaveCount(0);
        expect(await diagnostics()).toEqual([]);
      }

      // The site still works as a human uses it: type into its composer and send.
      await page.locator(COMPOSER[site]).first().click();
      const text = 'Still works with the new layout';
      await page.keyboard.type(text);
      await expect.poll(() => replica.editorText(page)).toBe(text);
      await page.keyboard.press(SUBMIT_KEY[site]);
      await expect.poll(async () => (await replica.submitted(page)).map((s) => s.text)).toEqual([text]);
      await expect.poll(() => replica.editorText(page)).toBe('');
      // The notice never took the focus away from the page.
      expect(await page.evaluate(() => !!document.activeElement?.closest('[data-riposte-layout-notice]'))).toBe(false);

      expect(realErrors(consoleErrors)).toEqual([]);
      expect(consoleErrors.filter((e) => e.kind === 'pageerror')).toEqual([]);
    });
  }

  test('no network: popup, options page and all three sites make no offsite request, none from the extension', async ({
    context,
    openReplica,
    popup,
    extensionId,
    offsiteRequests,
    consoleErrors,
  }) => {
    test.setTimeout(45_000);
    for (const site of SITES) {
      const page = await openReplica(site);
      const n = (await replica.comments(page)).filter((c) => !c.own).length;
      await expect.poll(() => chipCount(page), { timeout: 15_000 }).toBeGreaterThanOrEqual(n);
      await expect(page.getByTestId('riposte-badge')).toBeVisible();
      // Open the template picker in the site's composer (renders templates from the background).
      await page.locator(COMPOSER[site]).first().click();
      await page.keyboard.press('Alt+Shift+R');
      await expect(page.getByTestId('riposte-picker')).toBeVisible();
      await page.keyboard.press('Escape');
    }
    const p = await popup();
    await expect(p.getByTestId('count-comments')).not.toHaveText('0', { timeout: 10_000 });
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    // Visit every tab of the options page, ending on Diagnostics.
    const tabs = options.getByRole('tab');
    await expect(tabs.first()).toBeVisible({ timeout: 10_000 });
    for (let i = 0; i < (await tabs.count()); i++) {
      await tabs.nth(i).click();
      await expect(tabs.nth(i)).toHaveAttribute('aria-selected', 'true');
      await options.waitForTimeout(200);
    }
    await expect(options.getByTestId('options-counts')).toBeVisible({ timeout: 10_000 });
    for (const site of SITES) await expect(options.getByTestId(`health-${site}`)).toBeVisible();
    // Let timers, alarms and lazy loads run.
    await p.reload();
    await expect(p.getByTestId('count-comments')).not.toHaveText('0', { timeout: 10_000 });
    await options.waitForTimeout(1_500);

    expect(offsiteRequests.filter((r) => r.source === 'extension')).toEqual([]);
    expect(offsiteRequests.filter((r) => r.kind === 'offsite' || r.kind === 'websocket')).toEqual([]);
    expect(realErrors(consoleErrors).map((e) => `${e.pageUrl}: ${e.text}`)).toEqual([]);
  });
});
