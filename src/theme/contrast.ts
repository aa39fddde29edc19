/**
 * The contrast audit behind the dev-mode warning: pairs of palette colours that carry text,
 * checked against WCAG 2.x AA (4.5:1 for text).
 */
import { contrastOf } from './color';
import type { Palette, PaletteKey } from './palette';
import type { Scheme } from './derive-palette';

/** One pair under its minimum. */
export interface ContrastIssue {
  scheme: Scheme;
  foreground: PaletteKey;
  background: PaletteKey;
  /** Rounded to two decimals. */
  ratio: number;
  minimum: number;
}

/** Text-bearing pairs: [foreground, background, minimum]. */
const pairs: readonly (readonly [PaletteKey, PaletteKey, number])[] = [
  ['text', 'bg', 4.5],
  ['muted', 'bg', 4.5],
  ['link', 'bg', 4.5],
  ['danger', 'bg', 4.5],
  ['primaryFg', 'primary', 4.5],
  ['dangerFg', 'danger', 4.5],
];

/** Every text pair under its minimum; colours the math cannot parse are skipped. */
export function auditContrast(palette: Readonly<Palette>, scheme: Scheme): ContrastIssue[] {
  const issues: ContrastIssue[] = [];
  for (const [foreground, background, minimum] of pairs) {
    const ratio = contrastOf(palette[foreground], palette[background]);
    if (ratio !== undefined && ratio < minimum) {
      issues.push({ scheme, foreground, background, ratio: Math.round(ratio * 100) / 100, minimum });
    }
  }
  return issues;
}

/**
 * True in development builds. Reads `process.env.NODE_ENV`, which every bundler replaces
 * (and Node has); failing that, Vite's `import.meta.env.DEV`. When neither exists (a bare
 * browser ESM import) it counts as production: no warning.
 */
export function isDevelopment(): boolean {
  try {
    return process.env.NODE_ENV !== 'production';
  } catch {
    // No `process` here: fall through to Vite's flag.
  }
  try {
    return (import.meta as ImportMeta & { env?: { DEV?: boolean } }).env?.DEV === true;
  } catch {
    return false;
  }
}

/** Logs one `console.warn` listing the failing pairs, in development only. */
export function warnLowContrast(themeName: string, issues: readonly ContrastIssue[]): void {
  if (issues.length === 0 || !isDevelopment()) return;
  const list = issues
    .map((i) => `${i.scheme} ${i.foreground} on ${i.background}: ${i.ratio}:1 (needs ${i.minimum}:1)`)
    .join('; ');
  console.warn(`[b2core-sign-in] theme "${themeName}" has low contrast: ${list}.`);
}
