/** Typed message catalogs, the on-demand loader and helpers. */
export { en } from './en';
export type { MessageKey, Messages } from './en';
export { baseLocale, directionOf, format, loadMessages, peekMessages, supportedLocales } from './load';
export type { SupportedLocale } from './load';
export { errorMessage } from './error-message';
