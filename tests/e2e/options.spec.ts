/**
 * The options page, driven as a person would: templates (starter library, editor with live preview,
 * variable errors and platform counts, search, duplicate, delete with undo, import/export), accounts,
 * and the data tab (backup → delete everything → restore).
 */
import type { BrowserContext, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { test, expect } from './harness';
import { extSend, replica, chipCount } from './util';

interface StoredTemplate {
  id: string;
  title: string;
  body: string;
  tags: string[];
  platforms: string[];
  brandOnly: boolean;
  abbreviation?: string;
  variants: { language: string }[];
}

async function optionsPage(context: BrowserContext, extensionId: string, tab = 'tabTemplates'): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html#${tab}`);
  await expect(page.getByTestId(tab)).toHaveAttribute('aria-selected', 'true');
  return page;
}

const list = (page: Page) => extSend<StoredTemplate[]>(page, 'templates.list', {});

/** The starter library is seeded by the background on install; wait for it before counting. */
async function seeded(page: Page): Promise<StoredTemplate[]> {
  await expect.poll(async () => (await list(page)).length, { timeout: 10_000 }).toBeGreaterThanOrEqual(5);
  return list(page);
}

test('templates: the starter library in four languages; create with live preview, variable errors and platform counts; search; duplicate; delete with undo', async ({
  context,
  extensionId,
}) => {
  const page = await optionsPage(context, extensionId);
  const starters = await seeded(page);
  // Thanks, shipping, complaint → DMs, moderation notice, crisis holding statement… each in en + es, ru, nl.
  for (const s of starters) expect(s.variants.map((v) => v.language).sort()).toEqual(['es', 'nl', 'ru']);
  await expect(page.getByTestId('tpl-list').locator('li button')).toHaveCount(starters.length);

  await page.getByTestId('tpl-new').click();
  await page.getByTestId('tpl-title').fill('Order status');
  // An unknown variable is an error shown in the editor, naming it.
  await page.getByTestId('tpl-body').fill('Hi {first_name|there}, your order {oops} ships today 📦');
  await expect(page.getByTestId('tpl-errors')).toContainText('oops');
  await page.getByTestId('tpl-body').fill('Hi {first_name|there}, your order ships today 📦');
  await expect(page.getByTestId('tpl-errors')).toHaveCount(0);
  // Live preview with sample values, per platform, with that platform's count (X weighs the emoji as 2).
  const preview = page.getByTestId('tpl-preview');
  await expect(preview).toContainText('Hi María, your order ships today 📦');
  const plain = 'Hi María, your order ships today ';
  await expect(page.getByTestId('tpl-count-x')).toHaveText(`${plain.length + 2}/280`);
  await expect(page.getByTestId('tpl-count-tiktok')).toHaveText(`${[...plain].length + 1}/150`);
  // Typed key by key, as people do: the comma and space before the next tag stay in the box.
  await page.getByTestId('tpl-tags').pressSequentially('orders, order status');
  await expect(page.getByTestId('tpl-tags')).toHaveValue('orders, order status');
  await page.getByTestId('tpl-abbreviation').fill(';order');
  await page.getByTestId('tpl-save').click();
  await expect(page.getByTestId('tpl-status')).toHaveText('Saved.');
  let stored = (await list(page)).find((t) => t.title === 'Order status');
  expect(stored).toMatchObject({
    body: 'Hi {first_name|there}, your order ships today 📦',
    tags: ['orders', 'order status'],
    abbreviation: ';order',
  });

  // Over TikTok's 150 characters: the count says so.
  await page.getByTestId('tpl-body').fill('x'.repeat(151));
  await expect(page.getByTestId('tpl-count-tiktok')).toHaveText('151/150');
  await expect(page.getByTestId('tpl-count-tiktok')).toHaveClass(/text-red/);
  await page.getByTestId('tpl-body').fill('Hi {first_name|there}, your order ships today 📦');

  // A variant shows its own errors and counts (a Spanish TikTok variant that is too long, a typo).
  await page.getByRole('button', { name: 'Add variant', exact: true }).click();
  const variantBody = page.locator('fieldset textarea').last();
  await variantBody.fill('¡Hola {first_name|}! ' + 'x'.repeat(150));
  await expect(page.getByTestId('var-count-0-tiktok')).toHaveText(/^tiktok \d+\/150$/);
  await expect(page.getByTestId('var-count-0-tiktok')).toHaveClass(/text-red/);
  await variantBody.fill('Hola {frist_name}');
  await expect(page.getByTestId('var-errors-0')).toContainText('frist_name');
  await page.getByRole('button', { name: 'Remove', exact: true }).click();

  // One abbreviation, one template: the starter's ;thx is taken.
  await page.getByTestId('tpl-abbreviation').fill(';THX');
  await page.getByTestId('tpl-save').click();
  await expect(page.getByTestId('tpl-status')).toContainText('is already used by "Thanks for the kind words"');
  expect((await list(page)).find((t) => t.title === 'Order status')?.abbreviation).toBe(';order');
  await page.getByTestId('tpl-abbreviation').fill(';order');

  // Search (fuzzy: a typo still finds it).
  await page.getByTestId('tpl-search').fill('ordr stat');
  await expect(page.getByTestId('tpl-list').locator('li button').first()).toContainText('Order status');

  // Duplicate → a copy, saved separately.
  await page.getByTestId('tpl-list').locator('li button', { hasText: 'Order status' }).first().click();
  await page.getByRole('button', { name: 'Duplicate' }).click();
  await expect(page.getByTestId('tpl-title')).toHaveValue('Order status (copy)');
  await page.getByTestId('tpl-save').click();
  await expect.poll(async () => (await list(page)).filter((t) => t.title.startsWith('Order status')).length).toBe(2);

  // Delete, then undo: it comes back whole.
  await page.getByTestId('tpl-search').fill('');
  await page.getByTestId('tpl-list').locator('li button', { hasText: 'Order status (copy)' }).click();
  await page.getByTestId('tpl-delete').click();
  await expect(page.getByTestId('tpl-status')).toContainText('Deleted "Order status (copy)"');
  await expect.poll(async () => (await list(page)).some((t) => t.title === 'Order status (copy)')).toBe(false);
  await page.getByTestId('tpl-status').getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => (await list(page)).some((t) => t.title === 'Order status (copy)')).toBe(true);
  stored = (await list(page)).find((t) => t.title === 'Order status (copy)');
  expect(stored!.tags).toEqual(['orders', 'order status']);
});

test('templates: a malformed import changes nothing and names the problem; CSV with quotes and line breaks imports; re-import skips duplicates; JSON export round-trips', async ({
  context,
  extensionId,
}) => {
  const page = await optionsPage(context, extensionId);
  const before = await seeded(page);
  const input = page.getByTestId('tpl-import');

  // Wrong type in the second template: nothing at all is written, and the error names the field.
  await input.setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        format: 'riposte-templates',
        version: 1,
        templates: [
          { title: 'Fine', body: 'All good' },
          { title: 42, body: 'Bad title' },
        ],
      }),
    ),
  });
  await expect(page.getByTestId('tpl-status')).toContainText('Nothing was imported');
  await expect(page.getByTestId('tpl-status')).toContainText('title');
  expect((await list(page)).length).toBe(before.length);

  // Not JSON at all.
  await input.setInputFiles({
    name: 'junk.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"templates": ['),
  });
  await expect(page.getByTestId('tpl-status')).toContainText('Nothing was imported');
  expect((await list(page)).length).toBe(before.length);

  // CSV from a spreadsheet: quoted fields with commas, doubled quotes and a line break.
  const csv = [
    'title,body,tags,platforms,language,abbreviation,brand_only',
    '"Sizes, again","Hi {first_name|there}! Our ""true to size"" guide:\nsee the size chart in our bio",sizing|faq,instagram|tiktok,en,;size,false',
    'Holding statement,We are aware of the issue and are looking into it.,crisis,,en,,true',
  ].join('\r\n');
  await input.setInputFiles({ name: 'from-sheet.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByTestId('tpl-status')).toContainText('Imported: 2 added, 0 updated, 0 skipped');
  const after = await list(page);
  expect(after.length).toBe(before.length + 2);
  expect(after.find((t) => t.title === 'Sizes, again')).toMatchObject({
    body: 'Hi {first_name|there}! Our "true to size" guide:\nsee the size chart in our bio',
    tags: ['sizing', 'faq'],
    platforms: ['instagram', 'tiktok'],
    abbreviation: ';size',
    brandOnly: false,
  });
  expect(after.find((t) => t.title === 'Holding statement')!.brandOnly).toBe(true);

  // The same file again, "skip duplicates": nothing new.
  await input.setInputFiles({ name: 'from-sheet.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByTestId('tpl-status')).toContainText('0 added, 0 updated, 2 skipped');
  expect((await list(page)).length).toBe(after.length);

  // Full-fidelity JSON export, then delete everything and import it back: the same templates.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export JSON' }).click(),
  ]);
  const exported = readFileSync((await download.path())!);
  await extSend(page, 'templates.delete', { ids: after.map((t) => t.id) });
  await page.reload();
  await input.setInputFiles({ name: 'riposte-templates.json', mimeType: 'application/json', buffer: exported });
  await expect(page.getByTestId('tpl-status')).toContainText(`Imported: ${after.length} added`);
  const back = await list(page);
  const byId = (rows: StoredTemplate[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
  expect(byId(back)).toEqual(byId(after));
});

test('accounts: registered in the options page, the in-page badge shows the role', async ({
  context,
  extensionId,
  openReplica,
}) => {
  const page = await optionsPage(context, extensionId, 'tabAccounts');
  await page.getByTestId('acc-site').selectOption('x');
  // Typed as people do: with the @ and in another case (handles are case-insensitive).
  await page.getByTestId('acc-handle').fill(' @BrandCo');
  await page.getByTestId('acc-role').selectOption('brand');
  await page.getByTestId('acc-add').click();
  await expect(page.getByTestId('acc-list')).toContainText('@BrandCo');
  expect(await extSend(page, 'accounts.list', {})).toEqual([expect.objectContaining({ site: 'x', role: 'brand' })]);

  const x = await openReplica('x');
  expect((await replica.account(x))?.toLowerCase()).toBe('brandco');
  await expect(x.getByTestId('riposte-badge')).toHaveAttribute('data-role', 'brand');
  await expect(x.getByTestId('riposte-badge-role')).toHaveText('Brand');
});

test('data: backup, delete everything (really), restore: the same records come back', async ({
  context,
  extensionId,
  openReplica,
  idb,
}) => {
  const site = await openReplica('x');
  const shown = (await replica.comments(site)).length;
  await expect.poll(() => chipCount(site), { timeout: 15_000 }).toBeGreaterThanOrEqual(shown - 1);
  await expect
    .poll(async () => (await idb('riposte', 'comments')).length, { timeout: 15_000 })
    .toBeGreaterThanOrEqual(shown - 1);
  await site.close();
  const comments = await idb('riposte', 'comments');
  const templates = await idb('riposte', 'templates');
  expect(templates.length).toBeGreaterThan(0);

  const page = await optionsPage(context, extensionId, 'tabData');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('backup-export').click()]);
  const backup = readFileSync((await download.path())!);
  expect(JSON.parse(backup.toString('utf8'))).toBeTruthy();

  await page.getByTestId('delete-all').click();
  await page.getByTestId('delete-all-confirm').click();
  await expect(page.getByTestId('data-status')).toBeVisible();
  await expect.poll(async () => (await idb('riposte', 'comments')).length).toBe(0);
  expect((await idb('riposte', 'templates')).length).toBe(0);
  expect((await idb('riposte', 'settings')).length).toBe(0);

  // A file that is not a backup is refused, and nothing is written.
  await page.getByTestId('backup-import').setInputFiles({
    name: 'not-a-backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"hello": "world"}'),
  });
  await expect(page.getByTestId('data-status')).toContainText('Nothing was restored');
  expect((await idb('riposte', 'comments')).length).toBe(0);

  await page.getByTestId('backup-import').setInputFiles({
    name: 'riposte-backup.json',
    mimeType: 'application/json',
    buffer: backup,
  });
  await expect.poll(async () => (await idb('riposte', 'comments')).length).toBe(comments.length);
  const key = (r: unknown) => (r as { key: string }).key;
  expect((await idb('riposte', 'comments')).map(key).sort()).toEqual(comments.map(key).sort());
  expect((await idb('riposte', 'templates')).length).toBe(templates.length);
});
