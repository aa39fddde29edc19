import type { QrChannel, QrChannelStatus, SignInClient, TokenPair, WizardStep } from '../client/types';
import type { Timers } from '../timers';

/**
 * How the page learns that a channel was scanned. The default polls
 * `GET /signin/qrcodes/{id}` (`createPollingStatusSource`); a deployment that pushes over a
 * socket implements this instead, and the panel does not change.
 *
 * Contract for implementations:
 * - `subscribe` starts watching one channel; the returned function stops it, aborts anything in
 *   flight and leaves no timer behind. After it returns, no callback may fire (the watcher
 *   ignores late calls anyway, but a clean source makes zero requests).
 * - `onStatus` gets every answer; a status carrying `authorizationToken` ends the watch.
 * - `onError` gets every failed attempt; the source keeps retrying with backoff until
 *   unsubscribed, and the watcher decides when to give up.
 */
export interface QrStatusSource {
  subscribe(
    channelId: string,
    onStatus: (status: QrChannelStatus) => void,
    onError?: (error: unknown) => void,
  ): () => void;
}

/** @deprecated Use {@link Timers} (from `b2core-sign-in/core`): the core's one timer interface. */
export type QrScheduler = Timers;

/** Whether the page is visible; the watcher pauses (no requests) while it is hidden. */
export interface QrVisibility {
  isHidden(): boolean;
  /** Calls `listener` whenever visibility may have changed; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

/** The client methods the QR watcher uses (a full `SignInClient` fits). */
export type QrClient = Pick<SignInClient, 'getQrChannel' | 'getQrChannelStatus' | 'signInWithQr'>;

/** Which stage failed; each has its own message and a retry that starts over with a fresh code. */
export type QrFailureKind =
  /** `GET /signin/qrcodes` failed (first code or a renewal). */
  | 'channel'
  /** Watching the channel failed repeatedly, or in a way retrying cannot fix. */
  | 'watch'
  /** `POST /signin/qrcodes` failed. */
  | 'exchange'
  /** The server rejected the authorization token: already used or unknown. */
  | 'token-rejected';

/** A failure with its cause (a `SignInError` from the client, or whatever a custom source threw). */
export interface QrFailure {
  kind: QrFailureKind;
  error: unknown;
  /** From a 429's `Retry-After`, when the failure was a rate limit. */
  retryAfterSeconds: number | null;
}

/** What a code on screen carries. `expiresAt` is local-clock ms: receipt time + lifetime. */
export interface QrShownCode {
  channel: QrChannel;
  /** When this code was received (local clock ms). */
  receivedAt: number;
  /** `receivedAt + lifetimeMinutes`: immune to a wrong client clock. */
  expiresAt: number;
  /** Silent renewals since the person last started (0 for the first code). */
  renewals: number;
}

/**
 * The watcher's state, one string union. The panel maps it to `data-state`:
 * `idle`/`loading` → loading, `paused`/`stopped` → stopped, `done` → signing-in.
 */
export type QrSignInState =
  /** Not started, or stopped by `stop()`. */
  | { status: 'idle' }
  /** Getting a first (or fresh) code: nothing to scan yet. */
  | { status: 'loading' }
  /** A code is on screen and watched. */
  | ({ status: 'showing' } & QrShownCode)
  /** The code on screen is still valid while its successor is fetched (its watch has ended). */
  | ({ status: 'renewing' } & QrShownCode)
  /** The tab is hidden: no code, no requests; a fresh code comes when it is visible again. */
  | { status: 'paused' }
  /** The renewal cap was reached without a scan: waits for "Show a new code" (`retry()`). */
  | { status: 'stopped'; renewals: number }
  /** A token arrived and is being exchanged. */
  | { status: 'signing-in' }
  /** Finished: signed in, or the server asked for another wizard step (see the callbacks). */
  | { status: 'done'; outcome: 'signed-in' | 'step' }
  /** Something failed; `retry()` starts over with a fresh code. */
  | { status: 'error'; failure: QrFailure };

/** The status names, for exhaustive maps. */
export type QrSignInStatus = QrSignInState['status'];

/** Options of `createQrSignIn`. */
export interface QrSignInOptions {
  client: QrClient;
  /** How the channel is watched. Default: `createPollingStatusSource({ client })` (every 2 s). */
  statusSource?: QrStatusSource;
  /** The clock (ms). Default `Date.now`. */
  now?: () => number;
  /** Timers. Default: the global ones. */
  scheduler?: Timers;
  /**
   * Renew this long before a code expires (never earlier than half its lifetime, nor within
   * `QR_MIN_RENEWAL_GAP_MS` of its arrival). Default 10 000. The lifetime itself is clamped to
   * `QR_MIN_LIFETIME_MS` … `QR_MAX_LIFETIME_MS`.
   */
  renewBeforeMs?: number;
  /** Silent renewals before stopping with "Show a new code". Default 5. */
  maxRenewals?: number;
  /** Consecutive failed watch attempts (rate limits included) before the `watch` error. Default 5. */
  maxWatchFailures?: number;
  /** Page visibility. Default: `document.visibilityState` when there is a document, else always visible. */
  visibility?: QrVisibility;
  /** Called once when the exchange signs the person in. */
  onSignedIn?(tokens: TokenPair, clientId: number): void;
  /** Called once when the exchange answers with another wizard step (e.g. 2FA). */
  onStep?(step: WizardStep): void;
}

/** The watcher: a small store (`subscribe`/`getSnapshot`, as `useSyncExternalStore` wants). */
export interface QrSignIn {
  getSnapshot(): QrSignInState;
  /** Listens to state changes; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** Starts (or resumes after `stop()`): gets a code unless the tab is hidden. No-op when running. */
  start(): void;
  /** Starts over with a fresh code and a fresh renewal count ("Show a new code", "Try again"). */
  retry(): void;
  /** Stops everything: aborts requests in flight, clears timers, unsubscribes; state `idle`. Restartable. */
  stop(): void;
  /** `stop()` and drop every listener; the watcher is unusable afterwards. */
  dispose(): void;
}
