/** Dependency-free check whether tests/replicas/dist is missing or older than the replica sources. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const REPLICAS_DIR = resolve(process.cwd(), 'tests/replicas');
export const DIST_DIR = join(REPLICAS_DIR, 'dist');
export const STAMP_FILE = join(DIST_DIR, 'build-stamp.json');
export const SITES = ['x', 'instagram', 'tiktok'] as const;
export type ReplicaSite = (typeof SITES)[number];

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const p = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(p));
    else if (/\.(tsx?|css|html)$/.test(entry.name)) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

/** Why a rebuild is needed, or null when dist is up to date. */
export function replicasStaleReason(): string | null {
  if (!existsSync(STAMP_FILE)) return 'dist missing';
  for (const s of SITES) {
    if (!existsSync(join(REPLICAS_DIR, 'src', s, 'main.tsx'))) continue;
    if (!existsSync(join(DIST_DIR, `${s}.js`)) || !existsSync(join(DIST_DIR, `${s}.html`))) return `dist/${s} missing`;
  }
  const built = statSync(STAMP_FILE).mtimeMs;
  if (newestMtime(REPLICAS_DIR) > built) return 'sources changed';
  for (const pkg of ['react-dom', 'draft-js']) {
    const pj = resolve(process.cwd(), 'node_modules', pkg, 'package.json');
    if (existsSync(pj) && statSync(pj).mtimeMs > built) return `${pkg} changed`;
  }
  return null;
}
