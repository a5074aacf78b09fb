// Fails when a built bundle contains eval / new Function / remote script loading, or when the
// manifest asks for more than the three sites.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const dirs = ['.output/chrome-mv3', '.output/firefox-mv2'];
const bad = [];
const walk = (d) =>
  readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]));
for (const dir of dirs) {
  for (const file of walk(dir).filter((f) => f.endsWith('.js'))) {
    const src = readFileSync(file, 'utf8');
    for (const [name, re] of [
      ['eval(', /(?<![.\w$])eval\s*\(/],
      ['new Function(', /new\s+Function\s*\(/],
      ['Function constructor', /(?<![.\w$])Function\s*\(\s*[`'"]/],
      ['remote script', /https?:\/\/[^"'`\s]+\.js["'`]/],
    ])
      if (re.test(src)) bad.push(`${file}: ${name}`);
  }
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const hosts = [
    ...(manifest.host_permissions ?? []),
    ...(manifest.permissions ?? []).filter((p) => p.includes('://') || p === '<all_urls>'),
  ];
  const allowed = ['https://x.com/*', 'https://www.instagram.com/*', 'https://www.tiktok.com/*'];
  for (const h of hosts) if (!allowed.includes(h)) bad.push(`${dir}/manifest.json: host permission ${h}`);
  for (const cs of manifest.content_scripts ?? [])
    for (const m of cs.matches) if (!allowed.includes(m)) bad.push(`${dir}: content script match ${m}`);
}
if (bad.length) {
  console.error('Bundle check failed:\n' + bad.join('\n'));
  process.exit(1);
}
console.log(
  `bundle check: no eval/new Function/remote code; host permissions limited to the three sites (${dirs.join(', ')})`,
);
