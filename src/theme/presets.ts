/**
 * Built-in themes: the default and two brand presets that differ in colour, radius, font and
 * logo. Each has a light and a dark scheme; `createTheme({ colorScheme: 'dark' }, preset)`
 * forces one. Every call here is marked pure: a host that imports no preset (or only
 * `createTheme`) bundles none of them.
 */
import { createTheme, type Theme } from './create-theme';

/** An SVG as a `data:` URI (no network request, no asset pipeline needed). */
const svg = (markup: string) => `data:image/svg+xml,${encodeURIComponent(markup)}`;

/** The package default: indigo on white, 8px radius, the system UI font. Its style is empty. */
export const defaultTheme: Theme = /* @__PURE__ */ createTheme({ name: 'default' });

/** A private-bank look: navy and gold, sharp corners, a serif face. */
const midnight: Theme = /* @__PURE__ */ createTheme({
  name: 'midnight',
  radius: 2,
  font: {
    body: '"Iowan Old Style", "Palatino Linotype", Palatino, "Book Antiqua", Georgia, "DejaVu Serif", serif',
    heading: '"Iowan Old Style", "Palatino Linotype", Palatino, Georgia, "DejaVu Serif", serif',
  },
  colors: {
    bg: '#fdfbf6',
    text: '#0d1b36',
    primary: '#0d1b36',
    primaryFg: '#f3d27a',
    link: '#1f3d7a',
    focus: '#a67c1a',
  },
  darkColors: {
    bg: '#0d1629',
    text: '#f4ecd8',
    primary: '#d9b24c',
    primaryFg: '#0d1629',
    link: '#e9c86e',
    focus: '#e9c86e',
  },
  logo: {
    alt: 'Midnight Capital',
    height: 36,
    width: 36,
    src: /* @__PURE__ */ svg(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 36 36"><rect width="36" height="36" fill="#0d1b36"/>' +
        '<path d="M21.5 8a10 10 0 1 0 6.5 17.6A8.5 8.5 0 1 1 21.5 8z" fill="#d9b24c"/>' +
        '<circle cx="25" cy="12" r="1.6" fill="#f3d27a"/></svg>',
    ),
  },
});

/** A friendly fintech look: green, very round, a rounded sans. */
const meadow: Theme = /* @__PURE__ */ createTheme({
  name: 'meadow',
  radius: 14,
  spacing: 4.5,
  font: {
    body: 'ui-rounded, "SF Pro Rounded", Nunito, "Varela Round", "Trebuchet MS", "DejaVu Sans", sans-serif',
    heading: 'ui-rounded, "SF Pro Rounded", Nunito, "Varela Round", "Trebuchet MS", "DejaVu Sans", sans-serif',
  },
  colors: { primary: '#15803d', backdrop: '#eef6ef' },
  darkColors: { bg: '#102017', text: '#e8f5ec', backdrop: '#08120c' },
  logo: {
    alt: 'Meadow Pay',
    height: 36,
    width: 36,
    src: /* @__PURE__ */ svg(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 36 36"><circle cx="18" cy="18" r="18" fill="#22c55e"/>' +
        '<path d="M10 24c0-9 6-14 16-14 0 10-5 16-13 16l-3 3" fill="none" stroke="#fff" stroke-width="2.5" ' +
        'stroke-linecap="round" stroke-linejoin="round"/><path d="M12 25 21 16" stroke="#fff" stroke-width="2" ' +
        'stroke-linecap="round"/></svg>',
    ),
  },
});

/** Brand presets, selectable in Storybook's toolbar. */
export const presets = { default: defaultTheme, midnight, meadow } as const satisfies Record<string, Theme>;

/** A preset's name. */
export type PresetName = keyof typeof presets;
