// Regenerates the README screenshot (assets/screenshot.png) from the X replica: `npx jiti scripts/screenshot.ts` after a build.
import { launchReplicaContext } from '../tests/e2e/harness';
import { setTemplates, extSend } from '../tests/e2e/util';
const context = await launchReplicaContext();
const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const ext = await context.newPage();
await ext.goto(`chrome-extension://${new URL(sw.url()).host}/popup.html`);
await setTemplates(ext, [
  {
    id: 'a',
    title: 'Shipping times',
    body: 'Hi {first_name|there}, orders ship within 2 days 📦',
    tags: ['shipping'],
    abbreviation: ';ship',
  },
  {
    id: 'b',
    title: 'Thanks for the love',
    body: 'Thanks {first_name|there}! We appreciate you 🙌',
    tags: ['thanks'],
    abbreviation: ';ty',
  },
  {
    id: 'c',
    title: 'Move to DMs',
    body: 'So sorry, {first_name|there}: please DM us your order number so we can fix this.',
    tags: ['complaint'],
    brandOnly: true,
  },
]);
await extSend(ext, 'accounts.set', { site: 'x', handle: 'brandco', role: 'brand' });
const page = await context.newPage();
await page.setViewportSize({ width: 1280, height: 820 });
await page.goto('https://x.com/brandco/status/1790000000000000001');
await page.waitForFunction(() => document.querySelectorAll('[data-riposte-chip]').length >= 6);
await page.waitForTimeout(1500);
await page.locator('body').click({ position: { x: 5, y: 5 } });
await page.keyboard.press('Alt+J');
await page.keyboard.press('Alt+J');
await page.keyboard.press('Alt+Shift+R');
await page.waitForTimeout(800);
await page.keyboard.type('so');
await page.waitForTimeout(500);
await page.screenshot({ path: 'assets/screenshot.png' });
const pop = await context.newPage();
await pop.setViewportSize({ width: 420, height: 900 });
await pop.goto(`chrome-extension://${new URL(sw.url()).host}/popup.html`);
await pop.waitForTimeout(1500);
await pop.screenshot({ path: 'assets/popup.png', fullPage: true });
await context.close();
