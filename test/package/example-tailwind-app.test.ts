/**
 * examples/tailwind-app: Vite + Tailwind v4 (@tailwindcss/vite, preflight in `@layer base`)
 * consuming the BUILT package by its name, installed from its own lockfile (npm test does it
 * when missing) and built with its own toolchain. In Chromium: the card keeps the package's
 * padding and borders under preflight, Tailwind utilities on a part win, the preset applies, a
 * sign-in completes and survives a reload.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser';
import { assertInstalled, cardLookOn, packageCardLook, rgbOf, signInAsClient, watchHydration } from './support/host-app';
import { builtModule, repoRoot } from './support/paths';
import { startHostServer, type HostServer } from './support/static-server';

const example = join(repoRoot, 'examples/tailwind-app');
let server: HostServer;
let browser: Browser;
let meadow: { light: { primary: string }; style: Record<string, string> };

beforeAll(async () => {
  assertInstalled('examples/tailwind-app', 'tailwindcss');
  // Its own Vite and Tailwind, as its `npm run build` does (production: Vitest sets NODE_ENV=test).
  const started = Date.now();
  execFileSync(process.execPath, [join(example, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'], {
    cwd: example,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: 'inherit',
  });
  console.log(`examples/tailwind-app: vite build ${((Date.now() - started) / 1000).toFixed(1)} s`);
  server = await startHostServer({ dir: join(example, 'dist') });
  browser = await launchChromium();
  ({ presets: { meadow } } = (await import(/* @vite-ignore */ builtModule('theme.js'))) as { presets: { meadow: typeof meadow } });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('examples/tailwind-app builds from the package name', () => {
  it('type-checks through the package exports (./theme included)', () => {
    // skipLibCheck: the shipped declarations themselves are checked by the portal example's test.
    const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');
    expect(() => execFileSync(process.execPath, [tsc, '-p', join(example, 'tsconfig.json'), '--skipLibCheck'], { encoding: 'utf8' })).not.toThrow();
  });
});

describe('examples/tailwind-app in Chromium', () => {
  it('keeps the card as the package draws it under preflight; utilities on a part win; the preset applies', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Sign in', exact: true }).waitFor();
    // Tailwind's preflight is on the page (it zeroes every margin and border outside our root).
    expect(await page.evaluate(() => getComputedStyle(document.body).margin)).toBe('0px');
    expect(await cardLookOn(page)).toEqual(await packageCardLook(browser, meadow.style));
    const look = await cardLookOn(page);
    expect(Number.parseFloat(look.cardPadding[0] ?? '0')).toBeGreaterThan(16);
    expect(look.cardBorder[0]).toBe('1px solid');

    const button = page.getByRole('button', { name: 'Sign in', exact: true });
    const style = await button.evaluate((element) => {
      const cs = getComputedStyle(element);
      return { radius: cs.borderTopLeftRadius, paddingInline: cs.paddingInlineStart, transform: cs.textTransform, background: cs.backgroundColor };
    });
    // classNames={{ button: 'rounded-full px-10 uppercase' }}: Tailwind's utilities beat the package's rules.
    expect(Number.parseFloat(style.radius)).toBeGreaterThan(1000);
    expect(style.paddingInline).toBe('40px');
    expect(style.transform).toBe('uppercase');
    // theme={presets.meadow}: its primary colour on the button.
    expect(style.background).toBe(rgbOf(meadow.light.primary));
    await page.close();
  });

  it('signs in, and a reload keeps the session (sessionStorage) with no error', async () => {
    const page = await browser.newPage();
    const problems = watchHydration(page);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Sign in', exact: true }).waitFor();
    await signInAsClient(page);
    await page.reload();
    await page.getByText('Signed in as client@example.com').waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in', exact: true }).waitFor();
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
