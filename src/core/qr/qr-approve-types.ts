import type { SignInClient } from '../client/types';
import type { ChannelInputError, ParseChannelInputOptions } from './parse-channel-input';
import type { Timers } from '../timers';

/** The client methods the approving side uses (a full `SignInClient` fits). */
export type QrApproveClient = Pick<SignInClient, 'getQrChannelStatus' | 'issueQrAuthorizationToken'>;

/** What the person must check before approving. Server strings: render them as text only. */
export interface QrApproveDetails {
  channelId: string;
  /** The requesting IP, `null` when the server did not say. */
  ip: string | null;
  /** The requesting location, `null` when unknown. */
  location: string | null;
  /** Local-clock ms when the code expires (receipt time + `expiresInSeconds`), `null` when the server did not say. */
  expiresAt: number | null;
}

/**
 * Why an approval ended without success; each has its own message.
 * - `expired`: the code ran out (or was replaced on the other device).
 * - `unknown`: the server does not know this code.
 * - `used`: it was already approved.
 * - `session-ended`: this device is not signed in any more (401, or no access token).
 * - `rate-limited`: 429; `retryAfterSeconds` says how long to wait.
 * - `network`: no answer (offline, timeout).
 * - `failed`: anything else (5xx, an unreadable answer).
 */
export type QrApproveFailureReason = 'expired' | 'unknown' | 'used' | 'session-ended' | 'rate-limited' | 'network' | 'failed';

/** The approving side's state, one string union. */
export type QrApproveState =
  /** Waiting for a channel (scan or paste); `inputError` says why the last input was refused. */
  | { status: 'idle'; inputError: ChannelInputError | null }
  /** Reading the channel's status and details (`GET /signin/qrcodes/{id}`). */
  | { status: 'checking'; channelId: string }
  /** The details are on screen: "Approve" or "Deny". */
  | ({ status: 'confirm' } & QrApproveDetails)
  /** `POST /signin/tokens` is in flight (sent once; the buttons are busy). */
  | ({ status: 'approving' } & QrApproveDetails)
  /** The other device has its authorization and signs in. */
  | { status: 'approved'; channelId: string }
  /** The person said no: nothing was sent, the code simply runs out on the other device. */
  | { status: 'denied'; channelId: string }
  /** It ended without approval; `retry()` re-checks the code (never re-sends by itself). */
  | { status: 'failed'; channelId: string | null; reason: QrApproveFailureReason; retryAfterSeconds: number | null };

/** The status names, for exhaustive maps. */
export type QrApproveStatus = QrApproveState['status'];

/** Options of `createQrApprove`. */
export interface QrApproveOptions extends ParseChannelInputOptions {
  client: QrApproveClient;
  /**
   * The signed-in device's current access token, read when "Approve" is pressed (e.g. from a
   * session's snapshot). `null`: not signed in, and nothing is sent.
   */
  getAccessToken(): string | null;
  /** The clock (ms). Default `Date.now`. */
  now?: () => number;
  /** Timers (the expiry of the code on screen). Default: the global ones. */
  scheduler?: Timers;
  /** Called once per approved channel. Carries no secret. */
  onApproved?(channelId: string): void;
}

/** The approving side: a small store (`subscribe`/`getSnapshot`, as `useSyncExternalStore` wants). */
export interface QrApprove {
  getSnapshot(): QrApproveState;
  /** Listens to state changes; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
  /**
   * Takes a scanned or pasted link or id. Refused input → `idle` with `inputError`; a channel →
   * `checking`, then `confirm` or `failed`. Replaces whatever was on screen (aborting its request).
   */
  open(input: string): void;
  /** Sends `POST /signin/tokens` once for the code on screen. Only from `confirm`. */
  approve(): void;
  /** Declines the code on screen: no request, state `denied`. Only from `confirm`. */
  deny(): void;
  /** After a failure: checks the same code again (a fresh `GET`; never re-sends the approval). */
  retry(): void;
  /** Back to `idle` for another code; aborts anything in flight. */
  reset(): void;
  /** Aborts requests, clears the timer and drops listeners; unusable afterwards. */
  dispose(): void;
}
