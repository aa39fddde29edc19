/**
 * The contrast audit behind the dev-mode warning: pairs of palette colours that carry text,
 * checked against WCAG 2.x AA (4.5:1 for text).
 */
import { contrastOf } from './color';
import type { Palette, PaletteKey } from './palette';
import type { Scheme } from './derive-palette';

/** The contrast of one text pair of a palette. */
export interface ContrastMeasure {
  scheme: Scheme;
  foreground: PaletteKey;
  background: PaletteKey;
  /** Rounded to two decimals; `null` when a colour is not one the math can parse (e.g. a `var()`). */
  ratio: number | null;
  /** WCAG 2.x AA for text: 4.5. */
  minimum: number;
}

/** One pair under its minimum. */
export interface ContrastIssue extends ContrastMeasure {
  ratio: number;
}

/** Text-bearing pairs: [foreground, background, minimum]. */
export const textPairs: readonly (readonly [PaletteKey, PaletteKey, number])[] = [
  ['text', 'bg', 4.5],
  ['muted', 'bg', 4.5],
  ['link', 'bg', 4.5],
  ['danger', 'bg', 4.5],
  ['primaryFg', 'primary', 4.5],
  ['dangerFg', 'danger', 4.5],
];

/** The contrast of every text pair of a palette, in the order of {@link textPairs}. */
export function measureContrast(palette: Readonly<Palette>, scheme: Scheme): ContrastMeasure[] {
  return textPairs.map(([foreground, background, minimum]) => {
    const ratio = contrastOf(palette[foreground], palette[background]);
    return { scheme, foreground, background, ratio: ratio === undefined ? null : Math.round(ratio * 100) / 100, minimum };
  });
}

/** Every text pair under its minimum; colours the math cannot parse are skipped. */
export function auditContrast(palette: Readonly<Palette>, scheme: Scheme): ContrastIssue[] {
  return measureContrast(palette, scheme).filter(
    (pair): pair is ContrastIssue => pair.ratio !== null && pair.ratio < pair.minimum,
  );
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
