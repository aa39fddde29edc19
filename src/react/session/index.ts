/** React bindings of the session layer. */
export { SessionProvider } from './session-provider';
export type { SessionProviderProps } from './session-provider';
export { useSession } from './use-session';
export { useOptionalSession } from './use-optional-session';
export type { UseSessionResult } from './use-optional-session';
export { SessionExpiryNotice } from './session-expiry-notice';
export type { SessionExpiryNoticeProps } from './session-expiry-notice';
export { defaultSessionMessages } from './session-messages';
export type { SessionMessageKey, SessionMessages } from './session-messages';
