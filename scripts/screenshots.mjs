#!/usr/bin/env node
/**
 * `npm run screenshots`: photographs the built Storybook (run `npm run build-storybook` first)
 * in Debian's Chromium, for people to look at (never pixel-compared across machines).
 *
 * - every story once, default theme, light, English;
 * - stories tagged `screenshots`: each preset × light/dark, each preset in Arabic (RTL), and
 *   once with forced colours (Windows high contrast).
 *
 * Usage: node scripts/screenshots.mjs [--static storybook-static] [--out artifacts/screenshots] [--filter text] [--workers 3]
 * Serves the static build itself (node:http on a free loopback port) and uses a fresh browser
 * context per page, so each story's MSW worker starts clean.
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const staticDir = resolve(option('static', 'storybook-static'));
const outDir = resolve(option('out', 'artifacts/screenshots'));
const filter = option('filter', '');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

if (!existsSync(join(staticDir, 'index.json'))) {
  console.error(`No built Storybook in ${staticDir}: run "npm run build-storybook" first.`);
  process.exit(1);
}

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/** A tiny static server: enough for a Storybook build (no directory listings, no traversal). */
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  let file = normalize(join(staticDir, path));
  if (!file.startsWith(staticDir)) {
    res.writeHead(403).end();
    return;
  }
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  // The MSW worker must be allowed to control the whole origin.
  const headers = { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'service-worker-allowed': '/' };
  res.writeHead(200, headers);
  createReadStream(file).pipe(res);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const address = server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

const index = JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter(
  (entry) => entry.type === 'story' && (!filter || entry.id.includes(filter)),
);

/** The shots to take: [story, globals, name suffix, extra context options]. */
const shots = [];
for (const story of stories) {
  shots.push([story, { theme: 'default', scheme: 'light', locale: 'en' }, 'default-light', {}]);
  if (!story.tags?.includes('screenshots')) continue;
  for (const theme of ['default', 'midnight', 'meadow']) {
    for (const scheme of ['light', 'dark']) {
      if (theme === 'default' && scheme === 'light') continue;
      shots.push([story, { theme, scheme, locale: 'en' }, `${theme}-${scheme}`, {}]);
    }
    shots.push([story, { theme, scheme: 'light', locale: 'ar' }, `${theme}-light-rtl`, {}]);
  }
  shots.push([story, { theme: 'default', scheme: 'light', locale: 'en' }, 'forced-colors', { forcedColors: 'active' }]);
}

mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
let failures = 0;

/** Takes one shot in its own browser context. */
async function shoot([story, globals, suffix, contextOptions]) {
  const globalsParam = Object.entries(globals)
    .map(([k, v]) => `${k}:${v}`)
    .join(';');
  const url = `${base}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=${globalsParam}`;
  // A fresh context per page: a service worker left over from another page can miss a story's mocks.
  const context = await browser.newContext({
    viewport: { width: 720, height: 900 },
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
    ...contextOptions,
  });
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector('#storybook-root [data-part="root"]', { timeout: 15_000 });
    // Let loaders, MSW answers and play functions settle.
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(Number(story.parameters?.screenshotDelay ?? 600));
    await page.screenshot({ path: join(outDir, `${story.id}--${suffix}.png`), fullPage: true });
    console.log(`✓ ${story.id} ${suffix}`);
  } catch (error) {
    failures += 1;
    console.error(`✗ ${story.id} ${suffix}: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
  } finally {
    await context.close();
  }
}

// A few pages at a time: most of each shot is waiting, not CPU.
const queue = [...shots];
const workers = Number(option('workers', '3'));
try {
  await Promise.all(
    Array.from({ length: workers }, async () => {
      for (let shot = queue.shift(); shot; shot = queue.shift()) await shoot(shot);
    }),
  );
} finally {
  await browser.close();
  server.close();
}
console.log(`${shots.length - failures} screenshots in ${outDir}${failures ? `, ${failures} failed` : ''}`);
process.exit(failures ? 1 : 0);
