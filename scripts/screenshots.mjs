#!/usr/bin/env node
/**
 * `npm run screenshots`: photographs the built Storybook (run `npm run build-storybook` first)
 * in Debian's Chromium, for people to look at (never pixel-compared across machines).
 *
 * The matrix (scripts/screenshot-matrix.mjs): the listed states plus every story tagged
 * `screenshots`, each × viewport (desktop 1280×800, phone 390×844) × scheme (light, dark) ×
 * locale (en, ar, ru), plus a few theme-review shots (other presets, forced colours).
 * Writes `<out>/<locale>/<scheme>/<viewport>/<story>.png` and `<out>/index.html`, a contact
 * sheet to browse them.
 *
 * Usage: node scripts/screenshots.mjs [--static storybook-static] [--out artifacts/screenshots]
 *          [--filter text[,text]] [--workers 2] [--readme]
 *   --filter   only stories whose id contains one of the texts (listed states left out are not checked)
 *   --readme   only the README's three images, cropped, into docs/screenshots/
 * Serves the static build itself (node:http on a free loopback port) and uses a fresh browser
 * context per shot, so each story's MSW worker starts clean.
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, normalize, relative, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { locales, readme, readmeMaxBytes, schemes, states, tag, themeChecks, viewports } from './screenshot-matrix.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] && !args[i + 1].startsWith('--') ? args[i + 1] : fallback;
};
const isReadme = args.includes('--readme');
const staticDir = resolve(option('static', 'storybook-static'));
const outDir = resolve(option('out', isReadme ? 'docs/screenshots' : 'artifacts/screenshots'));
const filters = option('filter', '').split(',').filter(Boolean);
const workers = Math.max(1, Number(option('workers', '2')) || 2);
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
const started = Date.now();

if (!existsSync(join(staticDir, 'index.json'))) {
  console.error(`No built Storybook in ${staticDir}: run "npm run build-storybook" first.`);
  process.exit(1);
}

// ---------- which shots ----------

const index = JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8'));
const entries = new Map(Object.values(index.entries).filter((entry) => entry.type === 'story').map((entry) => [entry.id, entry]));
const wanted = (id) => filters.length === 0 || filters.some((text) => id.includes(text));

/** Listed stories missing from the build: a clear failure, before any browser starts. */
const listed = isReadme ? readme.map((shot) => ({ state: `README ${shot.file}`, story: shot.story })) : states;
const missing = listed.filter(({ story }) => wanted(story) && !entries.has(story));
if (missing.length > 0) {
  console.error('These stories are listed in scripts/screenshot-matrix.mjs but missing from the built Storybook:');
  for (const { state, story } of missing) console.error(`  - ${story} (${state})`);
  console.error(
    'Rebuild it ("npm run build-storybook"), fix the id in scripts/screenshot-matrix.mjs, or leave it out with --filter.',
  );
  process.exit(1);
}

/**
 * One shot: a story with globals, in a viewport, written to `file` (relative to outDir).
 * @typedef {{ story: string, title: string, viewport: string, scheme: string, locale: string, theme: string,
 *   forcedColors?: boolean, crop?: 'card', file: string }} Shot
 */
/** @type {Shot[]} */
const shots = [];
const titleOf = (id) => {
  const entry = entries.get(id);
  return entry ? `${entry.title} / ${entry.name}` : id;
};

if (isReadme) {
  for (const shot of readme) shots.push({ ...shot, theme: 'default', title: titleOf(shot.story) });
} else {
  /** Listed states first (in their order), then tagged stories in the index's order. */
  const matrix = new Map(states.map((entry) => [entry.story, entry.viewports ?? Object.keys(viewports)]));
  for (const entry of entries.values()) {
    if (entry.tags?.includes(tag) && !matrix.has(entry.id)) matrix.set(entry.id, Object.keys(viewports));
  }
  for (const [story, storyViewports] of matrix) {
    if (!wanted(story)) continue;
    for (const locale of locales) {
      for (const scheme of schemes) {
        for (const viewport of storyViewports) {
          shots.push({ story, title: titleOf(story), viewport, scheme, locale, theme: 'default', file: `${locale}/${scheme}/${viewport}/${story}.png` });
        }
      }
    }
  }
  for (const story of themeChecks.stories.filter((id) => wanted(id) && entries.has(id))) {
    const base = { story, title: titleOf(story), viewport: 'desktop', locale: 'en' };
    for (const theme of themeChecks.presets) {
      for (const scheme of schemes) shots.push({ ...base, scheme, theme, file: `en/${scheme}/desktop/${story}--${theme}.png` });
    }
    if (themeChecks.forcedColors) {
      shots.push({ ...base, scheme: 'light', theme: 'default', forcedColors: true, file: `en/light/desktop/${story}--forced-colors.png` });
    }
  }
}
if (shots.length === 0) {
  console.error(`No story matches --filter ${filters.join(',')}.`);
  process.exit(1);
}

// ---------- a static server for the build ----------

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
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'service-worker-allowed': '/' });
  createReadStream(file).pipe(res);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const address = server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

// ---------- shooting ----------

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
/** @type {{ shot: Shot, error?: string }[]} */
const results = [];

/** Phases of Storybook's current render after which nothing more happens to the story. */
const settledPhases = ['played', 'completed', 'finished', 'errored', 'aborted'];

/** Takes one shot in its own browser context; a failed play function still leaves its picture. */
async function shoot(shot) {
  const globals = `theme:${shot.theme};scheme:${shot.scheme};locale:${shot.locale}`;
  const url = `${base}/iframe.html?id=${encodeURIComponent(shot.story)}&viewMode=story&globals=${globals}`;
  const { width, height, ...device } = viewports[shot.viewport];
  const context = await browser.newContext({
    viewport: { width, height },
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
    colorScheme: shot.scheme === 'dark' ? 'dark' : 'light',
    forcedColors: shot.forcedColors ? 'active' : 'none',
    ...device,
  });
  const page = await context.newPage();
  const file = join(outDir, shot.file);
  let error;
  try {
    await page.goto(url, { waitUntil: 'load' });
    // The story's render and play function (which drives it to its state) have run.
    await page.waitForFunction(
      (phases) => phases.includes(globalThis.__STORYBOOK_PREVIEW__?.currentRender?.phase),
      settledPhases,
      { timeout: 30_000, polling: 100 },
    );
    const phase = await page.evaluate(() => globalThis.__STORYBOOK_PREVIEW__?.currentRender?.phase);
    if (phase === 'errored' || phase === 'aborted') error = `the story's play function ${phase}`;
    // Fonts, the QR drawing, a countdown's first tick.
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(400);
    mkdirSync(dirname(file), { recursive: true });
    const clip = shot.crop === 'card' ? await cardClip(page, width, height) : undefined;
    await page.screenshot({ path: file, fullPage: !clip && !isReadme, clip });
  } catch (caught) {
    error = caught instanceof Error ? caught.message.split('\n')[0] : String(caught);
  } finally {
    await context.close();
  }
  results.push({ shot, error });
  const label = `${shot.story} ${shot.locale}/${shot.scheme}/${shot.viewport}${shot.theme === 'default' ? '' : ` ${shot.theme}`}${shot.forcedColors ? ' forced-colors' : ''}`;
  console.log(error ? `✗ ${label}: ${error}` : `✓ ${label}`);
}

/** The card and a 40 px margin around it, kept inside the viewport. */
async function cardClip(page, width, height) {
  const box = await page.locator('[data-part="card"]').first().boundingBox();
  if (!box) return undefined;
  const margin = 40;
  const x = Math.max(0, Math.floor(box.x - margin));
  const y = Math.max(0, Math.floor(box.y - margin));
  return { x, y, width: Math.min(width - x, Math.ceil(box.width + 2 * margin)), height: Math.min(height - y, Math.ceil(box.height + 2 * margin)) };
}

// A small pool: most of each shot is waiting, yet two browsers' worth of pages fill two cores.
const queue = [...shots];
try {
  await Promise.all(
    Array.from({ length: Math.min(workers, shots.length) }, async () => {
      for (let shot = queue.shift(); shot; shot = queue.shift()) await shoot(shot);
    }),
  );
} finally {
  await browser.close();
  server.close();
}

// ---------- report ----------

const failures = results.filter((result) => result.error);
if (isReadme) {
  for (const shot of readme) {
    const file = join(outDir, shot.file);
    const bytes = existsSync(file) ? statSync(file).size : 0;
    const tooBig = bytes > readmeMaxBytes;
    if (tooBig) failures.push({ shot, error: `${Math.round(bytes / 1024)} kB, over ${readmeMaxBytes / 1024} kB` });
    console.log(`${tooBig ? '✗' : '•'} ${relative(process.cwd(), file)}: ${Math.round(bytes / 1024)} kB`);
  }
} else {
  writeFileSync(join(outDir, 'index.html'), contactSheet(results));
}
const seconds = Math.round((Date.now() - started) / 1000);
console.log(
  `${results.length - failures.length} of ${results.length} screenshots in ${relative(process.cwd(), outDir) || '.'} (${seconds} s, ${workers} workers)` +
    (isReadme ? '' : `; browse ${relative(process.cwd(), join(outDir, 'index.html'))}`),
);
if (failures.length > 0) {
  console.error(`${failures.length} failed:`);
  for (const { shot, error } of failures) console.error(`  - ${shot.file}: ${error}`);
}
process.exit(failures.length > 0 ? 1 : 0);

/** The contact sheet: one section per story, one thumbnail per locale × scheme × viewport, linked to the full image. */
function contactSheet(done) {
  const escape = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const byStory = new Map();
  for (const result of done) {
    const list = byStory.get(result.shot.story) ?? [];
    list.push(result);
    byStory.set(result.shot.story, list);
  }
  const order = (r) => `${locales.indexOf(r.shot.locale)}${schemes.indexOf(r.shot.scheme)}${r.shot.viewport}${r.shot.file}`;
  const sections = [...byStory].map(([story, list]) => {
    const figures = list
      .sort((a, b) => order(a).localeCompare(order(b)))
      .map(({ shot, error }) => {
        const caption = `${shot.locale} · ${shot.scheme} · ${shot.viewport}${shot.theme === 'default' ? '' : ` · ${shot.theme}`}${shot.forcedColors ? ' · forced colours' : ''}`;
        return `<figure${error ? ' class="failed"' : ''}><a href="${escape(shot.file)}"><img loading="lazy" src="${escape(shot.file)}" alt="${escape(`${shot.title}, ${caption}`)}"></a><figcaption>${escape(caption)}${error ? `<br><strong>✗ ${escape(error)}</strong>` : ''}</figcaption></figure>`;
      });
    return `<section id="${escape(story)}"><h2>${escape(titleOf(story))} <code>${escape(story)}</code></h2><div class="grid">${figures.join('')}</div></section>`;
  });
  const nav = [...byStory.keys()].map((story) => `<li><a href="#${escape(story)}">${escape(titleOf(story))}</a></li>`).join('');
  return `<!doctype html>
<html lang="en">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>b2core-sign-in screenshots</title>
<style>
  body { margin: 0 auto; max-width: 110rem; padding: 1.5rem; font: 14px/1.5 system-ui, sans-serif; color: #0f172a; background: #f6f7f9; }
  h2 { font-size: 1.05rem; margin: 2rem 0 0.75rem; } h2 code { font-size: 0.8rem; color: #556070; }
  nav ul { columns: 3 16rem; padding-inline-start: 1.2rem; }
  .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); gap: 0.75rem; align-items: start; }
  figure { margin: 0; background: #fff; border: 1px solid #e2e6ed; border-radius: 6px; padding: 0.5rem; }
  figure.failed { border-color: #c81e1e; }
  img { display: block; width: 100%; height: 12rem; object-fit: contain; object-position: top; background: #e2e6ed; }
  figcaption { margin-top: 0.35rem; font-size: 12px; color: #556070; }
</style>
<h1>b2core-sign-in screenshots</h1>
<p>${done.length} shots, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC. Files: <code>&lt;locale&gt;/&lt;scheme&gt;/&lt;viewport&gt;/&lt;story&gt;.png</code>.</p>
<nav><ul>${nav}</ul></nav>
${sections.join('\n')}
</html>
`;
}
