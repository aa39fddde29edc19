/**
 * `<QrApprove>`'s catalogs, apart from the flow's: the phone's side ships in its own chunk, so
 * its English text is not in the flow's bundle, and each other locale is its own small chunk.
 */
import { qrApprove as en } from './en/qr-approve';
import { baseLocale, type SupportedLocale } from './locales';

/** Every message key of `<QrApprove>`. */
export type QrApproveMessageKey = keyof typeof en;

/** `<QrApprove>`'s messages; a host overrides any of them. */
export type QrApproveMessages = Record<QrApproveMessageKey, string>;

/** The English defaults. */
export const defaultQrApproveMessages: QrApproveMessages = en;

/**
 * One `import()` per locale that has `<QrApprove>` text (each its own chunk); a locale without
 * one shows English here. To add one: `src/i18n/<locale>/qr-approve.ts` with every key, and a line.
 */
const chunks: Partial<Record<Exclude<SupportedLocale, 'en'>, () => Promise<{ qrApprove: QrApproveMessages }>>> = {
  ru: () => import('./ru/qr-approve'),
  es: () => import('./es/qr-approve'),
  ar: () => import('./ar/qr-approve'),
  de: () => import('./de/qr-approve'),
  fr: () => import('./fr/qr-approve'),
  it: () => import('./it/qr-approve'),
  'pt-BR': () => import('./pt-BR/qr-approve'),
  nl: () => import('./nl/qr-approve'),
  pl: () => import('./pl/qr-approve'),
  cs: () => import('./cs/qr-approve'),
  uk: () => import('./uk/qr-approve'),
  tr: () => import('./tr/qr-approve'),
  'zh-Hans': () => import('./zh-Hans/qr-approve'),
  'zh-Hant': () => import('./zh-Hant/qr-approve'),
  ja: () => import('./ja/qr-approve'),
  ko: () => import('./ko/qr-approve'),
  vi: () => import('./vi/qr-approve'),
  id: () => import('./id/qr-approve'),
  ms: () => import('./ms/qr-approve'),
  th: () => import('./th/qr-approve'),
  hi: () => import('./hi/qr-approve'),
  fa: () => import('./fa/qr-approve'),
  he: () => import('./he/qr-approve'),
};

/** The locales with their own `<QrApprove>` catalog (the others fall back to English). */
export const qrApproveLocales = ['en', ...Object.keys(chunks)] as SupportedLocale[];

const loaded = new Map<SupportedLocale, QrApproveMessages>([['en', en]]);

/** The catalog if already loaded (English always is). */
export function peekQrApproveMessages(locale: string | undefined): QrApproveMessages | undefined {
  const base = baseLocale(locale);
  return loaded.get(chunks[base as keyof typeof chunks] ? base : 'en');
}

/** Loads `<QrApprove>`'s catalog of a locale (English for the others); each is its own chunk. */
export async function loadQrApproveMessages(locale: string | undefined): Promise<QrApproveMessages> {
  const base = baseLocale(locale);
  const load = chunks[base as keyof typeof chunks];
  if (!load) return en;
  const cached = loaded.get(base);
  if (cached) return cached;
  const messages = (await load()).qrApprove;
  loaded.set(base, messages);
  return messages;
}
