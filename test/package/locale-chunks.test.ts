/**
 * The built locale chunks: one per shipped locale, each small, each loaded only by its
 * `import()`, and each, once unpacked by the built loader, exactly the catalog in the sources
 * (the build ships values in English key order: vite.config.ts, `compactCatalogs`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadMessages, supportedLocales } from '../../src/i18n';
import { builtModule, repoRoot } from './support/paths';

const dist = join(repoRoot, 'dist');
/** 2.5 KiB gzip per chunk (level 9, as size tools measure). */
const chunkBudget = 2560;

/** `entry` and every dist file it reaches through static `import … from "./x.js"` statements. */
function staticGraph(entry: string, seen = new Set<string>()): string[] {
  if (seen.has(entry)) return [...seen];
  seen.add(entry);
  const code = readFileSync(join(dist, entry), 'utf8');
  for (const [, from, bare] of code.matchAll(/^(?:import|export)\b[^'"]*?from\s*["']\.\/([^"']+)["']|^import\s*["']\.\/([^"']+)["']/gm)) {
    const file = from ?? bare;
    if (file) staticGraph(file, seen);
  }
  return [...seen];
}

describe('locale chunks in dist/', () => {
  const lazy = supportedLocales.filter((locale) => locale !== 'en');

  it.each(lazy)('%s is its own chunk within 2.5 KiB gzip, imported lazily by the main entry', (locale) => {
    const code = readFileSync(join(dist, `locale-${locale}.js`));
    expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(chunkBudget);
    // The main entry and the chunks it imports statically (the bundler decides where the loader lands).
    const main = staticGraph('index.js').map((file) => readFileSync(join(dist, file), 'utf8')).join('\n');
    expect(main).toContain(`import("./locale-${locale}.js")`);
    expect(main).not.toMatch(new RegExp(`^import .*locale-${locale}\\.js`, 'm'));
    expect(staticGraph('index.js')).not.toContain(`locale-${locale}.js`);
  });

  it('unpacked by the built loader, every chunk is exactly its source catalog', async () => {
    const built = (await import(builtModule('index.js'))) as { loadMessages: typeof loadMessages };
    for (const locale of supportedLocales) {
      expect(await built.loadMessages(locale), locale).toEqual(await loadMessages(locale));
    }
  });
});
