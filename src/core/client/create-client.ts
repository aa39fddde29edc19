import { getDeviceFingerprint } from './fingerprint';
import { request, type RequestSpec } from './http';
import type { Parser } from './invalid-body';
import type { Parsers } from './load-parsers';
import { isTwoFactorMethodName } from './two-factor-method';
import type { CallOptions, SignInClient, SignInClientOptions } from './types';

/** `encodeURIComponent` throws on these; a JSON string (the server's channel id) may hold one. */
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Creates the typed B2Core sign-in client: one method per method of the contract, every
 * response checked by a zod schema, every failure a `SignInError`. It keeps no state and never
 * retries: the server's throttle counts every call.
 *
 * @example
 * ```ts
 * const client = createSignInClient({ baseUrl: 'https://my.broker.com', locale: 'de' });
 * const wizard = await client.wizard();
 * try {
 *   const step = await client.signIn({ uuid: wizard.uuid, email, password });
 *   if (step.tokens) store(step.tokens); // signed in; otherwise show `step.workflow`'s screen
 * } catch (error) {
 *   if (isSignInError(error, 'rate-limited')) wait(error.detail.retryAfterSeconds);
 * }
 * ```
 */
export function createSignInClient(options: SignInClientOptions): SignInClient {
  const opts = { ...options, baseUrl: options.baseUrl.replace(/\/+$/, '') };
  const client = build(opts);
  optionsOf.set(client, options);
  return client;
}

/** The options each client was created with, so a flow can derive one speaking its locale. */
const optionsOf = new WeakMap<SignInClient, SignInClientOptions>();

/**
 * The same client with `Accept-Language` from `locale`, so a flow given a ready client still
 * sends the locale it shows. A client not made by `createSignInClient` is returned as it is.
 */
export function withLocale(client: SignInClient, locale: () => string): SignInClient {
  const options = optionsOf.get(client);
  return options ? createSignInClient({ ...options, locale }) : client;
}

function build(opts: SignInClientOptions): SignInClient {

  const fingerprint = (): string => {
    try {
      return opts.deviceFingerprint?.() || getDeviceFingerprint();
    } catch {
      // A host's fingerprint supplier failing must not block sign-in.
      return getDeviceFingerprint();
    }
  };

  /** Each call names its parser; the parsers module itself arrives with the first request. */
  type ParserOf<T> = (parsers: Parsers) => Parser<T>;
  const get = <T>(path: string, parse: ParserOf<T>, call?: CallOptions) =>
    request(opts, { method: 'GET', path, signal: call?.signal }, parse);

  const post = <T>(
    path: string,
    parse: ParserOf<T> | null,
    call: CallOptions | undefined,
    extra: Pick<RequestSpec, 'body' | 'bearer'>,
  ) => request(opts, { method: 'POST', path, signal: call?.signal, ...extra }, parse);

  /** `POST /2fa/{method}`: the one implementation behind every second factor's code. */
  const verifyTwoFactorCode: SignInClient['verifyTwoFactorCode'] = (method, input, call) => {
    // The name becomes a path segment: anything but a safe one is refused before any request,
    // so a server-sent name can never point the code at a path of its choosing.
    if (!isTwoFactorMethodName(method)) {
      return Promise.reject(new TypeError('Unsafe second-factor method name'));
    }
    return post(`/2fa/${encodeURIComponent(method)}`, (p) => p.parseStep, call, { body: { uuid: input.uuid, code: input.code } });
  };

  return {
    baseUrl: opts.baseUrl,
    wizard: (call) => get('/signin/wizard', (p) => p.parseWizard, call),
    signIn: ({ uuid, email, password, recaptchaResponse }, call) =>
      post('/signin', (p) => p.parseStep, call, {
        body: {
          uuid,
          email,
          password,
          device_fingerprint: fingerprint(),
          ...(recaptchaResponse === undefined ? {} : { recaptchaResponse }),
        },
      }),
    chooseTwoFactor: ({ uuid, type }, call) => post('/signin/2fa', (p) => p.parseStep, call, { body: { uuid, type } }),
    verifyTwoFactorCode,
    verifyGoogleCode: (input, call) => verifyTwoFactorCode('google', input, call),
    verifySmsCode: (input, call) => verifyTwoFactorCode('sms', input, call),
    restorePassword: ({ uuid, code }, call) =>
      post('/signin/password/restore', (p) => p.parseStep, call, { body: { uuid, action: 'code', code } }),
    resetPassword: ({ uuid, password, passwordConfirmation }, call) =>
      post('/signin/password/reset', (p) => p.parseStep, call, { body: { uuid, password, passwordConfirmation } }),
    refresh: ({ refreshToken }, call) => post('/refresh', (p) => p.parseRefresh, call, { body: { refreshToken } }),
    signOut: ({ accessToken }, call) => post<void>('/signout', null, call, { bearer: accessToken }),
    getQrChannel: (call) => get('/signin/qrcodes', (p) => p.parseQrChannel, call),
    getQrChannelStatus: ({ channelId }, call) =>
      get(`/signin/qrcodes/${encodeURIComponent(channelId.replace(loneSurrogate, '\uFFFD'))}`, (p) => p.parseQrStatus, call),
    signInWithQr: ({ authorizationToken }, call) =>
      post('/signin/qrcodes', (p) => p.parseQrExchange, call, {
        body: { deviceFingerprint: fingerprint(), authorizationToken },
      }),
    issueQrAuthorizationToken: ({ accessToken, channelId }, call) =>
      post('/signin/tokens', (p) => p.parseAuthorizationToken, call, { bearer: accessToken, body: { channelId } }),
  };
}
