import { aids } from './aids';
import { flow } from './flow';
import { qr } from './qr';
import { session } from './session';

/** The English catalog: the source of every message key. Other locales must cover every key. */
export const en = { ...flow, ...aids, ...qr, ...session };

/** Every message key the UI uses. */
export type MessageKey = keyof typeof en;

/** A complete catalog. */
export type Messages = Record<MessageKey, string>;
