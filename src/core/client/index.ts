/** The typed B2Core sign-in client: factory, domain types, errors and the device fingerprint. */
export { createSignInClient } from './create-client';
export { SignInError, isSignInError } from './errors';
export type { ServerErrorDetail, SignInErrorDetail, SignInErrorKind } from './errors';
export { getDeviceFingerprint } from './fingerprint';
export {
  clampRetryAfterSeconds,
  parseRetryAfter,
  RETRY_AFTER_DEFAULT_SECONDS,
  RETRY_AFTER_MAX_SECONDS,
  RETRY_AFTER_MIN_SECONDS,
} from './retry-after';
export { serverErrorCodes } from './server-codes';
export type { ServerErrorCodeName } from './server-codes';
export type * from './types';
