import type { Messages } from '../en';
import { flow } from './flow';
import { qr } from './qr';
import { qrApprove } from './qr-approve';
import { session } from './session';

/** The ar catalog, loaded on demand (its own chunk). */
const messages: Messages = { ...flow, ...qr, ...qrApprove, ...session };
export default messages;
