/**
 * What `createTheme` lets through. A theme's values end up inside the root's `style` attribute
 * (in server HTML as well as in the browser), so a value like `red; background: url(//evil)` or
 * `</style>` would inject CSS. Every value must be valid for its property; anything else throws a
 * `ThemeValueError` naming the option, before a theme exists.
 */
import { safeUrl } from '../core/safe-url';
import { parseColor } from './color';
import type { ThemeOptions } from './theme-types';

/** Thrown by `createTheme` for a value that is not valid for its option (or could inject CSS). */
export class ThemeValueError extends TypeError {
  override readonly name = 'ThemeValueError';
  /** The option, as a path: `colors.primary`, `font.body`, `vars.--b2s-card-width`, `logo.src`. */
  readonly option: string;

  constructor(option: string, expected: string) {
    super(`[b2core-sign-in] createTheme: ${option} must be ${expected}.`);
    this.option = option;
  }
}

/** Never inside a value: they end a declaration or a block, or open markup. */
const BREAKOUT = /[;{}<>\\]|\/\*|url\s*\(|image(?:-set)?\s*\(|expression\s*\(|@import/i;
/** Colour and length functions whose arguments are plain numbers, names, `%`, `/`, `,` and nested calls. */
const CSS_FUNCTION = /^[a-z-]+\([a-z0-9\s.,%/#()+*-]*\)$/i;
const HEX_COLOR = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const NAMED_COLOR = /^[a-z]+$/i;
const LENGTH = /^(?:0|-?(?:\d+\.?\d*|\.\d+)(?:px|rem|em|%|ch|ex|lh|rlh|vh|vw|vmin|vmax|svh|lvh|dvh|cqw|cqh|pt|pc|cm|mm|in|q))$/i;
const FAMILY = `(?:"[^"]*"|'[^']*'|-?[a-z_][a-z0-9_-]*(?: +-?[a-z_][a-z0-9_-]*)*)`;
const FONT_STACK = new RegExp(`^${FAMILY}(?: *, *${FAMILY})*$`, 'i');
const VAR_NAME = /^--b2s-[a-z0-9-]+$/;
const MAX_VALUE_LENGTH = 300;

const isSafeText = (value: string) => value.length <= MAX_VALUE_LENGTH && !BREAKOUT.test(value);

function isColor(value: string): boolean {
  const v = value.trim();
  return isSafeText(v) && (parseColor(v) !== undefined || HEX_COLOR.test(v) || NAMED_COLOR.test(v) || CSS_FUNCTION.test(v));
}

function isLength(value: string | number, allowNegative: boolean): boolean {
  if (typeof value === 'number') return Number.isFinite(value) && (allowNegative || value >= 0);
  const v = value.trim();
  if (!isSafeText(v)) return false;
  if (CSS_FUNCTION.test(v)) return true;
  return LENGTH.test(v) && (allowNegative || !v.startsWith('-'));
}

/** Quotes and parentheses closed: an open string or call would swallow the declarations after it. */
function isBalanced(value: string): boolean {
  let depth = 0;
  let quote: string | null = null;
  for (const char of value) {
    if (quote) {
      if (char === quote) quote = null;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '(') depth += 1;
    else if (char === ')' && --depth < 0) return false;
  }
  return depth === 0 && quote === null;
}

const isFontStack = (value: string) => isSafeText(value) && FONT_STACK.test(value.trim());

/**
 * Checks every value of `options` for its property; throws a `ThemeValueError` for the first
 * that is not valid. Colours are parsed (`#hex`, `rgb()`) or must be a named colour or a colour
 * function; lengths are a number or a CSS length; fonts a font-family list; `vars` values
 * anything without `; { } < > \`, comments, `url()` or an unclosed quote or bracket; the logo an http(s), relative or
 * `data:image/*` URL.
 */
export function validateThemeOptions(options: ThemeOptions): void {
  const check = (ok: boolean, option: string, expected: string) => {
    if (!ok) throw new ThemeValueError(option, expected);
  };
  const { colorScheme, colors, darkColors, radius, spacing, font, logo, vars } = options;
  check(colorScheme === undefined || ['light', 'dark', 'system'].includes(colorScheme), 'colorScheme', '"light", "dark" or "system"');
  for (const [slot, palette] of [['colors', colors], ['darkColors', darkColors]] as const) {
    for (const [key, value] of Object.entries(palette ?? {})) {
      if (value !== undefined) check(typeof value === 'string' && isColor(value), `${slot}.${key}`, 'a CSS colour (#rrggbb, rgb(), a colour name or function)');
    }
  }
  if (radius !== undefined) check(isLength(radius, false), 'radius', 'a number of pixels or a CSS length');
  if (spacing !== undefined) check(isLength(spacing, false), 'spacing', 'a number of pixels or a CSS length');
  const fonts = typeof font === 'string' ? { body: font } : (font ?? {});
  for (const [key, value] of Object.entries(fonts)) {
    if (value !== undefined) check(typeof value === 'string' && isFontStack(value), typeof font === 'string' ? 'font' : `font.${key}`, 'a font-family list');
  }
  for (const [name, value] of Object.entries(vars ?? {})) {
    check(VAR_NAME.test(name), `vars.${name}`, 'named --b2s-<lowercase-name>');
    check(typeof value === 'string' && isSafeText(value) && isBalanced(value), `vars.${name}`, 'a CSS value without ; { } < > \\, comments, url() or unclosed quotes and brackets');
  }
  if (logo !== undefined) {
    check(typeof logo.src === 'string' && safeUrl(logo.src, { image: true }) !== undefined, 'logo.src', 'an http(s), relative or data:image URL');
    for (const key of ['width', 'height'] as const) {
      const size = logo[key];
      check(size === undefined || (typeof size === 'number' && Number.isFinite(size) && size >= 0), `logo.${key}`, 'a number of pixels');
    }
  }
}
