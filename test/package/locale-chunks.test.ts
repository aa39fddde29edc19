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

describe('locale chunks in dist/', () => {
  const lazy = supportedLocales.filter((locale) => locale !== 'en');

  it.each(lazy)('%s is its own chunk within 2.5 KiB gzip, imported lazily by the main entry', (locale) => {
    const code = readFileSync(join(dist, `locale-${locale}.js`));
    expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(chunkBudget);
    const main = readFileSync(join(dist, 'index.js'), 'utf8');
    expect(main).toContain(`import("./locale-${locale}.js")`);
    expect(main).not.toMatch(new RegExp(`^import .*locale-${locale}\\.js`, 'm'));
  });

  it('unpacked by the built loader, every chunk is exactly its source catalog', async () => {
    const built = (await import(builtModule('index.js'))) as { loadMessages: typeof loadMessages };
    for (const locale of supportedLocales) {
      expect(await built.loadMessages(locale), locale).toEqual(await loadMessages(locale));
    }
  });
});
