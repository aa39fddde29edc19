/**
 * QR sign-in for React. Import it lazily (`lazy(() => import('./qr'))`) or from its own entry:
 * it carries qrcode.react, which a host that never shows a QR should not download.
 */
export { QrPanel } from './qr-panel';
export type { QrPanelProps } from './qr-panel';
export { QrSignIn } from './qr-sign-in';
export type { QrSignInProps } from './qr-sign-in';
export { useQrSignIn } from './use-qr-sign-in';
export type { UseQrSignInOptions, UseQrSignInResult } from './use-qr-sign-in';
export { QrRing } from './qr-ring';
export type { QrRingProps } from './qr-ring';
export { defaultQrMessages, formatMessage } from './qr-messages';
export type { QrMessageKey, QrMessages } from './qr-messages';
export type { QrPanelPartState } from './qr-panel-state';
// The phone's side lives in its own module (and chunk): importing only it does not load qrcode.react.
export * from '../qr-approve';
