// Opens Chromium (headed) with the built extension and serves the replica pages at the real
// site addresses, offline. Used by `npm start` on a machine with a display.
import { chromium } from '@playwright/test';
import { resolve } from 'node:path';
import { serveReplicas } from '../tests/e2e/serve.mjs';

const ext = resolve('.output/chrome-mv3');
const context = await chromium.launchPersistentContext('', {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: false,
  viewport: null,
  args: [
    `--disable-extensions-except=${ext}`,
    `--load-extension=${ext}`,
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
await serveReplicas(context);
const urls = [
  'https://x.com/brandco/status/1790000000000000000',
  'https://www.instagram.com/p/C0ffee123/',
  'https://www.tiktok.com/@brandco/video/7300000000000000001',
];
for (const [i, url] of urls.entries()) {
  const page = i === 0 ? (context.pages()[0] ?? (await context.newPage())) : await context.newPage();
  await page.goto(url);
}
console.log('Chromium is open with Riposte on the replica pages. Close the window to stop.');
await new Promise((r) => context.on('close', r));
