import { session as englishSession } from '../../i18n/en/session';

/** Every message key of the session UI. */
export type SessionMessageKey = keyof typeof englishSession;

/** The session UI's messages; a host overrides any of them (a full locale catalog fits too). */
export type SessionMessages = Record<SessionMessageKey, string>;

/** The English defaults (imported alone, so this chunk does not pull the whole catalog). */
export const defaultSessionMessages: SessionMessages = englishSession;
