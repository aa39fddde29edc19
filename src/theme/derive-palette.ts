/**
 * Fills in a palette from a few overrides: a brand colour alone gives hover/active shades, a
 * contrast-aware foreground, a legible link colour and a visible focus ring; a new background
 * gives matching surfaces, borders and muted text. Explicit overrides always win.
 */
import {
  BLACK,
  WHITE,
  ensureContrast,
  mix,
  parseColor,
  readableForeground,
  relativeLuminance,
  toHex,
  type Rgb,
} from './color';
import type { Palette, ThemeColors } from './palette';

/** `light` or `dark`: which way "hover" moves a colour and which base palette applies. */
export type Scheme = 'light' | 'dark';

/** Hover/active shades: darker on light schemes, lighter on dark ones (and for very dark brands). */
function shade(color: Rgb, scheme: Scheme, amount: number): string {
  const lighten = scheme === 'dark' || relativeLuminance(color) < 0.03;
  return toHex(mix(color, lighten ? WHITE : BLACK, amount));
}

/** Derives the surfaces from a custom background and text colour. */
function deriveSurfaces(out: Palette, given: ThemeColors): void {
  const bg = parseColor(out.bg);
  const text = parseColor(out.text);
  if (!bg || !text) return;
  const fill = (key: keyof Palette, value: Rgb) => {
    if (given[key] === undefined) out[key] = toHex(value);
  };
  fill('surface', mix(bg, text, 0.04));
  fill('backdrop', mix(bg, text, 0.06));
  fill('border', mix(bg, text, 0.12));
  fill('borderStrong', ensureContrast(mix(bg, text, 0.4), bg, 3));
  fill('muted', ensureContrast(mix(text, bg, 0.35), bg, 4.5));
}

/** Derives everything that hangs off the brand colour. */
function deriveBrand(out: Palette, given: ThemeColors, scheme: Scheme): void {
  const primary = parseColor(out.primary);
  const bg = parseColor(out.bg);
  if (!primary) return;
  const fill = (key: keyof Palette, value: string) => {
    if (given[key] === undefined) out[key] = value;
  };
  if (given.primary !== undefined) {
    fill('primaryHover', shade(primary, scheme, 0.14));
    fill('primaryActive', shade(primary, scheme, 0.26));
    fill('primaryFg', toHex(readableForeground(primary)));
  }
  if (bg) {
    fill('link', toHex(ensureContrast(primary, bg, 4.5)));
    fill('focus', toHex(ensureContrast(primary, bg, 3)));
  }
}

/**
 * Merges `given` over `base` and derives what `given` implies. Pure: same input, same output.
 *
 * @example derivePalette(lightPalette, { primary: '#0f766e' }, 'light').primaryFg // '#ffffff'
 */
export function derivePalette(base: Palette, given: ThemeColors, scheme: Scheme): Palette {
  const out: Palette = { ...base };
  for (const [key, value] of Object.entries(given) as [keyof Palette, string | undefined][]) {
    if (value !== undefined) out[key] = value;
  }
  if (given.bg !== undefined || given.text !== undefined) deriveSurfaces(out, given);
  if (given.primary !== undefined || given.bg !== undefined) deriveBrand(out, given, scheme);
  const danger = parseColor(out.danger);
  if (given.danger !== undefined && given.dangerFg === undefined && danger) {
    out.dangerFg = toHex(readableForeground(danger));
  }
  return out;
}

/**
 * The dark-scheme brand colour for a light-scheme brand: kept as is when it already stands
 * out on the dark card (3:1), otherwise lightened until it does.
 */
export function darkBrandFrom(brand: string, darkBg: string): string | undefined {
  const color = parseColor(brand);
  const bg = parseColor(darkBg);
  return color && bg ? toHex(ensureContrast(color, bg, 3)) : undefined;
}
