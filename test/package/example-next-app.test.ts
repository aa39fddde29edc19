/**
 * examples/next-app: a fresh Next.js 16 App Router app (`cacheComponents: true`, create-next-app's
 * globals.css with its `* { padding: 0; margin: 0 }`) consuming the BUILT package by its name,
 * installed from its own lockfile (npm test does it when missing). The simulator runs here on a
 * free port; `next build` bakes it in as the target of the /api/v2/my/* rewrite; `next start`
 * serves the production build on another free port. In Chromium: the server HTML holds the
 * form, the theme passed from a Server Component applies, the card keeps the package's padding
 * and borders under the reset, a host class on a part wins, and a sign-in completes and
 * survives a reload with no hydration warning.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser';
import { assertInstalled, cardLookOn, packageCardLook, rgbOf, signInAsClient, watchHydration } from './support/host-app';
import { builtModule, repoRoot } from './support/paths';

const example = join(repoRoot, 'examples/next-app');
const nextBin = join(example, 'node_modules/next/dist/bin/next');
const env = { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' };

interface SimulatorServer {
  url: string;
  close(): Promise<void>;
}
let simulator: SimulatorServer;
let next: ChildProcess | undefined;
let url: string;
let browser: Browser;
let midnight: { light: { primary: string }; style: Record<string, string> };

/** A port nobody listens on right now (the OS picks it). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Polls `target` until it answers 200 (next start is up). */
async function waitUntilServing(target: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (next?.exitCode !== null && next?.exitCode !== undefined) throw new Error(`next start exited with ${next.exitCode}`);
    try {
      if ((await fetch(target)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`next start did not answer at ${target}`);
}

beforeAll(async () => {
  assertInstalled('examples/next-app', 'next');
  const { startSimulatorServer } = (await import(/* @vite-ignore */ builtModule('simulator-node.js'))) as {
    startSimulatorServer(options: { port: number }): Promise<SimulatorServer>;
  };
  simulator = await startSimulatorServer({ port: 0 });
  const started = Date.now();
  execFileSync(process.execPath, [nextBin, 'build'], { cwd: example, env: { ...env, B2CORE_URL: simulator.url }, stdio: 'inherit' });
  console.log(`examples/next-app: next build ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  next = spawn(process.execPath, [nextBin, 'start', '--port', String(port), '--hostname', '127.0.0.1'], { cwd: example, env, stdio: 'ignore' });
  await waitUntilServing(url, 60_000);
  browser = await launchChromium();
  ({ presets: { midnight } } = (await import(/* @vite-ignore */ builtModule('theme.js'))) as { presets: { midnight: typeof midnight } });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  if (next && next.exitCode === null) {
    const exited = new Promise((resolve) => next?.once('exit', resolve));
    next.kill('SIGTERM');
    await exited;
  }
  await simulator?.close();
});

describe('examples/next-app (next build + next start)', () => {
  it('prerenders the form in the server HTML, themed by the Server Component', async () => {
    const html = await (await fetch(url)).text();
    expect(html).toContain('data-part="form"');
    expect(html).toMatch(/<input[^>]*autoComplete="username"|<input[^>]*autocomplete="username"/i);
    expect(html).toMatch(/<input[^>]*type="password"/);
    // presets.midnight arrived from the Server Component: its variables are on the root already.
    const [name, value] = Object.entries(midnight.style)[0]!;
    expect(html).toContain(`${name}:${value}`);
  });

  it('the theme applies, the card is the package’s under the reset, a host class on a part wins', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    await page.getByRole('heading', { name: 'Sign in', exact: true }).waitFor();
    // create-next-app's reset is on the page: it zeroes every element's padding outside our root.
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('main') as Element).paddingTop)).toBe('48px');
    expect(await page.evaluate(() => getComputedStyle(document.body).marginTop)).toBe('0px');
    expect(await cardLookOn(page)).toEqual(await packageCardLook(browser, midnight.style));

    const button = page.getByRole('button', { name: 'Sign in', exact: true });
    const style = await button.evaluate((element) => {
      const cs = getComputedStyle(element);
      return { radius: cs.borderTopLeftRadius, transform: cs.textTransform, background: cs.backgroundColor };
    });
    // theme={presets.midnight} from app/page.tsx (a Server Component).
    expect(style.background).toBe(rgbOf(midnight.light.primary));
    // classNames={{ button: styles.signInButton }} from page.module.css beats the package's radius.
    expect(style.radius).toBe('999px');
    expect(style.transform).toBe('uppercase');
    await page.close();
  });

  it('signs in, and a reload with the stored session hydrates with no warning', async () => {
    const page = await browser.newPage();
    const problems = watchHydration(page);
    await page.goto(url);
    await page.getByRole('heading', { name: 'Sign in', exact: true }).waitFor();
    await signInAsClient(page);
    await page.reload();
    await page.getByText('Signed in as client@example.com').waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in', exact: true }).waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });
});
