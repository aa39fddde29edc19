/**
 * `createTheme()`: typed overrides in, a `Theme` out. A theme is data only (palettes, logo
 * and the CSS variables for the root's `style`); applying one never re-renders anything but
 * the root, because every colour, radius and font reaches the CSS through variables.
 */
import { auditContrast, warnLowContrast } from './contrast';
import { darkBrandFrom, derivePalette } from './derive-palette';
import { darkPalette, kebab, lightPalette, paletteKeys, type Palette, type ThemeColors } from './palette';
import type { Theme, ThemeFont, ThemeOptions, ThemeStyle } from './theme-types';
import { validateThemeOptions } from './validate-theme';

export type { ColorScheme, Theme, ThemeFont, ThemeLogo, ThemeOptions, ThemeStyle, ThemeVars } from './theme-types';

const px = (value: string | number) => (typeof value === 'number' ? `${value}px` : value);

/** Merges two option sets; nested colour, font and variable maps merge key by key. */
function mergeOptions(base: ThemeOptions, next: ThemeOptions): ThemeOptions {
  const font = (f: ThemeOptions['font']): ThemeFont | undefined =>
    typeof f === 'string' ? { body: f, heading: f } : f;
  return {
    ...base,
    ...next,
    colors: { ...base.colors, ...next.colors },
    darkColors: { ...base.darkColors, ...next.darkColors },
    font: { ...font(base.font), ...font(next.font) },
    vars: { ...base.vars, ...next.vars },
  };
}

/** Palette variables: every key that differs from `defaults`, or every key when `all`. */
function paletteVars(slot: 'light' | 'dark', palette: Palette, defaults: Palette, all: boolean) {
  const vars: Record<string, string> = {};
  for (const key of paletteKeys) {
    if (all || palette[key] !== defaults[key]) vars[`--b2s-${slot}-${kebab(key)}`] = palette[key];
  }
  return vars;
}

/**
 * Builds the root's style. Everything goes into tier-1 input variables (`--b2s-light-*`,
 * `--b2s-theme-*`), which inherit: a nested root (a flow inside a themed wrapper) picks the
 * theme up too. A forced scheme writes its palette into both slots.
 */
function buildStyle(options: ThemeOptions, light: Palette, dark: Palette): ThemeStyle {
  const scheme = options.colorScheme ?? 'system';
  const style: Record<string, string> = {
    ...paletteVars('light', scheme === 'dark' ? dark : light, lightPalette, scheme === 'dark'),
    ...paletteVars('dark', scheme === 'light' ? light : dark, darkPalette, scheme === 'light'),
  };
  if (options.radius !== undefined) style['--b2s-theme-radius'] = px(options.radius);
  if (options.spacing !== undefined) style['--b2s-theme-space'] = px(options.spacing);
  const font = typeof options.font === 'string' ? { body: options.font, heading: options.font } : options.font;
  if (font?.body) style['--b2s-theme-font'] = font.body;
  if (font?.heading) style['--b2s-theme-font-heading'] = font.heading;
  if (font?.mono) style['--b2s-theme-font-mono'] = font.mono;
  if (scheme !== 'system') style['--b2s-theme-scheme'] = scheme;
  Object.assign(style, options.vars);
  return style as ThemeStyle;
}

/**
 * Creates a theme from typed overrides, optionally on top of another theme (a preset).
 * Warns once (development builds only) when a text colour falls under 4.5:1 on its background.
 * Throws a `ThemeValueError` (naming the option) for a value that is not valid for its property
 * or could inject CSS (`;`, `{`, `}`, `<`, `>`, `url()`...), and for a logo URL that is not
 * http(s), relative or `data:image/*`: in server HTML as in the browser, a theme's values are
 * inside the root's `style` attribute.
 *
 * @example
 * const brand = createTheme({ colors: { primary: '#0f766e' }, radius: 12, logo: { src, alt: 'Acme' } });
 * <SignInFlow theme={brand} ... />
 * const darkBrand = createTheme({ colorScheme: 'dark' }, brand);
 */
export function createTheme(overrides: ThemeOptions = {}, base?: Theme): Theme {
  const options = base ? mergeOptions(base.options, overrides) : mergeOptions({}, overrides);
  validateThemeOptions(options);
  const colors = options.colors ?? {};
  const light = derivePalette(lightPalette, colors, 'light');
  // The dark scheme inherits the brand colour unless it sets its own.
  const darkGiven: ThemeColors = { ...options.darkColors };
  if (darkGiven.primary === undefined && colors.primary !== undefined) {
    const brand = darkBrandFrom(colors.primary, darkGiven.bg ?? darkPalette.bg);
    if (brand) darkGiven.primary = brand;
  }
  const dark = derivePalette(darkPalette, darkGiven, 'dark');
  const name = options.name ?? 'custom';
  warnLowContrast(name, [...auditContrast(light, 'light'), ...auditContrast(dark, 'dark')]);
  return Object.freeze({
    name,
    colorScheme: options.colorScheme ?? 'system',
    light: Object.freeze(light),
    dark: Object.freeze(dark),
    logo: options.logo,
    options: Object.freeze(options),
    style: Object.freeze(buildStyle(options, light, dark)),
  });
}
