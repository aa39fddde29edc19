import { describe, expect, it } from 'vitest';
import { serverErrorCodes } from '../core/client/server-codes';
import type { FlowError } from '../core/flow/types';
import { errorFields } from './error-fields';

const error = (overrides: Partial<FlowError>): FlowError => ({
  kind: 'http',
  status: 400,
  serverCode: null,
  serverMessage: null,
  details: [],
  retryAfterSeconds: null,
  ...overrides,
});
const credentials = ['email', 'password'] as const;

describe('errorFields', () => {
  it('wrong credentials point at both email and password, in the form’s order', () => {
    expect(errorFields(error({ serverCode: serverErrorCodes.invalidCredentials }), credentials)).toEqual(['email', 'password']);
  });

  it('a server error with details[].field points at that field only', () => {
    const failure = error({ serverCode: serverErrorCodes.validation, details: [{ field: 'email', issue: 'Invalid.' }] });
    expect(errorFields(failure, credentials)).toEqual(['email']);
  });

  it('a wrong code points at the code field of a code form, at nothing in the credentials form', () => {
    const failure = error({ serverCode: serverErrorCodes.invalidCode });
    expect(errorFields(failure, ['code'] as const)).toEqual(['code']);
    expect(errorFields(failure, credentials)).toEqual([]);
  });

  it.each([
    ['network', error({ kind: 'network', status: null })],
    ['rate limit', error({ kind: 'rate-limited', status: 429, serverCode: serverErrorCodes.tooManyAttempts })],
    ['server', error({ status: 500 })],
    ['a detail about a field this form does not have', error({ details: [{ field: 'device_fingerprint', issue: 'Bad.' }] })],
  ])('%s: no field (the banner shows it)', (_label, failure) => {
    expect(errorFields(failure, credentials)).toEqual([]);
  });

  it('no error, no field', () => {
    expect(errorFields(null, credentials)).toEqual([]);
  });
});
