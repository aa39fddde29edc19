/**
 * The signed-in phone's side of QR sign-in. Its own chunk: no qrcode.react, and the camera code
 * is a further lazy chunk loaded only where `BarcodeDetector` exists.
 */
export { QrApprove } from './qr-approve';
export type { QrApproveProps } from './qr-approve';
export { useQrApprove } from './use-qr-approve';
export type { UseQrApproveOptions, UseQrApproveResult } from './use-qr-approve';
export { defaultQrApproveMessages } from './qr-approve-messages';
export type { QrApproveMessageKey, QrApproveMessages } from './qr-approve-messages';
export type {
  QrApproveClient,
  QrApproveDetails,
  QrApproveFailureReason,
  QrApproveState,
  QrApproveStatus,
} from '../../core/qr/qr-approve-types';
export type { ChannelInputError } from '../../core/qr/parse-channel-input';
