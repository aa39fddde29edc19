import type { QrSignInState } from '../../core/qr/types';
import type { QrMessageKey, QrMessages } from './qr-messages';
import { formatMessage } from './qr-messages';

/** The panel's `data-state` values (src/theme/parts.ts). */
export type QrPanelPartState = 'loading' | 'showing' | 'renewing' | 'stopped' | 'signing-in' | 'error';

/** Maps the watcher's state to the styling contract's `data-state`. */
export function partStateOf(state: QrSignInState): QrPanelPartState {
  switch (state.status) {
    case 'idle':
    case 'loading':
      return 'loading';
    case 'showing':
      return 'showing';
    case 'renewing':
      return 'renewing';
    case 'paused':
    case 'stopped':
      return 'stopped';
    case 'signing-in':
    case 'done':
      return 'signing-in';
    case 'error':
      return 'error';
    default:
      return state satisfies never;
  }
}

/** The error message for a failed state (a rate limit says how long to wait). */
export function errorMessage(state: Extract<QrSignInState, { status: 'error' }>, m: QrMessages, locale?: string): string {
  const { kind, retryAfterSeconds } = state.failure;
  if (retryAfterSeconds !== null) return formatMessage(m['qr.error.rateLimited'], { seconds: retryAfterSeconds }, locale);
  const keys: Record<typeof kind, QrMessageKey> = {
    channel: 'qr.error.channel',
    watch: 'qr.error.watch',
    exchange: 'qr.error.exchange',
    'token-rejected': 'qr.error.tokenRejected',
  };
  return m[keys[kind]];
}

/**
 * What the polite live region says in a state. Showing and renewing say the same thing, so a
 * silent renewal changes nothing and is not announced; a fresh code after loading or a pause is.
 */
export function announcementOf(state: QrSignInState, m: QrMessages, locale?: string): string {
  switch (state.status) {
    case 'showing':
    case 'renewing':
      return m['qr.ready'];
    case 'stopped':
      return `${m['qr.stopped']} ${m['qr.showNewCode']}.`;
    case 'signing-in':
      return m['qr.signingIn'];
    case 'done':
      return state.outcome === 'signed-in' ? m['qr.signedIn'] : '';
    case 'error':
      return errorMessage(state, m, locale);
    case 'idle':
    case 'loading':
    case 'paused':
      return '';
    default:
      return state satisfies never;
  }
}
