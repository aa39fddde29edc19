/**
 * Public types of the session layer: what a session is (its state union and snapshot), the
 * options of `createSession`, and the `Session` object itself.
 */
import type { SignInError } from '../client/errors';
import type { SignInClient, TokenPair } from '../client/types';
import type { SessionChannel } from './channel';
import type { RefreshLock } from './refresh-lock';
import type { SessionReason } from './session-reason';
import type { SessionStorageAdapter } from './storage-adapters';
import type { Timers } from '../timers';

/**
 * Where the session stands.
 * - `signed-out`: no tokens (never signed in, signed out, or the server rejected the refresh token).
 * - `signed-in`: the access token is valid; a refresh is scheduled before it expires.
 * - `refreshing`: a refresh is in flight, in this tab or in another tab this one waits for.
 * - `cooling-down`: the server rate-limited `/refresh`; no refresh until `cooldownUntil`. A
 *   still-valid access token keeps working meanwhile.
 * - `expired`: the access token's lifetime is over and no new one has arrived yet: either it
 *   cannot be renewed (`reason` `no-refresh-token` / `refresh-token-expired`: sign in again) or
 *   renewal failed for a transient reason (`refresh-failed`) and retries in the background.
 */
export type SessionState = 'signed-out' | 'signed-in' | 'refreshing' | 'cooling-down' | 'expired';

export type { SessionReason } from './session-reason';

/** An immutable picture of the session; a new object only when something changed. */
export interface SessionSnapshot {
  state: SessionState;
  /** The current pair, or `null` when signed out. */
  tokens: TokenPair | null;
  /** Local epoch ms at which the access token stops being usable (receipt time + its lifetime). */
  accessExpiresAt: number | null;
  /**
   * Local epoch ms at which the session ends for good: the idle deadline, or when the last
   * token that can renew it runs out. `null` while open-ended or signed out.
   */
  endsAt: number | null;
  /** True from `expiryWarning` before `endsAt` until the end (or until it is extended). */
  isEndingSoon: boolean;
  /** True when `extend()` can push `endsAt` back (idle timeout, or a refresh is possible). */
  canExtend: boolean;
  /** While `cooling-down`: local epoch ms when refreshing is allowed again. */
  cooldownUntil: number | null;
  /** After a transient failure: local epoch ms of the next attempt. */
  retryAt: number | null;
  /** The last refresh failure (typed, secret-free); `null` after a success. */
  error: SignInError | null;
  /** Why the session is `signed-out` or `expired`; `null` otherwise and before any sign-in. */
  reason: SessionReason | null;
  /**
   * False until the session has read its storage (on `start()` or its first action). The server
   * render and the hydration render see `signed-out` with `isRestored: false`; a stored pair is
   * adopted right after. A guard that redirects signed-out visitors waits for `isRestored`.
   */
  isRestored: boolean;
}

/** Payload of the expiry-warning event. */
export interface ExpiryWarning {
  /** Local epoch ms when the session ends. */
  endsAt: number;
  /** Whether `extend()` can keep the session going. */
  canExtend: boolean;
}

/** Cross-tab plumbing; every piece is injectable (tests, exotic hosts). */
export interface CrossTabOptions {
  /**
   * Opens the channel tabs talk over. Default: a `BroadcastChannel` named after `name` and the
   * API origin, if available. Whatever it delivers is validated like any other input.
   */
  channel?: () => SessionChannel | null;
  /**
   * The refresh lock, used when the storage shares the pair across tabs (otherwise each tab
   * refreshes its own pair under an in-tab lock). Default: Web Locks, else a `localStorage`
   * lease, else an in-tab lock, named after `name` and the API origin.
   */
  lock?: RefreshLock;
}

/** Options of `createSession`. */
export interface SessionOptions {
  /** The typed client; only `refresh` and `signOut` are used. */
  client: Pick<SignInClient, 'refresh' | 'signOut' | 'baseUrl'>;
  /**
   * Where the pair is kept. Default: memory (lost on reload, never shared with other tabs: each
   * tab signs in on its own). The Web Storage adapters (and `createMemoryStorage({ isSharedAcrossTabs: true })`)
   * opt in to sharing the pair with the other tabs of the same API origin. Nothing else is ever written.
   */
  storage?: SessionStorageAdapter;
  /**
   * How long before the access token expires to refresh it, in ms. Default: a tenth of the
   * lifetime, between 10 s and 60 s. A random jitter of up to a third of the margin is added.
   */
  refreshMargin?: number;
  /** Ends the session after this many ms without activity (`touch()`, input events, "Stay signed in"). */
  idleTimeout?: number;
  /** How long before the end the expiry warning fires, in ms. Default 120 000 (2 minutes). */
  expiryWarning?: number;
  /** Called when the expiry warning starts. Same as `session.onExpiryWarning(listener)`. */
  onExpiryWarning?: (warning: ExpiryWarning) => void;
  /**
   * Namespace of the channel, lock and lease, so two sessions on one origin stay apart. Default
   * `b2core-sign-in`. The API origin (the client's `baseUrl` origin) is always added to it.
   */
  name?: string;
  /** Cross-tab coordination; `false` keeps the session to this tab. Default: on. */
  crossTab?: CrossTabOptions | false;
  /**
   * Which URLs `authFetch` may send the Bearer to. Default: the client's `baseUrl` origin (or the
   * page's origin when `baseUrl` is empty). Other URLs are fetched without it.
   */
  isTrustedUrl?: (url: URL) => boolean;
  /** The fetch `authFetch` uses. Default: the global `fetch`, read per call. */
  fetch?: typeof fetch;
  /** Wall clock in epoch ms. Default `Date.now()`, read per call. */
  now?: () => number;
  /** Timers. Default: the global `setTimeout`/`clearTimeout`, read per call. */
  timers?: Timers;
  /** Random source in [0, 1) for jitter. Default `Math.random`. */
  random?: () => number;
  /**
   * Listens for moments the wall clock may have jumped (wake from sleep, tab shown, back
   * online). Default: `visibilitychange`, `pageshow`, `focus` and `online` when a DOM exists.
   */
  wakeSignals?: (onWake: (kind: 'visible' | 'online' | 'other') => void) => () => void;
  /** Start background work at once. Default `true`; `<SessionProvider>` passes `false` and calls `start()` in an effect. */
  start?: boolean;
}

/**
 * A signed-in session: tokens, proactive refresh within the server's budget, cross-tab
 * coordination and an authorized `fetch`.
 */
export interface Session {
  /**
   * The current snapshot (stable identity until something changes; fits `useSyncExternalStore`).
   * Pure: no clock, storage or random read, so it is safe to call while rendering.
   */
  getSnapshot(): SessionSnapshot;
  /**
   * The snapshot a server render shows: `signed-out`, nothing restored. `useSyncExternalStore`
   * uses it while hydrating, so the client's first render matches the server HTML.
   */
  getServerSnapshot(): SessionSnapshot;
  /** Calls `listener` after every snapshot change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Adopts a freshly issued pair (e.g. from `<SignInFlow>`), in this tab and every other. */
  signIn(tokens: TokenPair): void;
  /**
   * Clears the session at once in every tab (offline too), then calls `POST /signout` once.
   * The promise settles when that call did (it never rejects); the UI need not wait for it.
   */
  signOut(): Promise<void>;
  /**
   * `fetch` with `Authorization: Bearer <access token>` for trusted URLs. On a 401 it refreshes
   * once (shared with every concurrent caller and tab) and replays the request once.
   */
  authFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
  /** Marks user activity (idle timeout) and renews the session when that is what ends it soon. */
  extend(): void;
  /** Marks user activity for the idle timeout. */
  touch(): void;
  /** Subscribes to the expiry warning; returns the unsubscribe function. */
  onExpiryWarning(listener: (warning: ExpiryWarning) => void): () => void;
  /**
   * Reads the storage (first time only), then starts timers, listeners and the cross-tab
   * channel (idempotent). Nothing random, no clock and no storage is touched before this or
   * before the first action (`signIn`, `signOut`, `authFetch`, `extend`, `touch`).
   */
  start(): void;
  /**
   * Stops every timer, listener and channel; the state stays, and `start()` resumes. A refresh
   * already in flight still lands (stored and announced) so no rotated pair is lost.
   */
  dispose(): void;
}
