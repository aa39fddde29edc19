import type { QrApproveFailureReason, QrApproveState } from '../../core/qr/qr-approve-types';
import { format } from '../../i18n';
import type { QrApproveMessageKey, QrApproveMessages } from './qr-approve-messages';

const failureKeys: Record<QrApproveFailureReason, QrApproveMessageKey> = {
  expired: 'qrApprove.error.expired',
  unknown: 'qrApprove.error.unknown',
  used: 'qrApprove.error.used',
  'session-ended': 'qrApprove.error.sessionEnded',
  'rate-limited': 'qrApprove.error.rateLimited',
  network: 'qrApprove.error.network',
  failed: 'qrApprove.error.failed',
};

/** The message of a failure (a rate limit says how long to wait). */
export function failureMessage(state: Extract<QrApproveState, { status: 'failed' }>, m: QrApproveMessages, locale?: string): string {
  return format(m[failureKeys[state.reason]], { seconds: state.retryAfterSeconds ?? 600 }, locale);
}

/** Failures a "Try again" (a fresh check of the same code) can fix. */
export function isRetryable(reason: QrApproveFailureReason): boolean {
  return reason === 'network' || reason === 'failed' || reason === 'rate-limited';
}

/** What the polite live region says in a state ('' = nothing new to say). */
export function announcementOf(state: QrApproveState, m: QrApproveMessages, locale?: string): string {
  switch (state.status) {
    case 'idle':
      if (state.inputError === 'invalid') return m['qrApprove.input.invalid'];
      if (state.inputError === 'foreign-origin') return m['qrApprove.input.foreignOrigin'];
      return '';
    case 'checking':
      return m['qrApprove.checking'];
    case 'confirm':
      return m['qrApprove.confirmTitle'];
    case 'approving':
      return m['qrApprove.approving'];
    case 'approved':
      return m['qrApprove.approved'];
    case 'denied':
      return m['qrApprove.denied'];
    case 'failed':
      return failureMessage(state, m, locale);
    default:
      return state satisfies never;
  }
}
