import { test, expect, type Site } from './harness';
import type { Page } from '@playwright/test';
import { SITES, chipCount, extSend, replica, setTemplates } from './util';

const BRAND_TEMPLATE = {
  id: 'tpl-delays',
  title: 'Shipping delays',
  body: 'Hi {first_name|there}, we are sorry for the shipping delay.',
  tags: ['shipping'],
  brandOnly: true,
};

const COMPOSER: Record<Site, string> = {
  x: '[data-testid="tweetTextarea_0"]',
  instagram: 'form textarea',
  tiktok: '[data-e2e="comment-input"] [contenteditable="true"]',
};
const SUBMIT_KEY: Record<Site, string> = { x: 'Control+Enter', instagram: 'Enter', tiktok: 'Enter' };

function submitButton(page: Page, site: Site) {
  if (site === 'x') return page.getByTestId('tweetButtonInline');
  if (site === 'tiktok') return page.locator('[data-e2e="comment-post"]');
  return page.locator('form').getByRole('button', { name: 'Post', exact: true });
}

async function setup(page: Page, popup: Page, site: Site, role: 'brand' | 'personal') {
  await setTemplates(popup, [BRAND_TEMPLATE]);
  await extSend(popup, 'accounts.set', { site, handle: 'jane_doe', role });
  await expect.poll(() => chipCount(page), { timeout: 15_000 }).toBeGreaterThan(2);
  // The tab re-reads accounts when the background announces the change.
  await expect(page.getByTestId('riposte-badge-role')).toHaveText(role === 'brand' ? 'Brand' : 'Personal', {
    timeout: 10_000,
  });
}

async function insertBrandTemplate(page: Page, site: Site) {
  await page.locator(COMPOSER[site]).first().click();
  await page.keyboard.press('Alt+Shift+R');
  await expect(page.getByTestId('riposte-picker').getByRole('combobox')).toBeFocused();
  await page.keyboard.type('shipping delays');
  await page.keyboard.press('1');
  await expect.poll(() => replica.editorText(page)).toContain('we are sorry for the shipping delay.');
}

const dialog = (page: Page) => page.getByTestId('riposte-guard-dialog');

for (const site of SITES) {
  test.describe(`${site}: account guard`, () => {
    test('personal account + brand-only template: click and keyboard submits are held; Cancel keeps the text; Post anyway posts once', async ({
      openReplica,
      popup,
      idb,
    }) => {
      const page = await openReplica(site, undefined, { account: 'jane_doe' });
      const p = await popup();
      await setup(page, p, site, 'personal');
      await insertBrandTemplate(page, site);
      const text = await replica.editorText(page);

      await submitButton(page, site).click();
      await expect(dialog(page)).toBeVisible();
      await expect(page.getByTestId('riposte-guard-message')).toHaveText(
        "You are logged in as @jane_doe (personal). This reply uses the brand template 'Shipping delays'.",
      );
      // Focus is in the dialog; Cancel keeps the text and posts nothing.
      await expect(dialog(page).getByRole('button', { name: 'Cancel' })).toBeFocused();
      // Tabbing once per button comes back round to Cancel: focus never leaves the dialog.
      const buttons = await dialog(page).getByRole('button').count();
      expect(buttons).toBe(site === 'instagram' ? 2 : 3); // Switch account only where the site has a switcher
      for (let i = 0; i < buttons; i++) await page.keyboard.press('Tab');
      await expect(dialog(page).getByRole('button', { name: 'Cancel' })).toBeFocused(); // trapped
      await dialog(page).getByRole('button', { name: 'Cancel' }).click();
      await expect(dialog(page)).toBeHidden();
      expect(await replica.editorText(page)).toBe(text);
      expect(await replica.submitted(page)).toEqual([]);

      if (site === 'tiktok') {
        // TikTok's Post is a div[role=button]: Enter on it (reached with Tab) is held too.
        await submitButton(page, site).focus();
        await page.keyboard.press('Enter');
        await expect(dialog(page)).toBeVisible();
        await dialog(page).getByRole('button', { name: 'Cancel' }).click();
        await expect(dialog(page)).toBeHidden();
        expect(await replica.submitted(page)).toEqual([]);
      }

      await page.locator(COMPOSER[site]).first().click();
      await page.keyboard.press(SUBMIT_KEY[site]);
      await expect(dialog(page)).toBeVisible();
      expect(await replica.submitted(page)).toEqual([]);
      await dialog(page).getByRole('button', { name: 'Post anyway' }).click();
      await expect.poll(async () => (await replica.submitted(page)).length).toBe(1);
      await page.waitForTimeout(500);
      const submitted = await replica.submitted(page);
      expect(submitted).toHaveLength(1);
      expect(submitted[0]!.text.trim()).toBe(text.trim());

      await expect
        .poll(async () =>
          ((await idb('riposte', 'guardEvents')) as { decision: string }[]).map((e) => e.decision).sort(),
        )
        .toEqual(
          site === 'tiktok'
            ? ['cancel', 'cancel', 'held', 'held', 'held', 'post-anyway']
            : ['cancel', 'held', 'held', 'post-anyway'],
        );
    });

    test('brand account + brand-only template: no dialog, one submission', async ({ openReplica, popup }) => {
      const page = await openReplica(site, undefined, { account: 'jane_doe' });
      await setup(page, await popup(), site, 'brand');
      await insertBrandTemplate(page, site);
      await submitButton(page, site).click();
      await expect.poll(async () => (await replica.submitted(page)).length).toBe(1);
      await expect(dialog(page)).toHaveCount(0);
    });
  });
}

test('x: switching accounts in the site updates the badge and the guard', async ({ openReplica, popup }) => {
  const page = await openReplica('x', undefined, { account: 'jane_doe' });
  const p = await popup();
  await setup(page, p, 'x', 'brand');
  await insertBrandTemplate(page, 'x');
  // Switch to the other account through X's own account switcher, without a reload.
  await page.getByTestId('SideNav_AccountSwitcher_Button').click();
  await page
    .locator('[data-testid="HoverCard"] button[data-testid="UserCell"][aria-label="Switch to @brandco"]')
    .click();
  await expect(page.getByTestId('riposte-badge-handle')).toHaveText('@brandco');
  await expect(page.getByTestId('riposte-badge-role')).toHaveText('Unregistered');
  await submitButton(page, 'x').click();
  await expect(dialog(page)).toBeVisible();
  await expect(page.getByTestId('riposte-guard-message')).toContainText(
    'You started this reply as @jane_doe, but the active account is now @brandco.',
  );
  await dialog(page).getByRole('button', { name: 'Cancel' }).click();
  expect(await replica.submitted(page)).toEqual([]);
});

test('x: one click on the badge registers the account; brand work mode from the popup holds a typed reply from it; Switch account opens the site’s switcher; the mode is remembered for the site', async ({
  openReplica,
  popup,
}) => {
  const page = await openReplica('x', undefined, { account: 'jane_doe' });
  await expect.poll(() => chipCount(page), { timeout: 15_000 }).toBeGreaterThan(2);
  await expect(page.getByTestId('riposte-badge-role')).toHaveText('Unregistered');
  await page.getByTestId('riposte-badge').getByRole('button', { name: 'This is my personal account' }).click();
  await expect(page.getByTestId('riposte-badge-role')).toHaveText('Personal');
  await expect(page.getByTestId('riposte-badge')).toHaveAttribute('data-role', 'personal');
  const p = await popup();
  const accounts = await extSend<{ site: string; handle: string; role: string }[]>(p, 'accounts.list', {});
  expect(accounts).toContainEqual(expect.objectContaining({ site: 'x', handle: 'jane_doe', role: 'personal' }));

  // Work mode "brand" for X, set in the popup, reaches the open tab.
  await p.getByTestId('workmode-x').selectOption('brand');
  await expect(page.getByTestId('riposte-workmode')).toHaveValue('brand', { timeout: 10_000 });

  // A reply typed by hand (no template) from the personal account: the keyboard submit is held.
  await page.locator(COMPOSER.x).first().click();
  await page.keyboard.type('Sounds great, thanks!');
  await page.keyboard.press(SUBMIT_KEY.x);
  await expect(dialog(page)).toBeVisible();
  await expect(page.getByTestId('riposte-guard-message')).toContainText(
    'You are logged in as @jane_doe (personal). Your work mode is brand, but this is a personal account.',
  );
  // Switch account: the site's own switcher opens; nothing is posted; the text stays.
  await dialog(page).getByRole('button', { name: 'Switch account' }).click();
  await expect(dialog(page)).toHaveCount(0);
  await expect(page.locator('[data-testid="HoverCard"]')).toBeVisible();
  expect(await replica.submitted(page)).toEqual([]);
  expect(await replica.editorText(page)).toContain('Sounds great, thanks!');

  // Remembered for the site: another X tab opens in brand mode.
  const again = await openReplica('x', undefined, { account: 'jane_doe' });
  await expect(again.getByTestId('riposte-workmode')).toHaveValue('brand', { timeout: 10_000 });
});
