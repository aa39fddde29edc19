/**
 * Guards on the shipped CSS: tokens.css falls back to exactly the palettes createTheme() knows
 * (so a theme only ships differences), every rule is layered (inside Tailwind v4's layer order)
 * and scoped, the one unlayered rule is the reset guard, only logical properties are used, and
 * the gzip budget holds.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { darkPalette, lightPalette, paletteKeys, partNames } from '.';

const tokens = readFileSync(new URL('./tokens.css', import.meta.url), 'utf8');
const styles = readFileSync(new URL('./styles.css', import.meta.url), 'utf8');
const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const stripComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '');

/** Splits a selector list at its top-level commas. */
function splitSelectors(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of list) {
    if (ch === '(') depth += 1;
    if (ch === ')') depth -= 1;
    if (ch === ',' && depth === 0) {
      out.push(current.trim());
      current = '';
    } else current += ch;
  }
  return [...out, current.trim()];
}

describe('tokens.css', () => {
  it('falls back to the same palettes as createTheme', () => {
    for (const [slot, palette] of [['light', lightPalette], ['dark', darkPalette]] as const) {
      for (const key of paletteKeys) {
        const decl = `--b2s-color-${kebab(key)}: var(--b2s-${slot}-${kebab(key)}, ${palette[key]});`;
        expect(tokens, decl).toContain(decl);
      }
    }
  });

  it("declares the layer order first: Tailwind v4's, then ours inside components", () => {
    // Whichever sheet a host loads first, `base` (resets) < `components.b2s` < `utilities`.
    const order = '@layer theme, base, components, utilities;\n@layer components.b2s.tokens, components.b2s.base, components.b2s.components;';
    expect(stripComments(tokens).trim().startsWith(order)).toBe(true);
    expect(stripComments(styles).trim().startsWith(order)).toBe(true);
  });
});

describe('styles.css', () => {
  const body = stripComments(styles);

  it('puts every rule inside a b2s layer but the reset guard', () => {
    // Outside @layer blocks there are only the order statements, the @import and the guard.
    let depth = 0;
    let outside = '';
    for (const ch of body) {
      if (ch === '{') depth += 1;
      if (depth === 0) outside += ch;
      if (ch === '}') depth -= 1;
    }
    const root = ':where([data-part="root"]:not([data-scope], [data-unstyled]), [data-part="root"]:not([data-scope], [data-unstyled]) *):not(b2s-guard b2s-guard)';
    expect(outside.replace(/@layer components\.b2s\.(base|components)\s*/g, '').replace(/\s+/g, ' ').trim()).toBe(
      '@layer theme, base, components, utilities; @layer components.b2s.tokens, components.b2s.base, components.b2s.components; ' +
        `@import "./tokens.css"; ${root}, ${root}::before, ${root}::after`,
    );
  });

  it('guards with all: revert-layer, at 0,0,2 (above `*` and `button`, below any class)', () => {
    const guard = body.slice(body.lastIndexOf('}', body.indexOf('all: revert-layer')) + 1);
    expect(guard.replace(/\s+/g, ' ')).toMatch(/\{ all: revert-layer; \}\s*$/);
    // The only specificity the guard carries: two element names in :not(), no class or attribute outside :where().
    expect(guard.replaceAll(/:where\((?:[^()]|\([^()]*\))*\)/g, '')).toMatch(/^\s*:not\(b2s-guard b2s-guard\)/);
  });

  it('scopes every selector to a styled root, with zero specificity on the scope', () => {
    const selectors = [...(body + stripComments(tokens)).matchAll(/(^|[}{;])\s*([^{}@;\s][^{};]*)\{/g)]
      .map((m) => m[2]!.trim())
      .filter((s) => !/^(to|from|\d+%)$/.test(s));
    expect(selectors.length).toBeGreaterThan(50);
    for (const list of selectors) {
      for (const selector of splitSelectors(list)) {
        // Never a foreign (data-scope) root, never an unstyled one.
        expect(selector, selector).toMatch(/^:where\(\[data-part="root"\](\[data-theme="dark"\])?:not\(\[data-scope\], \[data-unstyled\]|^:where\(\[data-theme="dark"\] \[data-part="root"\]:not\(\[data-scope\], \[data-unstyled\]/);
      }
    }
  });

  it('uses logical properties only (RTL mirrors for free)', () => {
    expect(body).not.toMatch(/(margin|padding|border)-(left|right)\b|(^|[\s;{])(left|right)\s*:|text-align:\s*(left|right)/m);
  });

  it('never uses !important', () => {
    expect(body + stripComments(tokens)).not.toContain('!important');
  });

  it('only selects parts that exist', () => {
    const used = new Set([...(body + tokens).matchAll(/data-part="([a-z-]+)"/g)].map((m) => m[1]));
    for (const part of used) expect(partNames as readonly (string | undefined)[]).toContain(part);
  });

  it('fits the 8 kB gzip budget (tokens + styles without comments, unminified)', () => {
    // Comments never ship (the build minifies dist/styles.css further: ~5 kB gzip); the
    // explanations in the source must not count against the budget of what a page downloads.
    const size = gzipSync(stripComments(tokens + styles), { level: 9 }).length;
    expect(size).toBeLessThanOrEqual(8 * 1024);
  });
});
