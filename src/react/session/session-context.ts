import { createContext } from 'react';
import type { Session } from '../../core/session';

/** The session of the nearest `<SessionProvider>`, or `null` outside one. */
export const SessionContext = createContext<Session | null>(null);
SessionContext.displayName = 'SessionContext';
