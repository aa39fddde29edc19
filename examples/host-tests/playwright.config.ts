import { defineConfig } from '@playwright/test';

/**
 * Debian's Chromium (`CHROMIUM_PATH` elsewhere): no browser download. Every worker starts its
 * own simulator and app server on free ports (tests/fixtures.ts); `npm test` builds the app first.
 */
export default defineConfig({
  testDir: 'tests',
  reporter: process.env.CI ? 'dot' : 'list',
  timeout: 30_000,
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    },
  },
});
