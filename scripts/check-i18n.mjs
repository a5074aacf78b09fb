// Fails when the UI code (components/, lib/features/) shows hard-coded text instead of t('key').
// Prints `file:line: text` per offender; see scripts/i18n-scan.mjs for what counts.
import { formatOffender, scanProject, SCAN_DIRS } from './i18n-scan.mjs';

const { files, offenders } = scanProject();
for (const o of offenders) console.log(formatOffender(o));
if (offenders.length > 0) {
  console.error(
    `check-i18n: ${offenders.length} hard-coded UI string(s) in ${new Set(offenders.map((o) => o.file)).size} file(s) — move them to lib/i18n/en.ts and use t().`,
  );
  process.exit(1);
}
console.log(`check-i18n: no hard-coded UI strings in ${files} files (${SCAN_DIRS.join(', ')}).`);
