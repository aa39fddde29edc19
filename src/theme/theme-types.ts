/**
 * The theme's types, apart from `createTheme` so its validator can name them without an
 * import cycle.
 */
import type { Palette, ThemeColors } from './palette';

/** `system` follows `prefers-color-scheme`; `light`/`dark` force one. */
export type ColorScheme = 'light' | 'dark' | 'system';

/** Font stacks. A plain string sets body and heading. */
export interface ThemeFont {
  body?: string;
  heading?: string;
  /** The code input and other digits. */
  mono?: string;
}

/** A brand logo drawn in the header (an `<img>`); the `logo` slot replaces it with any node. */
export interface ThemeLogo {
  /** An http(s) or relative image URL, or a `data:image/...` URI (an `<img>` runs no script). */
  src: string;
  /** Accessible name, usually the brand name. */
  alt: string;
  /** CSS pixels; the height defaults to 32 and the width to auto. */
  width?: number;
  height?: number;
}

/** Extra CSS variables for the root, e.g. component-tier ones: `{ '--b2s-button-height': '3rem' }`. */
export type ThemeVars = { readonly [name: `--b2s-${string}`]: string };

/** The CSS variables `themeStyle` puts on the root element. */
export type ThemeStyle = ThemeVars;

/** What `createTheme` accepts. Everything is optional; a brand colour alone is enough. */
export interface ThemeOptions {
  /** Shown in warnings and Storybook. */
  name?: string;
  colorScheme?: ColorScheme;
  /** Light-scheme colours. A `primary` here also seeds the dark scheme's brand colour. */
  colors?: ThemeColors;
  /** Dark-scheme colours (derived from `colors.primary` when left out). */
  darkColors?: ThemeColors;
  /** Base corner radius (number = px); small/large radii scale from it. `0` gives sharp corners. */
  radius?: string | number;
  font?: string | ThemeFont;
  /** Base spacing unit (number = px, default 4px); the spacing scale multiplies it. */
  spacing?: string | number;
  logo?: ThemeLogo;
  /** Any other `--b2s-*` variable, set on the root as is. */
  vars?: ThemeVars;
}

/** A resolved theme: pass it as `<SignInFlow theme={...}>`. Build it with `createTheme`. */
export interface Theme {
  readonly name: string;
  readonly colorScheme: ColorScheme;
  /** Fully resolved palettes (defaults, overrides and derived colours). */
  readonly light: Readonly<Palette>;
  readonly dark: Readonly<Palette>;
  readonly logo: ThemeLogo | undefined;
  /** The options it was made from, so `createTheme(more, base)` can extend it. */
  readonly options: Readonly<ThemeOptions>;
  /** The root's CSS variables: only what differs from the stylesheet's defaults. */
  readonly style: ThemeStyle;
}
