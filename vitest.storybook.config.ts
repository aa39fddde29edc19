import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { chromiumArgs, chromiumPath } from './test/support/chromium.ts';

/**
 * Runs every story as a test (play function + axe) in Debian's Chromium. The same project
 * belongs in vitest.config.ts's `projects`; this file runs it alone:
 * `npx vitest run --config vitest.storybook.config.ts`.
 */
export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook' })],
        optimizeDeps: { include: ['msw-storybook-addon/csf3', 'msw', 'msw/browser', 'qrcode.react'] },
        test: {
          name: 'storybook',
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
