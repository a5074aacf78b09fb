/**
 * Playwright fixtures for end-to-end tests of the built extension against replica pages.
 *
 *   import { test, expect } from './harness';
 *   test('…', async ({ openReplica, offsiteRequests }) => {
 *     const page = await openReplica('x', '/brandco/status/1790000000000000001', { n: 50 });
 *   });
 *
 * - `context`: a persistent Chromium context (Debian /usr/bin/chromium) with the extension from
 *   `.output/chrome-mv3` loaded (`test.use({ withExtension: false })` for a plain context).
 * - Every request to https://x.com, https://www.instagram.com and https://www.tiktok.com is answered
 *   locally: documents get the site's replica shell (any path, so SPA routes work), `/__replica/<file>`
 *   the built bundle. Every other http(s)/ws request is aborted. Requests that would have left the
 *   machine are recorded in `offsiteRequests`.
 */
import {
  test as base,
  chromium,
  expect,
  type BrowserContext,
  type Page,
  type Request,
  type Worker,
} from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

export { expect };

export type Site = 'x' | 'instagram' | 'tiktok';

export const EXTENSION_DIR = resolve(process.cwd(), '.output/chrome-mv3');
export const REPLICA_DIST = resolve(process.cwd(), 'tests/replicas/dist');

export const SITE_ORIGINS: Record<Site, string> = {
  x: 'https://x.com',
  instagram: 'https://www.instagram.com',
  tiktok: 'https://www.tiktok.com',
};

/** A sensible page per site when a test does not care about the path. */
export const DEFAULT_PATHS: Record<Site, string> = {
  x: '/brandco/status/1790000000000000001',
  instagram: '/p/C0ffEeRpl1c/',
  tiktok: '/@brandco/video/7300000000000000001',
};

const HOST_SITE: Record<string, Site> = {
  'x.com': 'x',
  'www.instagram.com': 'instagram',
  'www.tiktok.com': 'tiktok',
};

/**
 * Reads every record of an object store of the extension's IndexedDB. Runs in an extension context
 * (service worker or extension page: `evaluate(readObjectStore, [db, store, missingOk])`). A missing
 * database is empty; a missing store is an error unless `missingOk`.
 */
export async function readObjectStore([db, store, missingOk]: [string, string, boolean]): Promise<unknown[]> {
  const known = await indexedDB.databases();
  if (!known.some((d) => d.name === db)) return [];
  const conn = await new Promise<IDBDatabase>((res, rej) => {
    const r = indexedDB.open(db);
    r.onsuccess = () => res(r.result);
    r.onerror = () => rej(r.error);
    r.onblocked = () => rej(new Error(`indexedDB.open(${db}) blocked`));
  });
  try {
    if (!conn.objectStoreNames.contains(store)) {
      if (missingOk) return [];
      throw new Error(
        `object store "${store}" not in database "${db}" (has: ${[...conn.objectStoreNames].join(', ')})`,
      );
    }
    return await new Promise<unknown[]>((res, rej) => {
      const q = conn.transaction(store, 'readonly').objectStore(store).getAll();
      q.onsuccess = () => res(q.result as unknown[]);
      q.onerror = () => rej(q.error);
    });
  } finally {
    conn.close();
  }
}

export function hasBuiltExtension(): boolean {
  return existsSync(join(EXTENSION_DIR, 'manifest.json'));
}

export interface RecordedRequest {
  url: string;
  method: string;
  resourceType: string;
  /** 'extension': service worker or a chrome-extension:// page; 'page': a site page (incl. content scripts). */
  source: 'page' | 'extension';
  /**
   * 'offsite': any host other than the three sites (always aborted).
   * 'site-api': a non-document, non-bundle request to one of the three sites (answered locally with a
   *  mock or a 404, but on the live site it would go to the network).
   * 'websocket': any WebSocket (never connected).
   */
  kind: 'offsite' | 'site-api' | 'websocket';
  at: number;
}

export interface ConsoleEntry {
  pageUrl: string;
  kind: 'console' | 'pageerror';
  text: string;
  page: Page;
}

export type ReplicaParamsInput = Partial<{
  n: number;
  lang: 'en' | 'es' | 'ru';
  layout: 'renamed';
  account: string;
  hostile: boolean | 1;
  loggedout: boolean | 1;
  /** Serve the document with an X-like strict CSP (script-src 'self' + nonce): catches inline-script injection. */
  csp: boolean | 1;
}> &
  Record<string, string | number | boolean | undefined>;

export interface HarnessFixtures {
  /** Option: load the built extension (default true). */
  withExtension: boolean;
  /** Requests that would have left the machine (see RecordedRequest.kind). */
  offsiteRequests: RecordedRequest[];
  /** console.error messages and uncaught page errors from every page of the context. */
  consoleErrors: ConsoleEntry[];
  /** The extension's MV3 service worker. */
  serviceWorker: Worker;
  extensionId: string;
  /** Opens a replica page at the real site address and waits until it is rendered. */
  openReplica(site: Site, path?: string, params?: ReplicaParamsInput): Promise<Page>;
  /** Every record of an object store in the extension's IndexedDB ([] when the database does not exist). */
  idb(dbName: string, storeName: string): Promise<unknown[]>;
  /** Opens chrome-extension://<id>/popup.html. */
  popup(): Promise<Page>;
}

const MIME: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(/;\s*/)) {
    const i = part.indexOf('=');
    if (i > 0 && part.slice(0, i) === name) return decodeURIComponent(part.slice(i + 1));
  }
  return null;
}

function isFromExtension(req: Request): boolean {
  if (req.serviceWorker()) return true;
  try {
    return req.frame().url().startsWith('chrome-extension://');
  } catch {
    // Requests from workers without a frame.
    return true;
  }
}

function isBundlePath(pathname: string): boolean {
  return pathname.startsWith('/__replica/');
}

async function installRouting(context: BrowserContext, offsite: RecordedRequest[]): Promise<void> {
  context.on('request', (req) => {
    const raw = req.url();
    if (!/^(https?|wss?):/i.test(raw)) return;
    const url = new URL(raw);
    const site = HOST_SITE[url.hostname];
    const source = isFromExtension(req) ? 'extension' : 'page';
    const base = { url: raw, method: req.method(), resourceType: req.resourceType(), source, at: Date.now() } as const;
    if (!site) offsite.push({ ...base, kind: 'offsite' });
    else if (source === 'extension' || (!isBundlePath(url.pathname) && req.resourceType() !== 'document'))
      offsite.push({ ...base, kind: 'site-api' });
  });

  await context.routeWebSocket(/.*/, (ws) => {
    offsite.push({
      url: ws.url(),
      method: 'GET',
      resourceType: 'websocket',
      source: 'page',
      kind: 'websocket',
      at: Date.now(),
    });
    void ws.close({ code: 1008, reason: 'blocked by the e2e harness' });
  });

  await context.route(
    () => true,
    async (route) => {
      const req = route.request();
      let url: URL;
      try {
        url = new URL(req.url());
      } catch {
        await route.abort('blockedbyclient');
        return;
      }
      if (url.protocol === 'chrome-extension:' || url.protocol === 'data:' || url.protocol === 'blob:') {
        await route.continue();
        return;
      }
      const site = HOST_SITE[url.hostname];
      if (!site || url.protocol !== 'https:') {
        await route.abort('blockedbyclient');
        return;
      }
      if (isBundlePath(url.pathname)) {
        const rel = normalize(decodeURIComponent(url.pathname.slice('/__replica/'.length)));
        const file = join(REPLICA_DIST, rel);
        if (rel.startsWith('..') || !file.startsWith(REPLICA_DIST) || !existsSync(file)) {
          await route.fulfill({ status: 404, contentType: 'text/plain', body: `no replica file ${rel}` });
          return;
        }
        await route.fulfill({
          status: 200,
          headers: { 'content-type': MIME[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' },
          body: readFileSync(file),
        });
        return;
      }
      if (req.resourceType() === 'document' || req.isNavigationRequest()) {
        const shellFile = join(REPLICA_DIST, `${site}.html`);
        if (!existsSync(shellFile)) {
          await route.fulfill({
            status: 500,
            contentType: 'text/plain',
            body: `replica ${site} not built: npx jiti tests/replicas/build.ts`,
          });
          return;
        }
        const lang = url.searchParams.get('lang');
        let html = readFileSync(shellFile, 'utf8');
        if (lang === 'es' || lang === 'ru') html = html.replace('<html lang="en"', `<html lang="${lang}"`);
        const headers: Record<string, string> = {
          'content-type': 'text/html; charset=utf-8',
          'cache-control': 'no-store',
        };
        const csp = url.searchParams.get('csp');
        if (csp === '1' || csp === 'true') {
          headers['content-security-policy'] =
            "default-src 'self'; script-src 'self' 'nonce-replica'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'";
        }
        await route.fulfill({ status: 200, headers, body: html });
        return;
      }
      // Same-origin API calls: a few mocks where the sites answer with the viewer, else 404.
      const headers = await req.allHeaders();
      const account = readCookie(headers.cookie, 'rp_account');
      if (site === 'instagram' && /^\/api\/v1\/accounts\/(edit\/web_form_data|current_user)\/?$/.test(url.pathname)) {
        const body = account
          ? { form_data: { username: account }, user: { username: account }, status: 'ok' }
          : { status: 'fail', message: 'login_required' };
        await route.fulfill({
          status: account ? 200 : 401,
          contentType: 'application/json',
          body: JSON.stringify(body),
        });
        return;
      }
      await route.fulfill({
        status: 404,
        contentType: 'application/json',
        body: '{"errors":[{"message":"not in replica"}]}',
      });
    },
  );
}

function attachConsole(page: Page, sink: ConsoleEntry[]): void {
  page.on('console', (msg) => {
    if (msg.type() === 'error') sink.push({ pageUrl: page.url(), kind: 'console', text: msg.text(), page });
  });
  page.on('pageerror', (err) => {
    sink.push({ pageUrl: page.url(), kind: 'pageerror', text: `${err.name}: ${err.message}`, page });
  });
}

interface InternalFixtures {
  _offsite: RecordedRequest[];
  _console: ConsoleEntry[];
}

/**
 * Launches Debian Chromium with the built extension and the replica routing: what the fixtures use,
 * exported for scripts (the benchmark, `npm start`) that drive the same setup outside a test.
 */
export async function launchReplicaContext(
  opts: { withExtension?: boolean; headless?: boolean; offsite?: RecordedRequest[]; console?: ConsoleEntry[] } = {},
): Promise<BrowserContext> {
  const withExtension = opts.withExtension ?? true;
  const offsite = opts.offsite ?? [];
  const consoleEntries = opts.console ?? [];
  const args = [...CHROMIUM_ARGS];
  if (withExtension) {
    if (!hasBuiltExtension()) {
      throw new Error(`Extension not built (${EXTENSION_DIR}/manifest.json missing): run npm run build first`);
    }
    args.unshift(`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`);
  }
  const context = await chromium.launchPersistentContext('', {
    executablePath: '/usr/bin/chromium',
    headless: opts.headless ?? true,
    args,
    viewport: opts.headless === false ? null : { width: 1280, height: 900 },
    locale: 'en-US',
    serviceWorkers: 'allow',
  });
  await installRouting(context, offsite);
  for (const p of context.pages()) attachConsole(p, consoleEntries);
  context.on('page', (p) => attachConsole(p, consoleEntries));
  return context;
}

export const test = base.extend<HarnessFixtures & InternalFixtures>({
  withExtension: [true, { option: true }],
  _offsite: async ({}, use) => {
    await use([]);
  },
  _console: async ({}, use) => {
    await use([]);
  },

  context: async ({ withExtension, _offsite, _console }, use) => {
    const context = await launchReplicaContext({ withExtension, offsite: _offsite, console: _console });
    await use(context);
    await context.close();
  },

  offsiteRequests: async ({ _offsite }, use) => {
    await use(_offsite);
  },

  consoleErrors: async ({ _console }, use) => {
    await use(_console);
  },

  serviceWorker: async ({ context, withExtension }, use) => {
    if (!withExtension) throw new Error('serviceWorker fixture needs withExtension: true');
    const isExt = (w: Worker): boolean => w.url().startsWith('chrome-extension://');
    let sw = context.serviceWorkers().find(isExt);
    if (!sw) sw = await context.waitForEvent('serviceworker', { predicate: isExt, timeout: 15_000 });
    await use(sw);
  },

  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },

  openReplica: async ({ context }, use) => {
    let blank: Page | undefined = context.pages().find((p) => p.url() === 'about:blank');
    await use(async (site, path, params = {}) => {
      const url = new URL(path ?? DEFAULT_PATHS[site], SITE_ORIGINS[site]);
      for (const [k, v] of Object.entries(params)) {
        if (v === undefined || v === false) continue;
        url.searchParams.set(k, v === true ? '1' : String(v));
      }
      const page = blank ?? (await context.newPage());
      blank = undefined;
      await page.goto(url.href, { waitUntil: 'domcontentloaded' });
      await page.waitForFunction(() => window.__replica?.ready === true, undefined, { timeout: 30_000 });
      return page;
    });
  },

  idb: async ({ context, withExtension }, use) => {
    await use(async (dbName, storeName) => {
      if (!withExtension) throw new Error('idb fixture needs withExtension: true');
      const isExt = (w: Worker): boolean => w.url().startsWith('chrome-extension://');
      let sw = context.serviceWorkers().find(isExt);
      if (!sw)
        sw = await context.waitForEvent('serviceworker', { predicate: isExt, timeout: 15_000 }).catch(() => undefined);
      if (sw) {
        try {
          return await sw.evaluate(readObjectStore, [dbName, storeName, false] as [string, string, boolean]);
        } catch (err) {
          if (err instanceof Error && /object store/.test(err.message)) throw err;
          // The worker went idle between events: read from an extension page instead (same origin, same IndexedDB).
        }
      }
      const id = sw ? new URL(sw.url()).host : null;
      if (!id) throw new Error('extension service worker not found');
      const page = await context.newPage();
      try {
        await page.goto(`chrome-extension://${id}/manifest.json`);
        return await page.evaluate(readObjectStore, [dbName, storeName, false] as [string, string, boolean]);
      } finally {
        await page.close();
      }
    });
  },

  popup: async ({ context, extensionId }, use) => {
    await use(async () => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      return page;
    });
  },
});

/** Console errors worth failing on (drops the noise of requests the harness blocked on purpose). */
export function realErrors(entries: ConsoleEntry[], page?: Page): ConsoleEntry[] {
  return entries.filter(
    (e) => (!page || e.page === page) && !/net::ERR_BLOCKED_BY_CLIENT|Failed to load resource/.test(e.text),
  );
}
