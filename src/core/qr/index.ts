/** QR sign-in without React: the channel watcher, the status-source adapter and its default. */
export { createQrSignIn } from './create-qr-sign-in';
export { createPollingStatusSource } from './polling-status-source';
export type { PollingStatusSourceOptions } from './polling-status-source';
export { alwaysVisible, createDocumentVisibility } from './visibility';
export type * from './types';
export { createQrApprove } from './create-qr-approve';
export { channelIdPattern, parseChannelInput } from './parse-channel-input';
export type { ChannelInput, ChannelInputError, ParseChannelInputOptions } from './parse-channel-input';
export type * from './qr-approve-types';
