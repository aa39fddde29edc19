/**
 * Issue 10, echoed secrets: whatever the server echoes back (in `details[].field`, the
 * reCAPTCHA response, encoded), no secret of the call reaches a `SignInError`; and for a known
 * server code the person reads the catalog message, never the server's text.
 */
import { describe, expect, it } from 'vitest';
import { createSignInClient, isSignInError, serverErrorCodes, SignInError } from '.';
import { toFlowError } from '../flow/flow-error';
import { en } from '../../i18n/en';
import { errorMessage } from '../../i18n/error-message';
import { createFakeFetch, json, type RecordedCall } from '../../test-support/fake-fetch';

const UUID = '36f59381-5b54-48bd-a0c7-3b908c476732';
const PASSWORD = 'S3cret&<Pass>';
const CAPTCHA = '03AFcWeA-captcha_RESPONSE.token';
const CODE = '761522';

/** The client, answering every call with what `echo` builds from the call's body. */
function clientEchoing(echo: (call: RecordedCall) => Response) {
  return createSignInClient({ baseUrl: 'https://api.example', fetch: createFakeFetch(echo).fetch });
}

async function failureOf(promise: Promise<unknown>): Promise<SignInError> {
  const error = await promise.catch((e: unknown) => e);
  if (!(error instanceof SignInError)) throw new Error('expected a SignInError');
  return error;
}

const visible = (error: SignInError) => [error.message, String(error), error.stack ?? '', JSON.stringify(error.detail)].join('\n');

describe('no echoed secret in a SignInError', () => {
  const encodings: [string, (secret: string) => string][] = [
    ['as is', (s) => s],
    ['upper case', (s) => s.toUpperCase()],
    ['URL-encoded', (s) => encodeURIComponent(s)],
    ['HTML-escaped', (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')],
    ['numeric entities', (s) => [...s].map((c) => `&#${c.codePointAt(0)};`).join('')],
    ['spaced out', (s) => [...s].join(' ')],
  ];

  it.each(encodings)('password and reCAPTCHA response %s, in message, issue and field', async (_name, encode) => {
    const client = clientEchoing(() => {
      const echo = `${encode(PASSWORD)} / ${encode(CAPTCHA)}`;
      return json({ error: { code: 1004, message: `invalid ${echo}`, details: [{ issue: `bad ${echo}`, field: encode(PASSWORD) }] } }, 422);
    });
    const error = await failureOf(client.signIn({ uuid: UUID, email: 'client@example.com', password: PASSWORD, recaptchaResponse: CAPTCHA }));
    expect(isSignInError(error, 'http')).toBe(true);
    const text = visible(error);
    for (const secret of [PASSWORD, CAPTCHA]) {
      expect(text).not.toContain(encode(secret));
      expect(text.toLowerCase()).not.toContain(secret.toLowerCase());
    }
    expect(error.detail).toMatchObject({ details: [{ field: '***' }] });
  });

  it.each(encodings)('a 2FA code %s', async (_name, encode) => {
    const client = clientEchoing(() => json({ error: { code: 1002, message: `code ${encode(CODE)} expired` } }, 400));
    const error = await failureOf(client.verifySmsCode({ uuid: UUID, code: CODE }));
    expect(visible(error)).not.toContain(encode(CODE));
    expect(error.detail).toMatchObject({ serverMessage: 'code *** expired' });
  });

  it('an absurdly long message and thousands of details are cut', async () => {
    const details = Array.from({ length: 5000 }, (_, i) => ({ issue: `issue ${i} ${'x'.repeat(2000)}`, field: 'email' }));
    const client = clientEchoing(() => json({ error: { code: 9999, message: 'y'.repeat(1_000_000), details } }, 400));
    const error = await failureOf(client.signIn({ uuid: UUID, email: 'e@example.com', password: PASSWORD }));
    if (!isSignInError(error, 'http')) throw new Error('expected http');
    expect(error.detail.serverMessage?.length).toBeLessThanOrEqual(500);
    expect(error.detail.details.length).toBeLessThanOrEqual(20);
    expect(error.detail.details.every((d) => d.issue.length <= 500)).toBe(true);
  });
});

describe('a known server code shows the catalog message, never the server text', () => {
  const t = (key: keyof typeof en) => en[key];
  it.each(Object.entries(serverErrorCodes))('%s (%i)', async (_name, code) => {
    const status = code === serverErrorCodes.tokenInvalid ? 401 : code === serverErrorCodes.qrChannelNotFound ? 404 : 400;
    const client = clientEchoing(() => json({ error: { code, message: 'Call +1-555-0100 to unlock: <script>' } }, status));
    const error = await failureOf(client.verifyGoogleCode({ uuid: UUID, code: CODE }));
    const message = errorMessage(toFlowError(error), t);
    expect(message).not.toContain('555');
    expect(Object.values(en)).toContain(message);
  });
});
