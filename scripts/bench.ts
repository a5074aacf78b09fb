/**
 * `npm run bench`: prints every performance and quality figure as a table and writes
 * bench-results.json (a JSON array of {name, value, unit}). Figures, not pass/fail: budgets are
 * printed beside them. Builds what it measures first.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';

export interface Figure {
  name: string;
  value: number;
  unit: string;
}

const ROOT = resolve(import.meta.dirname, '..');
const BUDGETS: Record<string, string> = {
  'adapters.parse2000.x.ms': '< 20',
  'adapters.parse2000.instagram.ms': '< 20',
  'adapters.parse2000.tiktok.ms': '< 20',
  'templates.picker_open.ms': '< 50',
  'templates.search5000.ms_per_keystroke': '< 5',
  'guard.pass_latency.ms': '< 2',
  'dashboard.summary100k.ms': '< 100',
  'page.tag2000.longest_task_ms': '< 50',
  'page.tag2000.longest_extension_script_ms': '< 50',
  'page.tag2000.instagram.longest_task_ms': '< 50',
  'page.tag2000.tiktok.longest_task_ms': '< 50',
  'hostile.render_unclosed_60k.ms': '< 100',
  'hostile.render_repeated_vars_long_value.ms': '< 100',
  'hostile.analyze_50k_chars.ms': '< 20',
  'hostile.analyze_10k_emoji.ms': '< 20',
  'sentiment.dev.mean.macro_f1': '≥ 0.62 goal',
  'sentiment.throughput.per_s': '≥ 10000',
  'sentiment.size.gzip_bytes': '≤ 1048576',
};

function sh(cmd: string, args: string[]): void {
  execFileSync(cmd, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

function bundleFigures(): Figure[] {
  const out: Figure[] = [];
  const dir = join(ROOT, '.output/chrome-mv3');
  const size = (file: string) => {
    const buf = readFileSync(join(dir, file));
    return { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
  };
  for (const site of ['x', 'instagram', 'tiktok']) {
    const js = size(`content-scripts/${site}.js`);
    const css = size(`content-scripts/${site}.css`);
    out.push({ name: `bundle.content.${site}.gzip_bytes`, value: js.gzip + css.gzip, unit: 'bytes' });
    out.push({ name: `bundle.content.${site}.raw_bytes`, value: js.raw + css.raw, unit: 'bytes' });
  }
  // The popup page loads its own chunk plus the shared chunks it imports.
  const html = readFileSync(join(dir, 'popup.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  const popup = refs.reduce((sum, f) => sum + size(f).gzip, size('popup.html').gzip);
  out.push({ name: 'bundle.popup.gzip_bytes', value: popup, unit: 'bytes' });
  const zips = readdirSync(join(ROOT, '.output')).filter((f) => f.endsWith('-chrome.zip'));
  if (zips[0])
    out.push({ name: 'zip.chrome.bytes', value: statSync(join(ROOT, '.output', zips[0])).size, unit: 'bytes' });
  return out;
}

async function section(name: string, run: () => Promise<Figure[]>, figures: Figure[]): Promise<void> {
  const start = Date.now();
  try {
    figures.push(...(await run()));
    console.error(`[bench] ${name}: ${((Date.now() - start) / 1000).toFixed(1)} s`);
  } catch (err) {
    console.error(`[bench] ${name} failed: ${(err as Error).message}`);
  }
}

async function main(): Promise<void> {
  const figures: Figure[] = [];
  sh('npx', ['wxt', 'zip']);
  await section('bundles', async () => bundleFigures(), figures);
  await section('adapters', async () => (await import('./bench/adapters')).runAdapterBench(), figures);
  await section('templates', async () => (await import('./bench/templates')).runTemplateBench(), figures);
  await section('metrics', async () => (await import('./bench/metrics')).runMetricsBench(), figures);
  await section('hostile', async () => (await import('./bench/hostile')).runHostileBench(), figures);
  await section('sentiment', async () => (await import('./bench/sentiment')).runSentimentBench(), figures);
  if (existsSync(join(ROOT, 'scripts/bench/browser.ts'))) {
    await section('browser', async () => (await import('./bench/browser')).runBrowserBench(), figures);
  }
  await section('reliability', async () => (await import('./bench/reliability')).runReliabilityReport(), figures);

  const width = Math.max(...figures.map((f) => f.name.length));
  console.log(`${'figure'.padEnd(width)}  ${'value'.padStart(12)}  unit         budget`);
  for (const f of figures) {
    const v = Number.isInteger(f.value) ? String(f.value) : f.value.toFixed(f.value < 1 ? 4 : 2);
    console.log(`${f.name.padEnd(width)}  ${v.padStart(12)}  ${f.unit.padEnd(11)}  ${BUDGETS[f.name] ?? ''}`);
  }
  writeFileSync(join(ROOT, 'bench-results.json'), JSON.stringify(figures, null, 2) + '\n');
  console.log(`\n${figures.length} figures written to bench-results.json`);
}

await main();
