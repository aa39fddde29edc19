/**
 * Turns whatever a request rejected with into a `FlowError`: the fields the UI needs to
 * explain it and nothing else (a `SignInError` never carries a secret, and an unexpected
 * throw is reduced to its kind so no payload leaks into the state).
 */
import { SignInError } from '../client/errors';
import { serverErrorCodes } from '../client/server-codes';
import type { FlowError } from './types';

export function toFlowError(error: unknown): FlowError {
  const base: FlowError = {
    kind: 'unexpected',
    status: null,
    serverCode: null,
    serverMessage: null,
    details: [],
    retryAfterSeconds: null,
  };
  if (!(error instanceof SignInError)) return base;
  const detail = error.detail;
  switch (detail.kind) {
    case 'network':
    case 'timeout':
    case 'aborted':
      return { ...base, kind: detail.kind };
    case 'invalid-response':
      return { ...base, kind: detail.kind, status: detail.status };
    case 'unauthorized':
      return { ...base, kind: detail.kind, status: 401, serverCode: detail.serverCode, serverMessage: detail.serverMessage };
    case 'rate-limited':
      return {
        ...base,
        kind: detail.kind,
        status: 429,
        serverMessage: detail.serverMessage,
        retryAfterSeconds: detail.retryAfterSeconds,
        // The client does not surface a 429's code; the resend cooldown is told apart by path.
        serverCode: error.path === '/signin/2fa' ? serverErrorCodes.resendCooldown : serverErrorCodes.tooManyAttempts,
      };
    case 'http':
      return {
        ...base,
        kind: detail.kind,
        status: detail.status,
        serverCode: detail.serverCode,
        serverMessage: detail.serverMessage,
        details: detail.details.map((d) => ({ issue: d.issue, ...(d.field === undefined ? {} : { field: d.field }) })),
        retryAfterSeconds: detail.retryAfterSeconds ?? null,
      };
    default:
      return detail satisfies never;
  }
}

/** The wizard uuid is unknown or expired (410, or the server's `wizardExpired` code). */
export const isWizardExpired = (error: FlowError): boolean =>
  error.serverCode === serverErrorCodes.wizardExpired || (error.kind === 'http' && error.status === 410);
