/** Runs the sentiment benchmark, prints a table and merges the figures into bench-results.json. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { projectRoot, runSentimentBench, type BenchEntry } from './bench/sentiment';

const results = await runSentimentBench();
const width = Math.max(...results.map((r) => r.name.length));
for (const r of results) console.log(`${r.name.padEnd(width)}  ${String(r.value).padStart(10)}  ${r.unit}`);

const file = resolve(projectRoot, 'bench-results.json');
let existing: BenchEntry[] = [];
if (existsSync(file)) {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8'));
    if (Array.isArray(parsed)) existing = parsed;
  } catch {
    console.warn('bench-results.json was not valid JSON; rewriting it');
  }
}
const names = new Set(results.map((r) => r.name));
const merged = [...existing.filter((e) => !names.has(e.name)), ...results];
writeFileSync(file, JSON.stringify(merged, null, 2) + '\n');
console.log(`merged ${results.length} figures into bench-results.json`);
