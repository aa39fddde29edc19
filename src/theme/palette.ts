/**
 * The semantic colour palette: one value per key and colour scheme. These defaults are the
 * same values `tokens.css` falls back to (a test keeps the two in step), so a theme only has to
 * ship what it changes.
 */

/** Every semantic colour a theme can set (CSS: `--b2s-color-<kebab-key>`). */
export const paletteKeys = [
  /** Card background; the "background" in every contrast check. */
  'bg',
  /** Subtle fills: inputs, method options, the code panel. */
  'surface',
  /** Behind the card (the root's own background when it fills a page). */
  'backdrop',
  'text',
  /** Secondary text (descriptions, hints); needs 4.5:1 on `bg`. */
  'muted',
  'border',
  /** Input and control borders; aims at 3:1 on `bg` (WCAG 1.4.11). */
  'borderStrong',
  'primary',
  'primaryHover',
  'primaryActive',
  /** Text and icons on `primary`. */
  'primaryFg',
  /** Links and link-style buttons: the brand colour made legible on `bg`. */
  'link',
  'danger',
  'dangerFg',
  'success',
  'warning',
  /** The focus ring; aims at 3:1 on `bg`. */
  'focus',
  /** Shadow colour for the card and popovers (any CSS colour, alpha allowed). */
  'shadow',
] as const;

/** One palette key. */
export type PaletteKey = (typeof paletteKeys)[number];

/** A complete palette for one colour scheme. */
export type Palette = Record<PaletteKey, string>;

/** Partial palette overrides, any CSS colour (contrast math understands hex and `rgb()`). */
export type ThemeColors = Partial<Palette>;

/** `primaryHover` → `primary-hover`. */
export function kebab(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** The default light palette (indigo brand on white). */
export const lightPalette: Palette = {
  bg: '#ffffff',
  surface: '#f6f7f9',
  backdrop: '#f1f3f7',
  text: '#0f172a',
  muted: '#556070',
  border: '#e2e6ed',
  borderStrong: '#8a93a3',
  primary: '#4f46e5',
  primaryHover: '#4338ca',
  primaryActive: '#3730a3',
  primaryFg: '#ffffff',
  link: '#4338ca',
  danger: '#c81e1e',
  dangerFg: '#ffffff',
  success: '#15803d',
  warning: '#b45309',
  focus: '#4f46e5',
  shadow: 'rgba(15, 23, 42, 0.08)',
};

/** The default dark palette. */
export const darkPalette: Palette = {
  bg: '#151922',
  surface: '#1c212c',
  backdrop: '#0c0f15',
  text: '#f1f4f9',
  muted: '#a2abbb',
  border: '#2a303d',
  borderStrong: '#6b7487',
  primary: '#8b93ff',
  primaryHover: '#a3a9ff',
  primaryActive: '#bcc0ff',
  primaryFg: '#0c0f1f',
  link: '#a3a9ff',
  danger: '#ff7b7b',
  dangerFg: '#1f0606',
  success: '#4ade80',
  warning: '#fbbf24',
  focus: '#a3a9ff',
  shadow: 'rgba(0, 0, 0, 0.45)',
};
