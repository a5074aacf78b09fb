/**
 * The reliability report printed by `npm run bench`: which tests guard each fault class, counted
 * from the test sources, so the report cannot drift from the suites.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const CLASSES: Record<string, RegExp> = {
  'schema upgrades': /upgrade|migration/i,
  'worker restarts': /service worker|restart|terminat/i,
  storage: /quota|retention|persist/i,
  'many tabs': /three tabs|many tabs|concurrent/i,
  'hostile content': /hostile|bidi|zero-width|50,?000|10,?000 emoji|fuzz/i,
  'imports and settings': /import|malformed|invalid utf-8|wrong version/i,
  'unknown layouts': /layout|renamed/i,
  privacy: /network|offsite|no request|eval/i,
  'message boundary': /sender|untrusted|payload/i,
};

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : /\.(test|spec)\.tsx?$|smoke\.mjs$/.test(f) ? [p] : [];
  });
}

export async function runReliabilityReport(): Promise<Array<{ name: string; value: number; unit: string }>> {
  const tests: { file: string; title: string }[] = [];
  for (const file of walk(join(ROOT, 'tests'))) {
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(/\b(?:it|test|check)\(\s*(['"`])(.+?)\1/g))
      tests.push({ file: relative(ROOT, file), title: m[2]! });
  }
  const figures: Array<{ name: string; value: number; unit: string }> = [];
  console.log('\nReliability report — tests per fault class');
  for (const [cls, re] of Object.entries(CLASSES)) {
    const hits = tests.filter((t) => re.test(t.title));
    figures.push({ name: `reliability.${cls.replace(/\W+/g, '_')}.tests`, value: hits.length, unit: 'tests' });
    console.log(
      `  ${cls.padEnd(22)} ${String(hits.length).padStart(3)}  ${[...new Set(hits.map((h) => h.file))].join(', ')}`,
    );
  }
  figures.push({ name: 'reliability.total.tests', value: tests.length, unit: 'tests' });
  return figures;
}
