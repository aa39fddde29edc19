/** QR sign-in without React: the channel watcher, the status-source adapter and its default. */
export { createQrSignIn } from './create-qr-sign-in';
export { createPollingStatusSource } from './polling-status-source';
export type { PollingStatusSourceOptions } from './polling-status-source';
export { alwaysVisible, createDocumentVisibility } from './visibility';
export type * from './types';
