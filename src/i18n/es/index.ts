import type { Messages } from '../en';
import { aids } from './aids';
import { flow } from './flow';
import { qr } from './qr';
import { session } from './session';

/** The es catalog, loaded on demand (its own chunk). */
const messages: Messages = { ...flow, ...aids, ...qr, ...session };
export default messages;
