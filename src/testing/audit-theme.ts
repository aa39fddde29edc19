/**
 * `auditTheme`: the WCAG contrast of every text pair of a white-label theme, light and dark,
 * for a host's CI to fail on. The same pairs and maths as the development warning of
 * `createTheme` (src/theme/contrast.ts): one implementation.
 */
import { isObject } from '../core/is-object';
import { measureContrast, type ContrastMeasure } from '../theme/contrast';
import type { Theme } from '../theme/create-theme';
import type { Palette } from '../theme/palette';

/** One text pair of a theme, measured. */
export interface ThemeContrastPair extends ContrastMeasure {
  /** The colours as the theme resolved them. */
  foregroundColor: string;
  backgroundColor: string;
  /** `ratio >= minimum`. A pair whose colour cannot be measured (`ratio: null`) does not pass. */
  passes: boolean;
}

/** The audit of one theme. */
export interface ThemeAudit {
  theme: string;
  /** Every text pair: the light scheme's, then the dark scheme's. */
  pairs: ThemeContrastPair[];
  /** The pairs that do not pass. */
  failures: ThemeContrastPair[];
  /** No failures. */
  passes: boolean;
}

const isPalette = (value: unknown): value is Palette => isObject(value) && 'text' in value && 'bg' in value;

/**
 * Measures every text pair of `theme` in both schemes against WCAG 2.x AA (4.5:1).
 *
 * @example
 * ```ts
 * const audit = auditTheme(createTheme({ colors: { primary: '#0b6e4f' } }));
 * expect(audit.failures).toEqual([]); // any runner: assert on failures, or on audit.passes
 * ```
 */
export function auditTheme(theme: Theme): ThemeAudit {
  if (!theme || !isPalette(theme.light) || !isPalette(theme.dark)) {
    throw new TypeError('auditTheme expects a theme made by createTheme() (or a preset).');
  }
  const pairs = (['light', 'dark'] as const).flatMap((scheme) => {
    const palette = theme[scheme];
    return measureContrast(palette, scheme).map((pair) => ({
      ...pair,
      foregroundColor: palette[pair.foreground],
      backgroundColor: palette[pair.background],
      passes: pair.ratio !== null && pair.ratio >= pair.minimum,
    }));
  });
  const failures = pairs.filter((pair) => !pair.passes);
  return { theme: theme.name, pairs, failures, passes: failures.length === 0 };
}
