/**
 * `npm start` on a machine with a display: opens Chromium with the built extension and serves the
 * replica pages of X, Instagram and TikTok at their real addresses, offline.
 */
import { launchReplicaContext, DEFAULT_PATHS, SITE_ORIGINS, type Site } from '../tests/e2e/harness';

const context = await launchReplicaContext({ headless: false });
const sites: Site[] = ['x', 'instagram', 'tiktok'];
for (const [i, site] of sites.entries()) {
  const page = i === 0 ? (context.pages()[0] ?? (await context.newPage())) : await context.newPage();
  await page.goto(`${SITE_ORIGINS[site]}${DEFAULT_PATHS[site]}`);
}
console.log('Chromium is open with Riposte on the replica pages of X, Instagram and TikTok. Close the window to stop.');
await new Promise((resolve) => context.on('close', resolve));
