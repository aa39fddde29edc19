/**
 * Which catalog a language tag gets, and which tag a flow speaks: the one place that decides
 * the locale of the UI and of `Accept-Language`. Plain data and functions, no React.
 */

/** The locales that ship with the package (English is bundled, the others are lazy chunks). */
export const supportedLocales = [
  'en', 'ru', 'es', 'ar', 'zh-Hans', 'zh-Hant', 'ja', 'ko', 'th', 'vi', 'id', 'ms', 'hi', 'tr',
  'pt-BR', 'fr', 'de', 'it', 'pl', 'uk', 'fa', 'he', 'nl', 'cs',
] as const;
export type SupportedLocale = (typeof supportedLocales)[number];

// Legacy and macro-language tags to the catalog a person using them reads.
const aliases: Record<string, string> = { iw: 'he', in: 'id', pt: 'pt-BR', zh: 'zh-Hans', zsm: 'ms', pes: 'fa' };
// Chinese by script; regions that write Traditional characters.
const traditional = /^zh-(hant|tw|hk|mo)\b/;

/**
 * The shipped catalog for one tag, or `undefined`: exact tags first (`pt-BR`, `zh-Hant`), then
 * the base language (`ru-RU` → `ru`, `pt-PT` → `pt-BR`, `zh-TW` → `zh-Hant`, `iw` → `he`).
 */
export function matchLocale(tag: string | undefined): SupportedLocale | undefined {
  const lower = (tag ?? '').trim().toLowerCase().replace(/_/g, '-');
  const exact = supportedLocales.find((l) => l.toLowerCase() === lower);
  if (exact) return exact;
  const base = traditional.test(lower) ? 'zh-Hant' : (lower.split('-')[0] ?? '');
  return supportedLocales.find((l) => l === (aliases[base] ?? base));
}

/** `ru-RU` → `ru`, `zh-TW` → `zh-Hant`; anything unsupported → `en`. */
export function baseLocale(locale: string | undefined): SupportedLocale {
  return matchLocale(locale) ?? 'en';
}

/** The browser's preferred languages; none where there is no `navigator` (server rendering). */
export function preferredLanguages(): readonly string[] {
  return typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
}

/**
 * The tag a flow speaks: `explicit` when given, else the first of `languages` that a shipped
 * catalog covers, else `en` (an unsupported `explicit` too). It stays a full tag (`ar-EG`, `zh-TW`) so `Intl` picks that
 * region's digits and `Accept-Language` tells the server as much; the catalog is
 * {@link baseLocale} of it. Invalid tags become their catalog's name.
 */
export function chooseLocale(explicit?: string, languages: readonly string[] = preferredLanguages()): string {
  // A host's unsupported choice means English (with `lang="en"`), not the browser's language.
  const chosen = (explicit ? [explicit] : languages).find((l) => matchLocale(l))?.replace(/_/g, '-');
  if (!chosen) return 'en';
  try {
    return Intl.getCanonicalLocales(chosen)[0] ?? 'en';
  } catch {
    return baseLocale(chosen);
  }
}

const right2left = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'yi', 'ckb', 'dv', 'sd', 'ug']);

/** Writing direction of a locale (`ar`, `fa`, `he` → `rtl`; pseudo-locale `ar-XB` too). */
export function directionOf(locale: string | undefined): 'ltr' | 'rtl' {
  return right2left.has((locale ?? '').toLowerCase().split(/[-_]/)[0] ?? '') ? 'rtl' : 'ltr';
}
