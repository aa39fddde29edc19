import type { StorybookConfig } from '@storybook/react-vite';

/**
 * Storybook 10, hand-written (no `storybook init` here: the registry mirror lacks its CLI).
 * The project's vite.config.ts is the library build, so Storybook gets its own small one.
 */
const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)', '../src/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest', 'msw-storybook-addon'],
  // Serves public/mockServiceWorker.js for the MSW addon.
  staticDirs: ['../public'],
  core: {
    disableTelemetry: true,
    builder: { name: '@storybook/builder-vite', options: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  typescript: { reactDocgen: 'react-docgen' },
};

export default config;
