/**
 * Site-adapter benchmark, in headless Chromium: bundles lib/sites for the browser (Vite, iife), builds one
 * page per site with 2,000 comments (the project's own fixtures' comment nodes, replicated with unique ids;
 * TikTok copies also get their own author, since its ids count identical (author, text) comments),
 * then times findComments + parseComment over all 2,000 (`adapters.parse2000.<site>.ms`) and over one
 * incremental batch of 20 newly added nodes, scanned the way the observer hands them over
 * (`adapters.parse20.<site>.ms`). Budget: parse2000 < 20 ms.
 *
 * Each figure is the median of 30 runs: 10 on each of 3 freshly loaded pages, once the JIT has settled
 * (20 warm-up runs per page), as it has on a page in use, where the content script has parsed every comment
 * that came and went. Run by run, X's code keeps getting faster until about its 12th run of 2,000 comments
 * (runs 4–10 take 20–25 % longer than runs from the 13th on); Instagram and TikTok settle by their 3rd run.
 * The very first timed run on each fresh page (the code has run once, to count the fixture's comments) is
 * reported apart, as `adapters.parse2000.<site>.first_ms` (median of the 3 pages).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { build } from 'vite';

export interface BenchMetric {
  name: string;
  value: number;
  unit: string;
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SITES = ['x', 'instagram', 'tiktok'] as const;
type Site = (typeof SITES)[number];
const FIXTURE: Record<Site, string> = {
  x: 'tests/fixtures/x/status-conversation.html',
  instagram: 'tests/fixtures/instagram/post-page.html',
  tiktok: 'tests/fixtures/tiktok/video-panel.html',
};

async function bundle(): Promise<string> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'riposte-sites-'));
  await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    build: {
      outDir,
      emptyOutDir: true,
      write: true,
      minify: true,
      lib: {
        entry: path.join(ROOT, 'lib/sites/index.ts'),
        name: 'RiposteSites',
        formats: ['iife'],
        fileName: () => 'sites.js',
      },
    },
  });
  const code = fs.readFileSync(path.join(outDir, 'sites.js'), 'utf8');
  fs.rmSync(outDir, { recursive: true, force: true });
  return code;
}

interface SiteResult {
  first: number;
  full: number[];
  batch: number[];
  count: number;
  batchCount: number;
}

/** Runs inside the page: replicate, then time. Kept free of outer references (serialized by Playwright). */
async function inPage(site: Site): Promise<SiteResult> {
  const WARMUP = 20;
  const RUNS = 10;
  type Parsed = { id: string } | null;
  type Adapter = { findComments(r: ParentNode): Element[]; parseComment(e: Element, now?: Date): Parsed };
  const A = (window as unknown as { RiposteSites: { adapters: Record<string, Adapter> } }).RiposteSites.adapters[site]!;
  const now = new Date('2026-03-03T12:00:00Z');
  let serial = 0;
  const uniq = (): string => String(1_800_000_000_000_000_000n + BigInt(++serial));
  // One template node per site, and how to make a copy unique.
  const makeCopy = (): Element => {
    if (site === 'x') {
      const tpl = document.querySelectorAll('[data-testid="cellInnerDiv"]')[3]!;
      const c = tpl.cloneNode(true) as Element;
      const id = uniq();
      for (const a of Array.from(c.querySelectorAll('a[href*="/status/"]')))
        a.setAttribute('href', a.getAttribute('href')!.replace(/\/status\/\d+/, `/status/${id}`));
      c.setAttribute('style', `transform: translateY(${5000 + serial * 300}px); position: absolute; width: 100%;`);
      return c;
    }
    if (site === 'instagram') {
      const tpl = document.querySelector('a[href*="/c/"] time')!.closest('ul > div')!;
      const c = tpl.cloneNode(true) as Element;
      const id = uniq();
      for (const a of Array.from(c.querySelectorAll('a[href*="/c/"]')))
        a.setAttribute('href', a.getAttribute('href')!.replace(/\/c\/\d+/, `/c/${id}`));
      return c;
    }
    // A thread without replies, so one copy = one comment. Like a real page: its own author and text
    // (every copy by one author would time the rare many-identical-authors case instead).
    const threads = document.querySelectorAll('[class*="DivCommentObjectWrapper"]');
    const c = threads[threads.length - 1]!.cloneNode(true) as Element;
    const text = c.querySelector('[data-e2e="comment-level-1"] span')!;
    text.textContent = `${text.textContent} #${uniq()}`;
    const handle = `fan.${serial.toString(36)}`;
    for (const a of Array.from(c.querySelectorAll('a[href^="/@"]'))) a.setAttribute('href', `/@${handle}`);
    const name = c.querySelector('[data-e2e^="comment-username-"] a p');
    if (name) name.textContent = `Fan ${serial}`;
    return c;
  };
  const container = (): Element =>
    site === 'x'
      ? document.querySelector('[data-testid="cellInnerDiv"]')!.parentElement!
      : site === 'instagram'
        ? document.querySelector('a[href*="/c/"] time')!.closest('ul')!
        : document.querySelector('[class*="DivCommentListContainer"]')!;
  const box = container();
  const frag = document.createDocumentFragment();
  for (let n = A.findComments(document).length; n < 2000; n++) frag.appendChild(makeCopy());
  box.appendChild(frag);
  const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 0));
  const full: number[] = [];
  let first = NaN;
  let count = 0;
  for (let run = 0; run < WARMUP + RUNS; run++) {
    await tick(); // new synchronous run: per-run memos are dropped
    // A comment comes and goes: the page changed, so memos that last while the page's structure
    // stands (X's conversation, TikTok's text index) are re-read too, as on a first visit.
    box.appendChild(makeCopy()).remove();
    const t0 = performance.now();
    const els = A.findComments(document);
    let ok = 0;
    for (const el of els) if (A.parseComment(el, now)) ok++;
    const dt = performance.now() - t0;
    if (run === 0) first = dt;
    if (run >= WARMUP) full.push(dt); // the first runs let the JIT settle, as it has on a page in use
    count = ok;
  }
  // Incremental batch: 20 new nodes, each scanned on its own as the observer hands them over.
  const added: Element[] = [];
  for (let i = 0; i < 20; i++) added.push(box.appendChild(makeCopy()));
  const batch: number[] = [];
  let batchCount = 0;
  // The code is warm from the full runs: 3 warm-up runs of the batch are enough.
  for (let run = 0; run < 3 + RUNS; run++) {
    await tick();
    const t0 = performance.now();
    let ok = 0;
    for (const node of added) for (const el of A.findComments(node)) if (A.parseComment(el, now)) ok++;
    const dt = performance.now() - t0;
    if (run >= 3) batch.push(dt);
    batchCount = ok;
  }
  return { first, full, batch, count, batchCount };
}

const PAGE_LOADS = 3;
const med = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

export async function runAdapterBench(): Promise<BenchMetric[]> {
  const code = await bundle();
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const metrics: BenchMetric[] = [];
  try {
    for (const site of SITES) {
      // Three fresh pages per site, their runs pooled: one page's figure swings with the machine's load.
      const full: number[] = [];
      const batch: number[] = [];
      const first: number[] = [];
      const html = fs.readFileSync(path.join(ROOT, FIXTURE[site]), 'utf8');
      for (let load = 0; load < PAGE_LOADS; load++) {
        const page = await browser.newPage();
        await page.setContent(html, { waitUntil: 'load' });
        await page.addScriptTag({ content: code });
        const r = await page.evaluate(inPage, site);
        await page.close();
        if (r.count < 2000) throw new Error(`${site}: only ${r.count} comments parsed on the 2,000-comment page`);
        if (r.batchCount < 20) throw new Error(`${site}: only ${r.batchCount} of the 20 new comments parsed`);
        full.push(...r.full);
        batch.push(...r.batch);
        first.push(r.first);
      }
      metrics.push({ name: `adapters.parse2000.${site}.ms`, value: Number(med(full).toFixed(2)), unit: 'ms' });
      metrics.push({ name: `adapters.parse2000.${site}.first_ms`, value: Number(med(first).toFixed(2)), unit: 'ms' });
      metrics.push({ name: `adapters.parse20.${site}.ms`, value: Number(med(batch).toFixed(3)), unit: 'ms' });
    }
  } finally {
    await browser.close();
  }
  return metrics;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runAdapterBench().then(
    (m) => console.log(JSON.stringify(m, null, 2)),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
