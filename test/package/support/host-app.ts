/**
 * Shared by the real-host example tests (examples/next-app, examples/tailwind-app): the
 * on-demand install check, the package's own look of the card for comparison, the look of the
 * card in a host page, console watching for hydration errors, and the sign-in journey.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { repoRoot } from './paths';

/** Throws a clear message when `npm test` has not installed an example yet. */
export function assertInstalled(example: string, probe: string): void {
  if (!existsSync(join(repoRoot, example, 'node_modules', probe, 'package.json'))) {
    throw new Error(`${example} is not installed: npm ci --prefix ${example} (npm test does it when missing)`);
  }
}

/** The card's box, as a person would notice it flattened. */
export interface CardLook {
  cardPadding: string[];
  cardBorder: string[];
  inputPadding: string[];
  inputBorder: string[];
}

/** Reads the look of the first card and its first input on `page`. */
export function cardLookOn(page: Page): Promise<CardLook> {
  return page.evaluate(() => {
    const sides = ['top', 'right', 'bottom', 'left'];
    const of = (selector: string) => getComputedStyle(document.querySelector(selector) as Element);
    const card = of('[data-part="card"]');
    const input = of('[data-part="input"]');
    return {
      cardPadding: sides.map((s) => card.getPropertyValue(`padding-${s}`)),
      cardBorder: sides.map((s) => `${card.getPropertyValue(`border-${s}-width`)} ${card.getPropertyValue(`border-${s}-style`)}`),
      inputPadding: sides.map((s) => input.getPropertyValue(`padding-${s}`)),
      inputBorder: sides.map((s) => `${input.getPropertyValue(`border-${s}-width`)} ${input.getPropertyValue(`border-${s}-style`)}`),
    };
  });
}

/**
 * The package's own look of the card: dist/styles.css alone on a blank page (no host CSS, no
 * reset), a root with the same theme variables, a card and an input, at the same viewport.
 */
export async function packageCardLook(browser: Browser, themeStyle: Record<string, string>): Promise<CardLook> {
  const css = readFileSync(join(repoRoot, 'dist/styles.css'), 'utf8');
  const style = Object.entries(themeStyle).map(([name, value]) => `${name}: ${value}`).join('; ');
  const page = await browser.newPage();
  try {
    await page.setContent('<!doctype html><html><head></head><body><div data-part="root"><div data-part="card"><input data-part="input"></div></div></body></html>');
    await page.addStyleTag({ content: css });
    await page.evaluate((value) => document.querySelector('[data-part="root"]')?.setAttribute('style', value), style);
    return await cardLookOn(page);
  } finally {
    await page.close();
  }
}

/** `#rrggbb` as Chromium's computed `rgb(r, g, b)`. */
export function rgbOf(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

/** Collects console errors and page errors that speak of hydration (React #418/#423/#425). */
export function watchHydration(page: Page): string[] {
  const problems: string[] = [];
  const isHydration = (text: string) => /hydrat|#418|#423|#425|did(n't| not) match/i.test(text);
  page.on('console', (message) => {
    if ((message.type() === 'error' || message.type() === 'warning') && isHydration(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => {
    if (isHydration(`${error.message} ${error.stack ?? ''}`)) problems.push(error.message);
  });
  return problems;
}

/** Signs in with the demo account that has no second factor, and waits for the portal. */
export async function signInAsClient(page: Page): Promise<void> {
  await page.getByLabel('Email', { exact: true }).fill('client@example.com');
  await page.getByLabel('Password', { exact: true }).fill('Secret123!');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByText('Signed in as client@example.com').waitFor();
}
