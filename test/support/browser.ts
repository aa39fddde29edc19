import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium';

/** Launches Debian's Chromium headless (Playwright never downloads a browser here). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
}
