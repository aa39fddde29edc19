/**
 * Catalogs: English is bundled; every other locale is its own chunk, fetched by a dynamic
 * `import()` only when a flow asks for it (bundling every translation is what makes some
 * sign-in kits weigh hundreds of kB).
 */
import { en, type Messages } from './en';

/** The locales that ship with the package. */
export const supportedLocales = ['en', 'ru', 'es', 'ar'] as const;
export type SupportedLocale = (typeof supportedLocales)[number];

/** `ru-RU` → `ru`; anything unsupported → `en`. */
export function baseLocale(locale: string | undefined): SupportedLocale {
  const base = (locale ?? 'en').toLowerCase().split(/[-_]/)[0];
  return (supportedLocales as readonly string[]).includes(base ?? '') ? (base as SupportedLocale) : 'en';
}

const right2left = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'ckb', 'dv', 'sd', 'ug']);

/** Writing direction of a locale (`ar` → `rtl`). */
export function directionOf(locale: string | undefined): 'ltr' | 'rtl' {
  return right2left.has((locale ?? '').toLowerCase().split(/[-_]/)[0] ?? '') ? 'rtl' : 'ltr';
}

const loaded = new Map<SupportedLocale, Messages>([['en', en]]);

/** The catalog if it is already loaded (English always is): lets a remount render at once. */
export function peekMessages(locale: string | undefined): Messages | undefined {
  return loaded.get(baseLocale(locale));
}

/** Loads a locale's catalog (English for unsupported ones). Each import is its own chunk. */
export async function loadMessages(locale: string | undefined): Promise<Messages> {
  const base = baseLocale(locale);
  const cached = loaded.get(base);
  if (cached) return cached;
  let messages: Messages;
  switch (base) {
    case 'ru':
      messages = (await import('./ru')).default;
      break;
    case 'es':
      messages = (await import('./es')).default;
      break;
    case 'ar':
      messages = (await import('./ar')).default;
      break;
    case 'en':
      messages = en;
      break;
    default:
      return base satisfies never;
  }
  loaded.set(base, messages);
  return messages;
}

/** Fills `{name}` placeholders; unknown names stay as written. */
export function format(message: string, vars?: Record<string, string | number>): string {
  if (!vars) return message;
  return message.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
}
