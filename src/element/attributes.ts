/**
 * The element's attributes, as plain props of `<SignInFlow>`. Pure: reads nothing but the
 * attribute values it is given, so it is tested without a DOM.
 */
import { presets, type PresetName } from '../theme/presets';
import type { Theme } from '../theme';

/** The attributes `<b2core-sign-in>` observes; a change re-renders the flow. */
export const signInAttributes = [
  'base-url',
  'locale',
  'theme',
  'color-scheme',
  'dir',
  'forgot-password-url',
  'timeout-ms',
  'resend-cooldown-seconds',
  'allow-framing',
  'no-qr',
] as const;

/** One of {@link signInAttributes}. */
export type SignInAttribute = (typeof signInAttributes)[number];

/** The plain props the attributes set (the element adds its properties and event callbacks). */
export interface AttributeProps {
  baseUrl?: string;
  locale?: string;
  dir?: 'ltr' | 'rtl';
  forgotPasswordUrl?: string;
  timeoutMs?: number;
  resendCooldownSeconds?: number;
  allowFraming?: boolean;
  /** `no-qr`: hide the QR panel even when the wizard offers QR. */
  hasNoQr?: boolean;
}

/** A positive, finite number, else `undefined` (the flow's default then applies). */
function positiveNumber(value: string | null): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const number = Number(value);
  return Number.isFinite(number) && number > 0 ? number : undefined;
}

/** The non-empty value, else `undefined`. */
const text = (value: string | null): string | undefined => (value === null || value === '' ? undefined : value);

/**
 * Props from the attributes. `base-url` may be empty (`""` = the page's own origin); a missing
 * one means the same. Numbers that are not positive and finite fall back to the defaults.
 */
export function attributeProps(get: (name: SignInAttribute) => string | null): AttributeProps {
  const dir = get('dir');
  return {
    baseUrl: get('base-url') ?? '',
    locale: text(get('locale')),
    dir: dir === 'ltr' || dir === 'rtl' ? dir : undefined,
    forgotPasswordUrl: text(get('forgot-password-url')),
    timeoutMs: positiveNumber(get('timeout-ms')),
    resendCooldownSeconds: positiveNumber(get('resend-cooldown-seconds')),
    allowFraming: get('allow-framing') !== null,
    hasNoQr: get('no-qr') !== null,
  };
}

/** Whether `name` names a built-in preset (own keys only: never `toString` or `__proto__`). */
export const isPresetName = (name: string): name is PresetName => Object.hasOwn(presets, name);

/**
 * The theme to render: the `theme` property when it is a theme object, else the preset its
 * string (or the `theme` attribute) names. An unknown name is no theme (the default look).
 */
export function resolveTheme(property: Theme | string | undefined, attribute: string | null): Theme | undefined {
  if (property !== undefined && typeof property !== 'string') return property;
  const name = property ?? attribute;
  return name && isPresetName(name) ? presets[name] : undefined;
}

/** `color-scheme`: `light` or `dark` forces the scheme; anything else follows the OS (or the theme). */
export function colorSchemeOf(value: string | null): 'light' | 'dark' | undefined {
  return value === 'light' || value === 'dark' ? value : undefined;
}
