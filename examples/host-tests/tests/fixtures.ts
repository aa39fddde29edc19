import { fileURLToPath } from 'node:url';
import { test as base } from '@playwright/test';
import { startTestSimulator, type TestSimulator } from 'b2core-sign-in/testing';
import { preview } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Per worker: a simulator and the built app, each on a free port. Per test: a fresh simulator
 * (`reset()`) and `app`, the page URL pointed at this worker's simulator.
 */
export const test = base.extend<{ app: string }, { simulator: TestSimulator; appOrigin: string }>({
  simulator: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern; none here.
    async ({}, use) => {
      const simulator = await startTestSimulator();
      await use(simulator);
      await simulator.close();
    },
    { scope: 'worker' },
  ],
  appOrigin: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern; none here.
    async ({}, use) => {
      const server = await preview({ root, preview: { host: '127.0.0.1', port: 0 }, logLevel: 'warn' });
      const address = server.httpServer.address();
      await use(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
      await server.close();
    },
    { scope: 'worker' },
  ],
  app: async ({ simulator, appOrigin }, use) => {
    await simulator.reset();
    await use(`${appOrigin}/?api=${encodeURIComponent(simulator.url)}`);
  },
});

export { expect } from '@playwright/test';
