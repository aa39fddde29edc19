import { format } from '../../i18n/format';
import { qr as englishQr } from '../../i18n/en/qr';

/** Every message key of the QR panel. */
export type QrMessageKey = keyof typeof englishQr;

/** The QR panel's messages; a host overrides any of them (a full locale catalog fits too). */
export type QrMessages = Record<QrMessageKey, string>;

/** The English defaults (imported alone, so the panel's chunk does not pull the whole catalog). */
export const defaultQrMessages: QrMessages = englishQr;

/** Fills `{name}` placeholders and ICU-style plurals (the catalogs' one formatter). Returns plain text. */
export const formatMessage = format;
