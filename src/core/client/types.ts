/**
 * Domain types of the B2Core sign-in contract (camelCase; the wire's snake_case stays in
 * the zod wire schemas). Every layer above the client speaks these types.
 */
import type { Timers } from '../timers';

/** A token as the server issues it. Times are ISO-8601 strings carrying an offset. */
export interface IssuedToken {
  token: string;
  createdAt: string;
  expiresAt: string;
}

/** The pair a finished sign-in or a refresh yields. A deployment may omit the refresh token. */
export interface TokenPair {
  accessToken: IssuedToken;
  refreshToken: IssuedToken | null;
}

/**
 * A second-factor method offered by the server. `name` is an open set (`google`, `sms`, `email`,
 * ...); `localizedCaption` arrives cleaned for display (one line, at most 64 characters).
 */
export interface TwoFactorProvider {
  name: string;
  localizedCaption: string;
  enabled: boolean;
}

/** The wizard's options, from `GET /signin/wizard`. */
export interface WizardOptions {
  isRecaptchaEnabled: boolean;
  isQrAvailable: boolean;
  isPasswordRecoveryAvailable: boolean;
}

/** The client a password reset answers with (`data.client`). */
export interface ResetClient {
  id: number;
  email: string;
  settings: Record<string, unknown>;
}

/**
 * One wizard response, parsed. `workflow` is an open set: an admin can add steps, so unknown
 * values arrive here as they are and the flow maps them to its fallback screen.
 *
 * `data` keeps only what the domain needs, already camelCase:
 * - `options` on the initial `login` step;
 * - `tokens` when signed in (`code` 202, `done` true, with a token pair);
 * - `providers` on `2fa` (and wherever the server sends `tfaProviders`);
 * - `client` after a password reset;
 * - `raw` is the untouched `data` object, for hosts that render admin-added steps.
 */
export interface WizardStep {
  code: number;
  done: boolean;
  uuid: string;
  workflow: string;
  options: WizardOptions | null;
  tokens: TokenPair | null;
  providers: TwoFactorProvider[];
  client: ResetClient | null;
  raw: unknown;
}

/** A QR sign-in channel, from `GET /signin/qrcodes`. */
export interface QrChannel {
  id: string;
  lifetimeMinutes: number;
  ip: string;
  location: string | null;
}

/** What the channel watch reports, from `GET /signin/qrcodes/{id}`. */
export interface QrChannelStatus {
  id: string;
  status: 'pending' | 'authorized' | 'expired';
  authorizationToken: string | null;
  /**
   * Optional extension of the contract (the simulator sends it): the requesting IP, so the
   * approving phone can show it. Absent when the server does not say.
   */
  ip?: string;
  /** Optional extension: the requesting location, `null` when the server does not know it. */
  location?: string | null;
  /** Optional extension: whole seconds the code has left (relative: no clock has to agree). */
  expiresInSeconds?: number;
}

/**
 * The answer to the QR token exchange, `POST /signin/qrcodes`: the documented
 * `{clientId, tokens}`, or a wizard step when the server asks for more (the flow continues with it).
 */
export type QrSignInResult =
  | { kind: 'signed-in'; clientId: number; tokens: TokenPair }
  | { kind: 'step'; step: WizardStep };

/** Per-call options every client method takes. */
export interface CallOptions {
  /** Aborting rejects the call with a `SignInError` of kind `aborted`. */
  signal?: AbortSignal;
}

/** Options of `createSignInClient`. */
export interface SignInClientOptions {
  /** The B2Core host, e.g. `https://my.broker.com`. Paths go under `{baseUrl}/api/v2/my`. An empty string means same origin. */
  baseUrl: string;
  /** A fetch to use instead of the global one (tests, SSR, instrumentation). */
  fetch?: typeof fetch;
  /** The UI locale, sent as `Accept-Language`; a function is read on every call. */
  locale?: string | (() => string);
  /** Milliseconds before a call fails with kind `timeout`. Default 15 000; 0 or `Infinity` disables it. */
  timeoutMs?: number;
  /** Timers for that timeout. Default: the global ones, read per call. */
  timers?: Timers;
  /** Extra headers on every call. */
  headers?: Record<string, string>;
  /** Supplies the device fingerprint (Base64 of UTF-8 JSON with `user_agent`). Default: `getDeviceFingerprint`. */
  deviceFingerprint?: () => string;
}

/** Body of `POST /signin`. */
export interface SignInInput {
  uuid: string;
  email: string;
  password: string;
  recaptchaResponse?: string;
}

/** The typed client: one method per method of the contract. Every rejection is a `SignInError`. */
export interface SignInClient {
  /** The options the client was created with, `baseUrl` normalised (no trailing slash). */
  readonly baseUrl: string;
  /** `GET /signin/wizard`: starts a wizard session. */
  wizard(options?: CallOptions): Promise<WizardStep>;
  /** `POST /signin`: email + password (+ reCAPTCHA token); the device fingerprint is added. */
  signIn(input: SignInInput, options?: CallOptions): Promise<WizardStep>;
  /** `POST /signin/2fa`: choose a method; choosing `sms` again is the resend. */
  chooseTwoFactor(input: { uuid: string; type: string }, options?: CallOptions): Promise<WizardStep>;
  /**
   * `POST /2fa/{method}`: the code of any second factor (`google`, `sms`, `email`, or an
   * admin-added name from `tfaProviders`). `method` must match `^[a-z0-9_-]{1,32}$`; any other
   * name rejects with a `TypeError` before a request is made (a caller's mistake, not a server's).
   *
   * @example
   * ```ts
   * const step = await client.verifyTwoFactorCode('email', { uuid, code: '123456' });
   * ```
   */
  verifyTwoFactorCode(method: string, input: { uuid: string; code: string }, options?: CallOptions): Promise<WizardStep>;
  /** `POST /2fa/google`: `verifyTwoFactorCode('google', …)`. */
  verifyGoogleCode(input: { uuid: string; code: string }, options?: CallOptions): Promise<WizardStep>;
  /** `POST /2fa/sms`: `verifyTwoFactorCode('sms', …)`. */
  verifySmsCode(input: { uuid: string; code: string }, options?: CallOptions): Promise<WizardStep>;
  /** `POST /signin/password/restore` with the emailed code. */
  restorePassword(input: { uuid: string; code: string }, options?: CallOptions): Promise<WizardStep>;
  /** `POST /signin/password/reset`. */
  resetPassword(
    input: { uuid: string; password: string; passwordConfirmation: string },
    options?: CallOptions,
  ): Promise<WizardStep>;
  /** `POST /refresh`: accepts the bare pair or the step envelope. */
  refresh(input: { refreshToken: string }, options?: CallOptions): Promise<TokenPair>;
  /** `POST /signout` with the access token as Bearer. */
  signOut(input: { accessToken: string }, options?: CallOptions): Promise<void>;
  /** `GET /signin/qrcodes`: a new QR channel. */
  getQrChannel(options?: CallOptions): Promise<QrChannel>;
  /** `GET /signin/qrcodes/{id}`: the channel's status (the default watch). */
  getQrChannelStatus(input: { channelId: string }, options?: CallOptions): Promise<QrChannelStatus>;
  /** `POST /signin/qrcodes`: exchanges the authorization token (the device fingerprint is added). */
  signInWithQr(input: { authorizationToken: string }, options?: CallOptions): Promise<QrSignInResult>;
  /** `POST /signin/tokens`: the signed-in phone's side, issuing a token for a channel. */
  issueQrAuthorizationToken(
    input: { accessToken: string; channelId: string },
    options?: CallOptions,
  ): Promise<{ authorizationToken: string }>;
}
