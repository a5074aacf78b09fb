/** Playwright globalSetup: (re)builds the replica pages when dist is missing or older than their sources. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { replicasStaleReason } from './stale';

export default function globalSetup(): void {
  const why = replicasStaleReason();
  if (!why) return;
  console.log(`[replicas] building (${why})`);
  const cli = resolve(process.cwd(), 'node_modules/jiti/lib/jiti-cli.mjs');
  if (!existsSync(cli)) throw new Error('jiti is not installed (node_modules/jiti): run npm install');
  execFileSync(process.execPath, [cli, 'tests/replicas/build.ts'], { stdio: 'inherit', cwd: process.cwd() });
  const still = replicasStaleReason();
  if (still) throw new Error(`replica build did not produce dist (${still})`);
}
