import { isSignInError } from '../client/errors';
import { clampRetryAfterSeconds } from '../client/retry-after';
import { serverErrorCodes } from '../client/server-codes';
import type { QrFailure, QrFailureKind } from './types';

/** Builds a `QrFailure`, reading `Retry-After` (clamped to 1 s … 24 h) off a rate-limit error. */
export function toFailure(kind: QrFailureKind, error: unknown): QrFailure {
  const retryAfterSeconds = isSignInError(error, 'rate-limited') ? clampRetryAfterSeconds(error.detail.retryAfterSeconds) : null;
  return { kind, error, retryAfterSeconds };
}

/** The exchange was refused because the token is used or unknown (400 with code 1008, or 409/410). */
export function isTokenRejected(error: unknown): boolean {
  if (!isSignInError(error, 'http')) return false;
  const { status, serverCode } = error.detail;
  return serverCode === serverErrorCodes.qrTokenInvalid || status === 409 || status === 410;
}

/** The watched channel is gone (404: unknown or expired): as good as an `expired` status. */
export function isChannelGone(error: unknown): boolean {
  return isSignInError(error, 'http') && error.detail.status === 404;
}

/** A watch failure that retrying the same channel cannot fix (a 4xx other than 408/429). */
export function isPermanentWatchError(error: unknown): boolean {
  if (isSignInError(error, 'unauthorized')) return true;
  if (!isSignInError(error, 'http')) return false;
  const { status } = error.detail;
  return status >= 400 && status < 500 && status !== 408;
}
