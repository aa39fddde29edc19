import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { chromiumArgs, chromiumPath } from './test/support/chromium.ts';

/** React 18.3 from test/react18 (npm ci on demand by scripts/test.mjs), for the `react18` project. */
const react18 = (name: string) => fileURLToPath(new URL(`./test/react18/node_modules/${name}`, import.meta.url));

const provider = playwright({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } });
// A fresh object per project: Vitest mutates `instances`, and a shared one mislabels projects.
const browser = () => ({
  enabled: true,
  headless: true,
  provider,
  instances: [{ browser: 'chromium' as const }],
});

export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['**/*.browser.test.*', 'test/e2e/**', 'test/package/**', 'test/ssr/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['src/**/*.test.tsx', 'test/**/*.test.tsx'],
          exclude: ['**/*.browser.test.*', 'test/e2e/**'],
          setupFiles: ['test/support/setup-dom.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['src/**/*.browser.test.{ts,tsx}', 'test/browser/**/*.browser.test.{ts,tsx}'],
          browser: browser(),
        },
      },
      {
        extends: true,
        // Every `react`/`react-dom` import (ours, react-hook-form's, react-query's, the test's)
        // resolves to React 18.3 in this project.
        resolve: {
          alias: [
            { find: /^react-dom(\/.*)?$/, replacement: `${react18('react-dom')}$1` },
            { find: /^react(\/.*)?$/, replacement: `${react18('react')}$1` },
          ],
        },
        test: {
          name: 'react18',
          include: ['test/react18/**/*.browser.test.tsx'],
          browser: browser(),
        },
      },
      {
        extends: true,
        test: {
          // The built package (dist/) as hosts consume it: SSR, tree-shaking, the example app.
          name: 'package',
          environment: 'node',
          include: ['test/package/**/*.test.ts', 'test/ssr/**/*.test.ts'],
          globalSetup: ['test/package/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // Builds and Chromium: one file at a time on two cores.
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.e2e.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
      {
        // Every story as a test (play function + axe, which fails on any violation) in Chromium.
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook' })],
        optimizeDeps: { include: ['msw-storybook-addon/csf3', 'msw', 'msw/browser', 'qrcode.react'] },
        test: { name: 'storybook', browser: browser() },
      },
    ],
  },
});
