/**
 * `<QrApprove>`'s catalogs, apart from the flow's: the phone's side ships in its own chunk, so
 * its English text is not in the flow's bundle, and each other locale is its own small chunk.
 * To add a locale: `src/i18n/<locale>/qr-approve.ts` with every key, and a case below.
 */
import { qrApprove as en } from './en/qr-approve';
import { baseLocale, type SupportedLocale } from './load';

/** Every message key of `<QrApprove>`. */
export type QrApproveMessageKey = keyof typeof en;

/** `<QrApprove>`'s messages; a host overrides any of them. */
export type QrApproveMessages = Record<QrApproveMessageKey, string>;

/** The English defaults. */
export const defaultQrApproveMessages: QrApproveMessages = en;

const loaded = new Map<SupportedLocale, QrApproveMessages>([['en', en]]);

/** The catalog if already loaded (English always is). */
export function peekQrApproveMessages(locale: string | undefined): QrApproveMessages | undefined {
  return loaded.get(baseLocale(locale));
}

/** Loads `<QrApprove>`'s catalog of a locale (English for unsupported ones); each is its own chunk. */
export async function loadQrApproveMessages(locale: string | undefined): Promise<QrApproveMessages> {
  const base = baseLocale(locale);
  const cached = loaded.get(base);
  if (cached) return cached;
  let messages: QrApproveMessages;
  switch (base) {
    case 'ru':
      messages = (await import('./ru/qr-approve')).qrApprove;
      break;
    case 'es':
      messages = (await import('./es/qr-approve')).qrApprove;
      break;
    case 'ar':
      messages = (await import('./ar/qr-approve')).qrApprove;
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
