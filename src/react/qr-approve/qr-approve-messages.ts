import { qrApprove as englishQrApprove } from '../../i18n/en/qr-approve';

/** Every message key of `<QrApprove>`. */
export type QrApproveMessageKey = keyof typeof englishQrApprove;

/** `<QrApprove>`'s messages; a host overrides any of them (a full locale catalog fits too). */
export type QrApproveMessages = Record<QrApproveMessageKey, string>;

/** The English defaults. */
export const defaultQrApproveMessages: QrApproveMessages = englishQrApprove;
