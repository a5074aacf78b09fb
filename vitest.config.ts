import { defineConfig } from 'vitest/config';
import { resolve } from 'node:path';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  resolve: {
    // As in the extension build (wxt.config.ts): no ES5 polyfills from twitter-text.
    alias: [{ find: /^core-js\/modules\/.*$/, replacement: resolve(import.meta.dirname, 'lib/empty-module.ts') }],
  },
  test: {
    environment: 'happy-dom',
    include: ['tests/{unit,adapters,storage,features,components}/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
    testTimeout: 20_000,
  },
});
