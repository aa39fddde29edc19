/**
 * Small, pure colour math for theme derivation: hex parsing, WCAG relative luminance and
 * contrast ratio, and sRGB mixing. Only `#rgb`/`#rrggbb` (and `rgb()`) inputs are understood;
 * any other CSS colour (a named colour, `oklch()`, a `var()`) is passed through untouched and
 * simply skipped by the contrast check.
 */

/** An sRGB colour with 0–255 channels. */
export interface Rgb {
  r: number;
  g: number;
  b: number;
}

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;
const RGB_FN = /^rgba?\(\s*(\d{1,3})[\s,]+(\d{1,3})[\s,]+(\d{1,3})\s*(?:[,/]\s*[\d.]+%?\s*)?\)$/i;

/** Parses `#rgb`, `#rrggbb` or `rgb(r g b)`; returns `undefined` for anything else. */
export function parseColor(input: string): Rgb | undefined {
  const value = input.trim();
  const hex = HEX.exec(value)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
    const n = Number.parseInt(full, 16);
    return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
  }
  const fn = RGB_FN.exec(value);
  if (fn) {
    const [r, g, b] = [fn[1], fn[2], fn[3]].map((c) => Math.min(255, Number(c)));
    return { r: r ?? 0, g: g ?? 0, b: b ?? 0 };
  }
  return undefined;
}

/** Formats as lowercase `#rrggbb` (channels are rounded and clamped). */
export function toHex({ r, g, b }: Rgb): string {
  const part = (c: number) => Math.round(Math.min(255, Math.max(0, c))).toString(16).padStart(2, '0');
  return `#${part(r)}${part(g)}${part(b)}`;
}

/** WCAG 2.x relative luminance, 0 (black) to 1 (white). */
export function relativeLuminance({ r, g, b }: Rgb): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG contrast ratio between two colours, 1 to 21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

/** Contrast of two CSS colour strings, or `undefined` when either is not parseable. */
export function contrastOf(a: string, b: string): number | undefined {
  const x = parseColor(a);
  const y = parseColor(b);
  return x && y ? contrastRatio(x, y) : undefined;
}

/** Mixes `a` towards `b` by `amount` (0 = a, 1 = b) in sRGB. */
export function mix(a: Rgb, b: Rgb, amount: number): Rgb {
  const t = Math.min(1, Math.max(0, amount));
  return { r: a.r + (b.r - a.r) * t, g: a.g + (b.g - a.g) * t, b: a.b + (b.b - a.b) * t };
}

export const WHITE: Rgb = { r: 255, g: 255, b: 255 };
export const BLACK: Rgb = { r: 0, g: 0, b: 0 };

/**
 * The foreground (near-white or near-black) that reads best on `background`. White wins ties
 * up to 4.5:1 because saturated brand colours usually look better with white text.
 */
export function readableForeground(background: Rgb, light: Rgb = WHITE, dark: Rgb = { r: 17, g: 24, b: 39 }): Rgb {
  const onLight = contrastRatio(background, light);
  if (onLight >= 4.5) return light;
  return onLight >= contrastRatio(background, dark) ? light : dark;
}

/**
 * Moves `color` towards black or white until it reaches `target` contrast against
 * `background` (or gives up at the extreme). Used to make a brand colour legible as text
 * and as a focus ring on both light and dark surfaces.
 */
export function ensureContrast(color: Rgb, background: Rgb, target: number): Rgb {
  if (contrastRatio(color, background) >= target) return color;
  const toward = relativeLuminance(background) > 0.4 ? BLACK : WHITE;
  for (let step = 1; step <= 20; step += 1) {
    const candidate = mix(color, toward, step / 20);
    if (contrastRatio(candidate, background) >= target) return candidate;
  }
  return toward;
}
