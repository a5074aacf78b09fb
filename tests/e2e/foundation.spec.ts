import { test, expect } from './harness';
import { SITES, chipCount, replica } from './util';

for (const site of SITES) {
  test.describe(`${site}: the content script boots on the replica`, () => {
    test('sees the comments, mounts shadow-root UI, stores through the background, popup shows it', async ({
      openReplica,
      idb,
      popup,
      offsiteRequests,
    }) => {
      const page = await openReplica(site);
      const comments = (await replica.comments(page)).filter((c) => !c.own);
      expect(comments.length).toBeGreaterThanOrEqual(4);

      // Every comment gets a chip inside its own shadow root.
      await expect.poll(() => chipCount(page), { timeout: 15_000 }).toBeGreaterThanOrEqual(comments.length);

      // The account badge shows the account the page says is logged in.
      const account = await replica.account(page);
      const badge = page.getByTestId('riposte-badge');
      await expect(badge).toBeVisible();
      await expect(page.getByTestId('riposte-badge-handle')).toHaveText(`@${account}`);
      // Our UI keeps its own font inside the shadow root, whatever the site's CSS does.
      const font = await page
        .getByTestId('riposte-badge')
        .evaluate((el) => getComputedStyle(el.closest('.riposte-root')!).fontSize);
      expect(font).toBe('14px');
      // Tailwind's shadow utilities work inside our shadow root without document-level @property rules.
      expect(await badge.evaluate((el) => getComputedStyle(el).boxShadow)).not.toBe('none');

      // The comments reached the extension's IndexedDB through the background, once each.
      await expect
        .poll(
          async () => ((await idb('riposte', 'comments')) as { site: string }[]).filter((c) => c.site === site).length,
          { timeout: 15_000 },
        )
        .toBeGreaterThanOrEqual(comments.length);
      const stored = (await idb('riposte', 'comments')) as { site: string; commentId: string; text: string }[];
      for (const c of comments.slice(0, 3)) {
        expect(stored.some((s) => s.site === site && s.text.includes(c.text.slice(0, 20)))).toBe(true);
      }
      const keys = stored.map((s) => `${s.site}:${s.commentId}`);
      expect(new Set(keys).size).toBe(keys.length);

      // The popup reads the same data back from the background.
      const p = await popup();
      await expect(p.getByTestId('count-comments')).not.toHaveText('0', { timeout: 10_000 });
      expect(Number(await p.getByTestId('count-comments').textContent())).toBe(stored.length);
      await expect(p.getByTestId('version')).toContainText('0.1.0');

      expect(offsiteRequests.filter((r) => r.kind === 'offsite' || r.source === 'extension')).toEqual([]);
    });
  });
}
