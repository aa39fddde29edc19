/** The typed B2Core sign-in client: factory, domain types, errors and the device fingerprint. */
export { createSignInClient } from './create-client';
export { SignInError, isSignInError } from './errors';
export type { ServerErrorDetail, SignInErrorDetail, SignInErrorKind } from './errors';
export { getDeviceFingerprint } from './fingerprint';
export { parseRetryAfter } from './http';
export { serverErrorCodes } from './server-codes';
export type { ServerErrorCodeName } from './server-codes';
export type * from './types';
