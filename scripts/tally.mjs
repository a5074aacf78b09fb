// Totals every suite's results into the one closing line CI reads: `N passed, N failed`.
import { readFileSync, existsSync } from 'node:fs';

let passed = 0,
  failed = 0;
const lines = [];
const steps = readFileSync('.reports/steps.tsv', 'utf8')
  .trim()
  .split('\n')
  .filter(Boolean)
  .map((l) => l.split('\t'));

function fromVitest(file) {
  if (!existsSync(file)) return null;
  const r = JSON.parse(readFileSync(file, 'utf8'));
  // Vitest marks a test file that failed to load as failed with no tests: count it.
  const brokenFiles = (r.testResults ?? []).filter(
    (f) => f.status === 'failed' && !(f.assertionResults ?? []).length,
  ).length;
  return {
    passed: r.numPassedTests,
    failed: r.numFailedTests + brokenFiles + (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0),
  };
}
function fromPlaywright(file) {
  if (!existsSync(file)) return null;
  const r = JSON.parse(readFileSync(file, 'utf8'));
  const s = r.stats ?? {};
  return {
    passed: s.expected ?? 0,
    failed: (s.unexpected ?? 0) + (s.flaky ?? 0) + (s.skipped ?? 0) + (r.errors?.length ?? 0),
  };
}
function fromFirefox(file) {
  if (!existsSync(file)) return null;
  return JSON.parse(readFileSync(file, 'utf8'));
}
const suites = {
  unit: () => fromVitest('.reports/unit.json'),
  e2e: () => fromPlaywright('.reports/e2e.json'),
  firefox: () => fromFirefox('.reports/firefox.json'),
};

for (const [name, status] of steps) {
  const counted = suites[name]?.();
  if (counted) {
    // A runner that crashed after writing partial results still fails the step.
    const f = counted.failed + (status === 'fail' && counted.failed === 0 ? 1 : 0);
    passed += counted.passed;
    failed += f;
    lines.push(`${name.padEnd(14)} ${counted.passed} passed, ${f} failed`);
  } else {
    if (status === 'pass') passed++;
    else failed++;
    lines.push(`${name.padEnd(14)} ${status}`);
  }
}
console.log('\n' + lines.join('\n'));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
