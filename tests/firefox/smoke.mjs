// Firefox smoke test of the Firefox build (Debian firefox-esr driven by puppeteer-core over
// WebDriver BiDi): the extension installs, injects into the X replica served at x.com, tags the
// comments with sentiment chips, mounts the account badge, and stores the comments in its own
// IndexedDB (read back on the extension's popup page). Writes .reports/firefox.json.
import puppeteer from 'puppeteer-core';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';

const ROOT = resolve(import.meta.dirname, '../..');
const EXT = join(ROOT, '.output/firefox-mv2');
const DIST = join(ROOT, 'tests/replicas/dist');
const UUID = '7b1e1f0c-5d2a-4c1e-9a51-2f6f0b7d9e11';
const FIREFOX = ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find(existsSync);
const results = [];
const report = () => {
  mkdirSync(join(ROOT, '.reports'), { recursive: true });
  const passed = results.filter((r) => r.ok).length;
  writeFileSync(
    join(ROOT, '.reports/firefox.json'),
    JSON.stringify({ passed, failed: results.length - passed, results }, null, 2),
  );
  for (const r of results) console.log(`${r.ok ? '✓' : '✗'} firefox: ${r.name}${r.ok ? '' : ` — ${r.error}`}`);
  console.log(`firefox smoke: ${passed} passed, ${results.length - passed} failed`);
  process.exitCode = passed === results.length ? 0 : 1;
};
async function check(name, fn) {
  try {
    await fn();
    results.push({ name, ok: true });
  } catch (err) {
    results.push({ name, ok: false, error: String(err?.message ?? err).slice(0, 500) });
  }
}
const waitFor = async (fn, ms = 15000, what = 'condition') => {
  const end = Date.now() + ms;
  let last;
  while (Date.now() < end) {
    try {
      last = await fn();
      if (last) return last;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what} (last: ${String(last)})`);
};

if (!FIREFOX) {
  results.push({
    name: 'firefox-esr is installed',
    ok: false,
    error: 'no /usr/bin/firefox-esr: apt-get install firefox-esr',
  });
  report();
  process.exit();
}
if (!existsSync(join(EXT, 'manifest.json')))
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: ROOT, stdio: 'inherit' });
if (!existsSync(join(DIST, 'x.html')))
  execFileSync('npx', ['jiti', 'tests/replicas/build.ts'], { cwd: ROOT, stdio: 'inherit' });

const browser = await puppeteer.launch({
  browser: 'firefox',
  executablePath: FIREFOX,
  headless: true,
  protocol: 'webDriverBiDi',
  args: ['--remote-allow-system-access'],
  extraPrefsFirefox: {
    'extensions.webextensions.uuids': JSON.stringify({ 'riposte@riposte.app': UUID }),
    'network.proxy.type': 0,
    'browser.shell.checkDefaultBrowser': false,
  },
});
const offsite = [];
try {
  await check('the Firefox build installs as a temporary add-on', async () => {
    await browser.installExtension(EXT);
  });
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.hostname !== 'x.com') {
      if (url.protocol === 'http:' || url.protocol === 'https:') offsite.push(req.url());
      return req.abort();
    }
    if (url.pathname.startsWith('/__replica/')) {
      const file = join(DIST, url.pathname.slice('/__replica/'.length));
      if (!file.startsWith(DIST) || !existsSync(file)) return req.respond({ status: 404, body: '' });
      const type = { '.js': 'text/javascript', '.css': 'text/css' }[extname(file)] ?? 'application/octet-stream';
      return req.respond({ status: 200, contentType: type, body: readFileSync(file, 'utf8') });
    }
    return req.respond({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: readFileSync(join(DIST, 'x.html'), 'utf8'),
    });
  });
  await page.goto('https://x.com/brandco/status/1790000000000000000', { waitUntil: 'load' });

  await check('the content script injects and tags the comments with sentiment chips', async () => {
    const n = await waitFor(
      () =>
        page.evaluate(() => {
          const chips = [...document.querySelectorAll('[data-riposte-chip]')];
          const labelled = chips.filter((c) => /Positive|Neutral|Negative/.test(c.shadowRoot?.textContent ?? ''));
          return labelled.length >= 3 ? labelled.length : 0;
        }),
      20000,
      'sentiment chips',
    );
    if (n < 3) throw new Error(`only ${n} chips`);
    // Styled inside their shadow roots (a shared sheet where the browser lets a content script adopt
    // one, a <style> per chip where it does not).
    const radius = await page.evaluate(() => {
      const chip = document.querySelector('[data-riposte-chip]')?.shadowRoot?.querySelector('.chip');
      return chip ? getComputedStyle(chip).borderTopLeftRadius : 'none';
    });
    if (radius !== '999px') throw new Error(`chip is unstyled (border radius ${radius})`);
  });
  await check('the account badge shows the logged-in account', async () => {
    await waitFor(
      () =>
        page.evaluate(() =>
          [...document.querySelectorAll('riposte-badge')].some((h) => /@\w+/.test(h.shadowRoot?.textContent ?? '')),
        ),
      15000,
      'account badge',
    );
  });
  await check('comments are stored in the extension’s IndexedDB (read on the popup page)', async () => {
    await new Promise((r) => setTimeout(r, 1500));
    const popup = await browser.newPage();
    await popup.goto(`moz-extension://${UUID}/popup.html`, { timeout: 3000 }).catch(() => undefined);
    const count = await waitFor(
      () => popup.evaluate(() => Number(document.querySelector('[data-testid="count-comments"]')?.textContent ?? 0)),
      15000,
      'stored comments in the popup',
    );
    if (!(count >= 3)) throw new Error(`popup shows ${count} comments`);
  });
  await check('no request left the machine', async () => {
    if (offsite.length) throw new Error(offsite.slice(0, 5).join(', '));
  });
} catch (err) {
  results.push({ name: 'firefox session', ok: false, error: String(err?.message ?? err) });
} finally {
  await browser.close().catch(() => undefined);
  report();
}
