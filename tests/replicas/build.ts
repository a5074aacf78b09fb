/**
 * Builds the replica pages (X, Instagram, TikTok) with Vite's build() API.
 * Run: npx jiti tests/replicas/build.ts   (idempotent; output in tests/replicas/dist/, git-ignored)
 * Output: dist/<site>.js (+ dist/chunks/*), dist/<site>.html (the document shell the harness serves).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { DIST_DIR, REPLICAS_DIR, SITES, STAMP_FILE, type ReplicaSite } from './stale';

/** Mount node per site, as the real documents have it. */
const MOUNT: Record<ReplicaSite, string> = {
  x: '<div id="react-root"></div>',
  instagram: '<div id="mount_0_0_rp"></div>',
  tiktok: '<div id="app"></div>',
};
const TITLE: Record<ReplicaSite, string> = { x: 'X', instagram: 'Instagram', tiktok: 'TikTok - Make Your Day' };

/** The HTML shell. The harness replaces lang="en" when ?lang= is given. */
export function shell(site: ReplicaSite): string {
  return `<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${TITLE[site]}</title>
</head>
<body>
${MOUNT[site]}
<script type="module" src="/__replica/${site}.js"></script>
</body>
</html>
`;
}

export async function buildReplicas(): Promise<void> {
  const started = Date.now();
  const input: Record<string, string> = {};
  for (const s of SITES) {
    const entry = join(REPLICAS_DIR, 'src', s, 'main.tsx');
    if (existsSync(entry)) input[s] = entry;
  }
  await build({
    configFile: false,
    root: REPLICAS_DIR,
    mode: 'production',
    logLevel: 'warn',
    plugins: [react()],
    define: {
      'process.env.NODE_ENV': JSON.stringify('production'),
      global: 'globalThis',
    },
    build: {
      outDir: DIST_DIR,
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      modulePreload: false,
      copyPublicDir: false,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 5000,
      rollupOptions: {
        input,
        output: {
          entryFileNames: '[name].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
          assetFileNames: 'assets/[name]-[hash][extname]',
        },
      },
    },
  });
  mkdirSync(DIST_DIR, { recursive: true });
  for (const s of Object.keys(input) as ReplicaSite[]) writeFileSync(join(DIST_DIR, `${s}.html`), shell(s));
  writeFileSync(STAMP_FILE, JSON.stringify({ builtAt: new Date().toISOString(), sites: Object.keys(input) }, null, 2));
  console.log(`[replicas] built ${Object.keys(input).join(', ')} in ${Date.now() - started} ms → ${DIST_DIR}`);
}

const invokedDirectly = process.argv.some((a) => /tests[\\/]replicas[\\/]build\.ts$/.test(a));
if (invokedDirectly) {
  buildReplicas().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
