#!/usr/bin/env node
/**
 * Gives every relative import in dist/types an explicit file (`./x.js`, `./dir/index.js`).
 * tsc copies the sources' extensionless specifiers (moduleResolution "bundler") into the
 * declarations, which Node16/NodeNext consumers cannot resolve (attw: InternalResolutionError).
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const root = 'dist/types';
// `from './x'`, `import('./x')`, `export * from "../y"`: any relative specifier without an extension.
const specifier = /((?:from|import)\s*\(?\s*)(['"])(\.{1,2}(?:\/[^'"]*)?)\2/g;

/** The emitted file a relative specifier means, as a Node16-resolvable path. */
function explicit(fromFile, spec) {
  if (/\.(js|mjs|cjs|json|css)$/.test(spec)) return spec;
  const base = join(dirname(fromFile), spec);
  if (existsSync(`${base}.d.ts`)) return `${spec}.js`;
  if (existsSync(join(base, 'index.d.ts'))) return `${spec.replace(/\/$/, '')}/index.js`;
  // Not a file of ours (e.g. a specifier quoted in a TSDoc example): leave it; attw checks the rest.
  return spec;
}

let changed = 0;
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const file = join(dir, name);
    if (statSync(file).isDirectory()) walk(file);
    else if (name.endsWith('.d.ts')) {
      const before = readFileSync(file, 'utf8');
      const after = before.replace(specifier, (_, lead, quote, spec) => `${lead}${quote}${explicit(file, spec)}${quote}`);
      if (after !== before) {
        writeFileSync(file, after);
        changed += 1;
      }
    }
  }
};
walk(root);
console.log(`fix-types: explicit extensions in ${changed} declaration files`);
