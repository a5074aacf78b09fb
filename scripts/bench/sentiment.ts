/** Sentiment benchmark on ../shared/data/dev (see runSentimentBench). Also exports the data helpers the trainer uses. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Item {
  text: string;
  label: 'positive' | 'neutral' | 'negative';
  lang: string;
  in_dev?: boolean;
  source?: string;
}

export const BENCH_LANGS = ['en', 'es', 'pt', 'de', 'fr', 'it', 'nl', 'ru', 'ar', 'hi'] as const;
export const CLASSES = ['positive', 'neutral', 'negative'] as const;

const here = dirname(fileURLToPath(import.meta.url));
export const projectRoot = resolve(here, '..', '..');

/** ../shared/data relative to the project root; throws a clear error when it is absent. */
export function dataDir(): string {
  const dir = resolve(projectRoot, '..', 'shared', 'data');
  if (!existsSync(resolve(dir, 'dev'))) {
    throw new Error(
      `Sentiment data not found: expected ${dir}/dev (the shared data folder beside the project). It is not part of the repository.`,
    );
  }
  return dir;
}

export function readJsonl(path: string): Item[] {
  if (!existsSync(path)) throw new Error(`Missing data file ${path}`);
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Item);
}

export function readTsv(path: string): string[][] {
  if (!existsSync(path)) throw new Error(`Missing data file ${path}`);
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => l.split('\t'));
}

export function macroF1(gold: number[], pred: number[], k = 3): { f1: number; acc: number } {
  const tp = new Array(k).fill(0);
  const fp = new Array(k).fill(0);
  const fn = new Array(k).fill(0);
  let correct = 0;
  for (let i = 0; i < gold.length; i++) {
    if (gold[i] === pred[i]) {
      tp[gold[i]]++;
      correct++;
    } else {
      fp[pred[i]]++;
      fn[gold[i]]++;
    }
  }
  let f = 0;
  for (let c = 0; c < k; c++) {
    const p = tp[c] + fp[c] ? tp[c] / (tp[c] + fp[c]) : 0;
    const r = tp[c] + fn[c] ? tp[c] / (tp[c] + fn[c]) : 0;
    f += p + r ? (2 * p * r) / (p + r) : 0;
  }
  return { f1: f / k, acc: gold.length ? correct / gold.length : 0 };
}

// ---------------------------------------------------------------------------------------------
// Benchmark

export interface BenchEntry {
  name: string;
  value: number;
  unit: string;
}

const LAB: Record<string, number> = { positive: 0, neutral: 1, negative: 2 };

/** Two thresholds (neg < lo <= neutral <= hi < pos) maximizing macro-F1 on the given items. */
export function tuneThresholds(scores: number[], gold: number[]): { lo: number; hi: number; f1: number; acc: number } {
  const sorted = [...new Set(scores)].sort((a, b) => a - b);
  let cands: number[];
  if (sorted.length <= 80) cands = sorted;
  else cands = Array.from({ length: 80 }, (_, i) => sorted[Math.floor((i * (sorted.length - 1)) / 79)]);
  // midpoints between candidate values plus the extremes
  const cuts = [-Infinity, ...cands.slice(0, -1).map((v, i) => (v + cands[i + 1]) / 2), Infinity];
  let best = { lo: 0, hi: 0, f1: -1, acc: 0 };
  const pred = new Array<number>(scores.length);
  for (let a = 0; a < cuts.length; a++) {
    for (let b = a; b < cuts.length; b++) {
      const lo = cuts[a];
      const hi = cuts[b];
      for (let i = 0; i < scores.length; i++) pred[i] = scores[i] < lo ? 2 : scores[i] > hi ? 0 : 1;
      const { f1, acc } = macroF1(gold, pred);
      if (f1 > best.f1) best = { lo, hi, f1, acc };
    }
  }
  return best;
}

async function gzipSizeOfBundle(): Promise<number> {
  const { gzipSync } = await import('node:zlib');
  try {
    const { build } = await import('rolldown');
    const out = await build({
      input: resolve(projectRoot, 'lib/sentiment/index.ts'),
      output: { format: 'esm', minify: true },
      write: false,
      logLevel: 'silent',
    } as never);
    const code = (out as { output: Array<{ type: string; code?: string }> }).output
      .filter((c) => c.type === 'chunk')
      .map((c) => c.code ?? '')
      .join('\n');
    if (code.length > 1000) return gzipSync(code, { level: 9 }).length;
  } catch {
    // fall through to gzipping the sources
  }
  const { readdirSync } = await import('node:fs');
  const dir = resolve(projectRoot, 'lib/sentiment');
  const src = readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => readFileSync(resolve(dir, f), 'utf8'))
    .join('\n');
  return gzipSync(src, { level: 9 }).length;
}

function throughput(texts: string[], fn: (t: string) => unknown): number {
  for (let i = 0; i < Math.min(500, texts.length); i++) fn(texts[i]); // warm-up
  const start = performance.now();
  let n = 0;
  while (performance.now() - start < 1000 || n < texts.length) {
    fn(texts[n % texts.length]);
    n++;
  }
  return Math.round(n / ((performance.now() - start) / 1000));
}

// Untyped CommonJS packages: imported through variables so no declaration files are needed.
const SENTIMENT_PKG: string = 'sentiment';
const VADER_PKG: string = 'vader-sentiment';

export async function runSentimentBench(): Promise<BenchEntry[]> {
  const dir = dataDir();
  const { analyze } = await import('../../lib/sentiment/index');
  const SentimentCtor = (
    (await import(SENTIMENT_PKG)) as unknown as {
      default: new () => { analyze(t: string): { score: number; comparative: number } };
    }
  ).default;
  const vaderMod = (await import(VADER_PKG)) as unknown as {
    default?: { SentimentIntensityAnalyzer: { polarity_scores(t: string): { compound: number } } };
    SentimentIntensityAnalyzer?: { polarity_scores(t: string): { compound: number } };
  };
  const vader = (vaderMod.SentimentIntensityAnalyzer ?? vaderMod.default!.SentimentIntensityAnalyzer)!;
  const afinn = new SentimentCtor();
  const afinnScore = (t: string) => afinn.analyze(t).comparative;
  const vaderScore = (t: string) => vader.polarity_scores(t).compound;

  const out: BenchEntry[] = [];
  const f1s: number[] = [];
  const base: Record<'afinn' | 'vader', number[]> = { afinn: [], vader: [] };
  const all: string[] = [];
  for (const lang of BENCH_LANGS) {
    const items = readJsonl(resolve(dir, 'dev', `${lang}.jsonl`));
    const gold = items.map((it) => LAB[it.label]);
    const pred = items.map((it) => LAB[analyze(it.text).label]);
    const { f1, acc } = macroF1(gold, pred);
    f1s.push(f1);
    out.push({ name: `sentiment.dev.${lang}.macro_f1`, value: round(f1), unit: 'F1' });
    out.push({ name: `sentiment.dev.${lang}.accuracy`, value: round(acc), unit: 'ratio' });
    for (const [name, fn] of [
      ['afinn', afinnScore],
      ['vader', vaderScore],
    ] as const) {
      const t = tuneThresholds(
        items.map((it) => fn(it.text)),
        gold,
      );
      base[name].push(t.f1);
      out.push({ name: `sentiment.baseline.${name}.dev.${lang}.macro_f1`, value: round(t.f1), unit: 'F1' });
    }
    for (const it of items) all.push(it.text);
  }
  out.push({ name: 'sentiment.dev.mean.macro_f1', value: round(mean(f1s)), unit: 'F1' });
  out.push({ name: 'sentiment.baseline.afinn.dev.mean.macro_f1', value: round(mean(base.afinn)), unit: 'F1' });
  out.push({ name: 'sentiment.baseline.vader.dev.mean.macro_f1', value: round(mean(base.vader)), unit: 'F1' });
  out.push({ name: 'sentiment.throughput.per_s', value: throughput(all, (t) => analyze(t)), unit: 'comments/s' });
  out.push({
    name: 'sentiment.baseline.afinn.throughput.per_s',
    value: throughput(all, afinnScore),
    unit: 'comments/s',
  });
  out.push({
    name: 'sentiment.baseline.vader.throughput.per_s',
    value: throughput(all, vaderScore),
    unit: 'comments/s',
  });
  out.push({ name: 'sentiment.size.gzip_bytes', value: await gzipSizeOfBundle(), unit: 'bytes' });
  return out;
}

function mean(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
}
function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
