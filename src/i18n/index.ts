/** Typed message catalogs, the on-demand loader, locale negotiation and `Intl` formatting. */
export { en } from './en';
export type { MessageKey, Messages } from './en';
export { loadMessages, peekMessages } from './load';
export { baseLocale, chooseLocale, directionOf, matchLocale, preferredLanguages, supportedLocales } from './locales';
export type { SupportedLocale } from './locales';
export { format, formatDuration } from './format';
export { errorMessage } from './error-message';
