/**
 * The first load carries the credentials screen only: every later screen is its own chunk in
 * dist/steps/, reached from the main entry by `import()` alone, never by a static import.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './support/paths';

const dist = join(repoRoot, 'dist');

/** dist/index.js and every file it reaches by static imports: what a host loads first. */
function staticGraph(entry: string): Map<string, string> {
  const seen = new Map<string, string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    const code = readFileSync(join(dist, file), 'utf8');
    seen.set(file, code);
    // `import … from "./x.js"`, `export … from "./x.js"` and `import "./x.js"`; not `import("./x.js")`.
    for (const [, spec] of code.matchAll(/(?:\bfrom|^import)\s*"(\.{1,2}\/[^"]+)"/gm)) {
      if (spec) visit(join(file, '..', spec));
    }
  };
  visit(entry);
  return seen;
}

/** Each later screen, by a call that only its own code makes: its heading. */
const screens = [
  ['choose-factor', 'chooseFactor'],
  ['verify-code', 'verifyCode'],
  ['reset-code', 'resetCode'],
  ['new-password', 'newPassword'],
  ['unknown', 'unknown'],
] as const;

describe('later steps in dist/', () => {
  const graph = staticGraph('index.js');

  it('the main entry reaches the credentials screen statically (the walk is not vacuous)', () => {
    expect(graph.size).toBeGreaterThan(1);
    expect([...graph.values()].some((code) => /\("credentials\.heading"\)/.test(code))).toBe(true);
  });

  it.each(screens)('%s is its own chunk, only behind import()', (file, key) => {
    const chunk = join(dist, 'steps', `${file}.js`);
    expect(existsSync(chunk)).toBe(true);
    const heading = new RegExp(`\\("${key}\\.heading"\\)`);
    expect(readFileSync(chunk, 'utf8')).toMatch(heading);
    for (const [name, code] of graph) expect(heading.test(code), `${name} carries the ${file} screen`).toBe(false);
    expect([...graph.keys()]).not.toContain(join('steps', `${file}.js`));
    expect([...graph.values()].some((code) => code.includes(`import("./steps/${file}.js")`))).toBe(true);
  });

  it('the locked screen is its own chunk too', () => {
    // The locked screen's own part (its large countdown), in no other chunk.
    const lockedScreen = /"lock-timer"/;
    expect(readFileSync(join(dist, 'steps', 'locked.js'), 'utf8')).toMatch(lockedScreen);
    for (const [name, code] of graph) expect(lockedScreen.test(code), `${name} carries the locked screen`).toBe(false);
    expect([...graph.values()].some((code) => code.includes('import("./steps/locked.js")'))).toBe(true);
  });
});

// Issue 12 (bench): zod is not in the first load. The response parsers arrive with the first
// request and the credentials schema when the page is idle (or at the first submit).
describe('zod after first paint', () => {
  const graph = staticGraph('index.js');
  const zodImport = /(?:\bfrom|^import)\s*"zod(?:\/[^"]*)?"/m;

  it('no file of the first load imports zod statically', () => {
    for (const [name, code] of graph) expect(zodImport.test(code), `${name} imports zod`).toBe(false);
  });

  it.each(['response-parsers', 'credentials-schema'])('lazy/%s.js carries zod, behind import() only', (file) => {
    const chunk = join(dist, 'lazy', `${file}.js`);
    expect(existsSync(chunk)).toBe(true);
    expect(readFileSync(chunk, 'utf8')).toMatch(zodImport);
    expect([...graph.keys()]).not.toContain(join('lazy', `${file}.js`));
    expect([...graph.values()].some((code) => code.includes(`import("./lazy/${file}.js")`))).toBe(true);
  });
});
