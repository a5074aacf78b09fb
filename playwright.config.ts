import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests: the built extension (.output/chrome-mv3) in Debian Chromium, against replica pages
 * served at the real site addresses (tests/e2e/harness.ts). Never run `npx playwright install`.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  retries: 0,
  timeout: 60_000,
  fullyParallel: false,
  reporter: [['list'], ['json', { outputFile: '.reports/e2e.json' }]],
  globalSetup: './tests/replicas/global-setup.ts',
  outputDir: 'test-results',
  use: {
    headless: true,
    // Only used if a test asks for Playwright's own `browser` fixture; the harness launches its own context.
    launchOptions: { executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] },
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    trace: 'off',
  },
});
