import type { QrChannel, QrChannelStatus } from '../client/types';
import { isChannelGone, isPermanentWatchError, isTokenRejected, toFailure } from './classify-error';
import { QR_MIN_RENEWAL_GAP_MS, qrLifetimeMs } from './limits';
import { createPollingStatusSource } from './polling-status-source';
import type { QrFailureKind, QrSignIn, QrSignInOptions, QrSignInState } from './types';
import { globalTimers } from '../timers';
import { createDocumentVisibility } from './visibility';

/** One subscription to the status source; `closed` guards against late callbacks. */
interface Watch {
  channelId: string;
  closed: boolean;
  failures: number;
  unsubscribe: () => void;
}

/**
 * The QR channel watcher: gets a channel, watches it through a `QrStatusSource`, renews it
 * silently shortly before it expires, stops after `maxRenewals` renewals without a scan, pauses
 * while the tab is hidden and exchanges the authorization token exactly once.
 *
 * Every async answer is checked against the request or watch that is current, so late answers
 * (an old channel's poll, an aborted renewal) are ignored; `stop()`/`dispose()` abort what is in
 * flight and leave zero timers.
 *
 * @example
 * ```ts
 * const qr = createQrSignIn({ client, onSignedIn: (tokens) => session.set(tokens) });
 * qr.subscribe(() => render(qr.getSnapshot()));
 * qr.start();
 * // later
 * qr.dispose();
 * ```
 */
export function createQrSignIn(options: QrSignInOptions): QrSignIn {
  const {
    client,
    scheduler = globalTimers,
    statusSource = createPollingStatusSource({ client, scheduler }),
    now = Date.now,
    renewBeforeMs = 10_000,
    maxRenewals = 5,
    maxWatchFailures = 5,
    visibility = createDocumentVisibility(),
  } = options;

  let state: QrSignInState = { status: 'idle' };
  const listeners = new Set<() => void>();
  let running = false;
  let disposed = false;
  let renewals = 0;
  // Set once a token is seen in this run: a second token (overlapping answers) is ignored.
  let exchanging = false;
  let channelRequest: AbortController | null = null;
  let exchangeRequest: AbortController | null = null;
  let watch: Watch | null = null;
  let timer: unknown;
  let stopVisibility: (() => void) | null = null;
  // When the current code arrived: the next automatic channel request waits for the minimum gap.
  let shownAt = -Infinity;

  const set = (next: QrSignInState) => {
    state = next;
    for (const listener of [...listeners]) listener();
  };

  const clearTimer = () => {
    if (timer !== undefined) scheduler.clearTimeout(timer);
    timer = undefined;
  };

  const unwatch = () => {
    const current = watch;
    watch = null;
    if (current && !current.closed) {
      current.closed = true;
      current.unsubscribe();
    }
  };

  const abortChannelRequest = () => {
    channelRequest?.abort();
    channelRequest = null;
  };

  /** Ends every timer, watch and request of the current run. */
  const teardown = () => {
    clearTimer();
    unwatch();
    abortChannelRequest();
    exchangeRequest?.abort();
    exchangeRequest = null;
  };

  const fail = (kind: QrFailureKind, error: unknown) => {
    teardown();
    set({ status: 'error', failure: toFailure(kind, error) });
  };

  /**
   * Gets a channel. `silent`: the current code stays on screen meanwhile. Its watch ends now,
   * not when the successor lands: one poller at a time, and a renewal replaces a poll rather than
   * adding one (≤ 30 requests a minute at the default interval, renewals included). `delayMs`:
   * the request itself waits that long (the state changes at once).
   */
  const requestChannel = (silent: boolean, delayMs = 0) => {
    abortChannelRequest();
    unwatch();
    if (silent && (state.status === 'showing' || state.status === 'renewing')) {
      set({ ...state, status: 'renewing' });
    } else {
      set({ status: 'loading' });
    }
    if (delayMs > 0) {
      timer = scheduler.setTimeout(() => {
        timer = undefined;
        fetchChannel();
      }, delayMs);
    } else {
      fetchChannel();
    }
  };

  const fetchChannel = () => {
    const abort = new AbortController();
    channelRequest = abort;
    client.getQrChannel({ signal: abort.signal }).then(
      (channel) => {
        if (channelRequest !== abort) return; // aborted or superseded: a late answer
        channelRequest = null;
        show(channel);
      },
      (error: unknown) => {
        if (channelRequest !== abort) return;
        channelRequest = null;
        fail('channel', error);
      },
    );
  };

  const show = (channel: QrChannel) => {
    clearTimer();
    unwatch();
    const receivedAt = now();
    shownAt = receivedAt;
    // Clamped: a huge lifetime must not overflow the timer, a tiny one must not renew in a loop.
    const lifetimeMs = qrLifetimeMs(channel.lifetimeMinutes);
    set({ status: 'showing', channel, receivedAt, expiresAt: receivedAt + lifetimeMs, renewals });
    watchChannel(channel.id);
    if (renewals < maxRenewals) {
      // Renew shortly before expiry, but never in the first half of a short lifetime.
      const renewInMs = Math.max(lifetimeMs / 2, lifetimeMs - renewBeforeMs, QR_MIN_RENEWAL_GAP_MS);
      timer = scheduler.setTimeout(() => {
        timer = undefined;
        renewals += 1;
        requestChannel(true);
      }, renewInMs);
    } else {
      // The last code is used for its whole life, then the panel waits for a person.
      timer = scheduler.setTimeout(() => {
        timer = undefined;
        teardown();
        set({ status: 'stopped', renewals });
      }, lifetimeMs);
    }
  };

  /**
   * The code on screen died early (server says expired or unknown): replace it, within the cap,
   * and never sooner than the minimum gap after it arrived (a server calling every code dead at
   * once must not get a request loop).
   */
  const replaceDeadCode = () => {
    clearTimer();
    unwatch();
    if (renewals < maxRenewals) {
      renewals += 1;
      requestChannel(false, shownAt + QR_MIN_RENEWAL_GAP_MS - now());
    } else {
      set({ status: 'stopped', renewals });
    }
  };

  const watchChannel = (channelId: string) => {
    const entry: Watch = { channelId, closed: false, failures: 0, unsubscribe: () => {} };
    watch = entry;
    const onStatus = (status: QrChannelStatus) => {
      if (watch !== entry || status.id !== channelId) return; // late answer for an old channel
      entry.failures = 0;
      if (status.authorizationToken !== null) exchange(status.authorizationToken);
      else if (status.status === 'expired') replaceDeadCode();
    };
    const onError = (error: unknown) => {
      if (watch !== entry) return;
      if (isChannelGone(error)) return replaceDeadCode();
      if (isPermanentWatchError(error)) return fail('watch', error);
      // A rate limit counts too: the source waits as told, but a server that only ever answers
      // 429 ends the watch instead of being asked forever.
      entry.failures += 1;
      if (entry.failures >= maxWatchFailures) fail('watch', error);
    };
    const unsubscribe = statusSource.subscribe(channelId, onStatus, onError);
    // A push source may answer synchronously, and that answer may already have closed the watch.
    if (entry.closed) unsubscribe();
    else entry.unsubscribe = unsubscribe;
  };

  const exchange = (authorizationToken: string) => {
    if (exchanging) return;
    exchanging = true;
    clearTimer();
    unwatch();
    abortChannelRequest();
    set({ status: 'signing-in' });
    const abort = new AbortController();
    exchangeRequest = abort;
    client.signInWithQr({ authorizationToken }, { signal: abort.signal }).then(
      (result) => {
        if (exchangeRequest !== abort) return;
        exchangeRequest = null;
        set({ status: 'done', outcome: result.kind });
        if (result.kind === 'signed-in') options.onSignedIn?.(result.tokens, result.clientId);
        else options.onStep?.(result.step);
      },
      (error: unknown) => {
        if (exchangeRequest !== abort) return;
        exchangeRequest = null;
        fail(isTokenRejected(error) ? 'token-rejected' : 'exchange', error);
      },
    );
  };

  /** A fresh run: new code, renewal count and exchange guard reset. */
  const begin = () => {
    teardown();
    renewals = 0;
    exchanging = false;
    if (visibility.isHidden()) set({ status: 'paused' });
    else requestChannel(false);
  };

  const onVisibilityChange = () => {
    if (!running) return;
    const s = state.status;
    if (visibility.isHidden()) {
      // Only a code waiting for a scan pauses; an exchange in flight finishes (its token is single-use).
      if (s === 'loading' || s === 'showing' || s === 'renewing') {
        teardown();
        set({ status: 'paused' });
      }
    } else if (s === 'paused') {
      begin();
    }
  };

  const stop = () => {
    if (!running) return;
    running = false;
    teardown();
    stopVisibility?.();
    stopVisibility = null;
    set({ status: 'idle' });
  };

  return {
    getSnapshot: () => state,
    subscribe(listener) {
      if (disposed) return () => {};
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start() {
      if (running || disposed) return;
      running = true;
      stopVisibility = visibility.subscribe(onVisibilityChange);
      begin();
    },
    retry() {
      if (!running || disposed) return;
      begin();
    },
    stop,
    dispose() {
      stop();
      disposed = true;
      listeners.clear();
    },
  };
}
