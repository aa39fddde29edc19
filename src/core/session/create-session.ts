/**
 * `createSession`: the token lifecycle after sign-in. It keeps one pair (in the storage the
 * host chose), refreshes it a margin before expiry within the server's budget, shares every
 * result with the other tabs, and signs out only when the server says the refresh token is dead.
 *
 * Design in one paragraph: all timing runs through one `evaluate()` that looks at the wall
 * clock and decides (refresh now? state flip? warning?) and then arms a single chunked
 * deadline. A refresh is single-flight in the tab and runs under a cross-tab lock that is only
 * tried; a tab that finds it taken waits for the holder's broadcast. A `generation` counter
 * makes sign-out win over any refresh still in flight.
 *
 * Nothing random, no clock and no storage is read when the session is created or while its
 * snapshot is read: `init()` does that on `start()` or on the first action, so creating a
 * session during a React render (or a Next.js prerender) is pure.
 *
 * Tabs: with storage that is not shared (the default memory), no token ever crosses the tab
 * boundary: each tab signs in and refreshes on its own, and only secret-free news travels
 * (sign-out, cooldown, backoff, activity). With shared storage (the Web Storage adapters, or
 * an opted-in memory storage) pairs are shared and one tab refreshes for all.
 */
import { SignInError } from '../client/errors';
import type { TokenPair } from '../client/types';
import { apiOrigin, buildAttempt, defaultTrustedUrl, isReplayable, resolveUrl } from './auth-fetch';
import { createBroadcastSessionChannel, parseMessage, type SessionChannel } from './channel';
import { domActivitySignals, domWakeSignals } from './dom-signals';
import { createDefaultRefreshLock, createLocalRefreshLock, randomId } from './refresh-lock';
import {
  MIN_ATTEMPT_GAP_MS,
  PEER_WAIT_MS,
  REFRESH_TIMEOUT_MS,
  SETTLE_MS,
  STARTUP_GRACE_MS,
  backoffDelay,
  classifyFailure,
  cooldownDelay,
  defaultMargin,
} from './refresh-policy';
import { createScheduler } from './scheduler';
import { globalTimers } from '../timers';
import type { RefreshLock } from './refresh-lock';
import {
  createRecord,
  deserializeRecord,
  isNewer,
  isTokenPair,
  pairId,
  recordVersion,
  type SessionRecord,
} from './session-record';
import { createMemoryStorage, type SessionStorageAdapter } from './storage-adapters';
import type { ExpiryWarning, Session, SessionOptions, SessionReason, SessionSnapshot } from './types';

const DEFAULT_WARNING_MS = 120_000;
/** Activity is announced to other tabs at most this often. */
const ACTIVITY_BROADCAST_MS = 30_000;
const noop = () => {};

/** What a session shows before it has read anything: the server render, the hydration render. */
const INITIAL_SNAPSHOT: SessionSnapshot = Object.freeze({
  state: 'signed-out',
  tokens: null,
  accessExpiresAt: null,
  endsAt: null,
  isEndingSoon: false,
  canExtend: false,
  cooldownUntil: null,
  retryAt: null,
  error: null,
  reason: null,
  isRestored: false,
});

/**
 * Creates a session over `client`.
 *
 * @example
 * ```ts
 * const session = createSession({ client, storage: sessionStorageAdapter() });
 * session.signIn(step.tokens);
 * const response = await session.authFetch('/api/v2/my/profile');
 * session.subscribe(() => console.info(session.getSnapshot().state));
 * ```
 */
export function createSession(options: SessionOptions): Session {
  const { client } = options;
  const now = options.now ?? (() => Date.now());
  const timers = options.timers ?? globalTimers;
  const random = options.random ?? ((): number => Math.random());
  const name = options.name ?? 'b2core-sign-in';
  const warningMs = options.expiryWarning ?? DEFAULT_WARNING_MS;
  const idleTimeout = options.idleTimeout ?? null;
  const crossTab = options.crossTab === false ? null : (options.crossTab ?? {});
  const wakeSignals = options.wakeSignals ?? domWakeSignals;
  const scheduler = createScheduler(now, timers);

  // Set by `init()`: the first thing that may read the page, the clock, storage or randomness.
  let isReady = false;
  let tabId = '';
  let storage: SessionStorageAdapter = createMemoryStorage();
  /** Whether pairs may travel to other tabs (the host chose storage that shares). */
  let isSharing = false;
  let lock: RefreshLock = createLocalRefreshLock();
  let openChannel: () => SessionChannel | null = () => null;
  let isTrusted: (url: URL) => boolean = () => false;
  let record: SessionRecord | null = null;
  /** Bumped by sign-in and sign-out: a refresh that started under an older generation is discarded. */
  let generation = 0;
  let jitter = 0;
  let cooldownUntil: number | null = null;
  let retryAt: number | null = null;
  let failures = 0;
  let error: SignInError | null = null;
  let reason: SessionReason | null = null;
  let lastAttemptAt = Number.NEGATIVE_INFINITY;
  let lastActivity = Number.NEGATIVE_INFINITY;
  let lastActivityBroadcast = Number.NEGATIVE_INFINITY;
  let inFlight: Promise<void> | null = null;
  /** True while the server call runs or while waiting for another tab's result. */
  let isRefreshing = false;
  let stopWaiting: (() => void) | null = null;
  let abortRefresh: AbortController | null = null;
  let started = false;
  let disposed = false;
  let startedAt = Number.NEGATIVE_INFINITY;
  let channel: SessionChannel | null = null;
  let unsubscribeChannel = noop;
  let teardown: Array<() => void> = [];
  let warned = false;
  const listeners = new Set<() => void>();
  const warningListeners = new Set<(warning: ExpiryWarning) => void>();
  if (options.onExpiryWarning) warningListeners.add(options.onExpiryWarning);

  /**
   * Reads what the session needs from the page, once: its tab id, the API origin every name
   * and key is scoped to (so two portals on one page origin never meet), and the stored pair.
   */
  function init(): void {
    if (isReady) return;
    isReady = true;
    tabId = randomId();
    const scope = apiOrigin(client.baseUrl) ?? 'same-origin';
    const chosen = options.storage ?? createMemoryStorage();
    storage = chosen.scoped?.(scope) ?? chosen;
    isSharing = storage.isSharedAcrossTabs === true;
    const scopedName = `${name}:${scope}`;
    // Without sharing every tab refreshes its own pair: nothing to coordinate, no one to wait for.
    if (crossTab && isSharing) lock = crossTab.lock ?? createDefaultRefreshLock(scopedName);
    if (crossTab) openChannel = crossTab.channel ?? (() => createBroadcastSessionChannel(scopedName, now));
    isTrusted = options.isTrustedUrl ?? defaultTrustedUrl(client.baseUrl);
    lastActivity = now();
    const stored = storage.read();
    record = deserializeRecord(stored, now());
    // Corrupt or foreign data must never block anything: drop it.
    if (!record && stored !== null) storage.clear();
    jitter = record ? jitterFor(record) : 0;
    publish();
  }

  // ---- time math -------------------------------------------------------------------------

  function marginFor(rec: SessionRecord): number {
    return options.refreshMargin ?? defaultMargin(rec.accessExpiresAt - rec.receivedAt);
  }

  /** Each pair gets its own random offset, so tabs and devices do not refresh in lockstep. */
  function jitterFor(rec: SessionRecord): number {
    return Math.round((random() * marginFor(rec)) / 3);
  }

  const refreshDueAt = (rec: SessionRecord) => rec.accessExpiresAt - marginFor(rec) - jitter;

  const canRenew = (rec: SessionRecord | null, t: number): rec is SessionRecord =>
    rec !== null && rec.tokens.refreshToken !== null && rec.refreshExpiresAt !== null && t < rec.refreshExpiresAt;

  /** The earliest moment the budget allows another attempt. A clock that went backwards never blocks. */
  function gateAt(rec: SessionRecord, t: number): number {
    let gate = Math.max(cooldownUntil ?? 0, retryAt ?? 0);
    if (lastAttemptAt <= t) gate = Math.max(gate, lastAttemptAt + MIN_ATTEMPT_GAP_MS);
    if (rec.receivedAt <= t) gate = Math.max(gate, rec.receivedAt + MIN_ATTEMPT_GAP_MS);
    return gate;
  }

  const naturalEnd = (rec: SessionRecord) =>
    rec.refreshExpiresAt === null ? rec.accessExpiresAt : Math.max(rec.accessExpiresAt, rec.refreshExpiresAt);

  const idleEnd = () => (idleTimeout === null ? Number.POSITIVE_INFINITY : lastActivity + idleTimeout);

  const endsAtOf = (rec: SessionRecord) => Math.min(naturalEnd(rec), idleEnd());

  // ---- snapshot --------------------------------------------------------------------------

  function computeSnapshot(): SessionSnapshot {
    if (!isReady) return INITIAL_SNAPSHOT;
    const t = now();
    if (!record) return { ...INITIAL_SNAPSHOT, error, reason, isRestored: true };
    const cooling = cooldownUntil !== null && t < cooldownUntil;
    const renewable = canRenew(record, t);
    const state = isRefreshing
      ? 'refreshing'
      : cooling
        ? 'cooling-down'
        : t < record.accessExpiresAt
          ? 'signed-in'
          : 'expired';
    const endsAt = endsAtOf(record);
    let why: SessionReason | null = null;
    if (state === 'expired') {
      why = !record.tokens.refreshToken ? 'no-refresh-token' : !renewable ? 'refresh-token-expired' : error ? 'refresh-failed' : null;
    }
    return {
      state,
      tokens: record.tokens,
      accessExpiresAt: record.accessExpiresAt,
      endsAt,
      isEndingSoon: t >= endsAt - warningMs && t < endsAt,
      canExtend: idleEnd() <= naturalEnd(record) || renewable,
      cooldownUntil: cooling ? cooldownUntil : null,
      retryAt: retryAt !== null && retryAt > t ? retryAt : null,
      error,
      reason: why,
      isRestored: true,
    };
  }

  let snapshot = INITIAL_SNAPSHOT;

  function sameSnapshot(a: SessionSnapshot, b: SessionSnapshot): boolean {
    return (Object.keys(a) as Array<keyof SessionSnapshot>).every((key) => Object.is(a[key], b[key]));
  }

  function publish(): void {
    const next = computeSnapshot();
    if (!sameSnapshot(next, snapshot)) {
      snapshot = next;
      for (const listener of [...listeners]) listener();
    }
    // The warning fires once per approach to the end; extending re-arms it.
    if (snapshot.isEndingSoon && !warned && snapshot.endsAt !== null) {
      warned = true;
      const warning: ExpiryWarning = { endsAt: snapshot.endsAt, canExtend: snapshot.canExtend };
      for (const listener of [...warningListeners]) listener(warning);
    } else if (!snapshot.isEndingSoon) {
      warned = false;
    }
  }

  // ---- the one clock-driven decision -----------------------------------------------------

  function evaluate(): void {
    if (!started) return;
    const t = now();
    if (record && t >= idleEnd()) {
      endIdle(record);
      return;
    }
    if (record && !inFlight && canRenew(record, t) && t >= refreshDueAt(record) && t >= gateAt(record, t)) {
      void refresh();
    }
    publish();
    scheduleNext(t);
  }

  function scheduleNext(t: number): void {
    if (!record) return scheduler.cancel();
    const candidates: number[] = [record.accessExpiresAt];
    if (canRenew(record, t) && !inFlight) candidates.push(Math.max(refreshDueAt(record), gateAt(record, t)));
    if (cooldownUntil !== null) candidates.push(cooldownUntil);
    if (retryAt !== null) candidates.push(retryAt);
    if (record.refreshExpiresAt !== null) candidates.push(record.refreshExpiresAt);
    const end = endsAtOf(record);
    candidates.push(end - warningMs, end);
    const next = Math.min(...candidates.filter((c) => c > t && Number.isFinite(c)));
    if (Number.isFinite(next)) scheduler.at(next, evaluate);
    else scheduler.cancel();
  }

  // ---- refresh ---------------------------------------------------------------------------

  function sleep(ms: number): Promise<void> {
    return new Promise((resolve) => timers.setTimeout(resolve, ms));
  }

  /** Single-flight: every caller in this tab shares one attempt. Resolves when it settled. */
  function refresh(): Promise<void> {
    if (inFlight) return inFlight;
    const t = now();
    if (!canRenew(record, t) || t < gateAt(record, t)) return Promise.resolve();
    const run = runRefresh(record).finally(() => {
      inFlight = null;
      isRefreshing = false;
      publish();
      evaluate();
    });
    inFlight = run;
    return run;
  }

  async function runRefresh(rec: SessionRecord): Promise<void> {
    const gen = generation;
    lastAttemptAt = now();
    // Right after start, give the other tabs a moment to hand over a newer pair.
    const grace = startedAt + STARTUP_GRACE_MS - now();
    if (grace > 0) await sleep(grace);
    if (disposed || gen !== generation || record !== rec) return;
    const result = await lock.tryRun(async () => {
      // Let messages already queued from the previous holder land before deciding.
      await sleep(0);
      if (disposed || gen !== generation || record !== rec) return;
      await callServer(gen, rec);
    });
    if (!result.acquired && gen === generation && record === rec) await waitForPeer();
  }

  async function callServer(gen: number, rec: SessionRecord): Promise<void> {
    const refreshToken = rec.tokens.refreshToken;
    if (!refreshToken) return;
    const controller = new AbortController();
    abortRefresh = controller;
    let timedOut = false;
    const timeout = timers.setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, REFRESH_TIMEOUT_MS);
    isRefreshing = true;
    publish();
    try {
      const pair: unknown = await client.refresh({ refreshToken: refreshToken.token }, { signal: controller.signal });
      if (gen !== generation) return; // signed out (or in anew) meanwhile: the rotated pair is discarded
      if (!isTokenPair(pair)) {
        throw new SignInError({ kind: 'invalid-response', status: 200, reason: 'not a token pair' }, '/refresh');
      }
      const next = createRecord(pair, now(), pairId(rec));
      // Our own result with our current refresh token always wins: the server rotated the old
      // pair, whatever the (one-second, possibly stepped) issue times say. Only a pair that
      // arrived from another tab meanwhile is compared by version.
      const isOurs = record === rec || record?.tokens.refreshToken?.token === refreshToken.token;
      if (isOurs || isNewer(next, record)) adopt(next, 'refresh', true);
      timers.clearTimeout(timeout);
      // Hold the lock a moment so every tab has the new pair before anyone can take it.
      await sleep(SETTLE_MS);
    } catch (caught) {
      if (gen !== generation) return;
      let failure =
        caught instanceof SignInError
          ? caught
          : new SignInError({ kind: 'invalid-response', status: 0, reason: 'refresh failed' }, '/refresh');
      if (timedOut) failure = new SignInError({ kind: 'timeout', timeoutMs: REFRESH_TIMEOUT_MS }, '/refresh');
      handleFailure(failure, rec);
    } finally {
      timers.clearTimeout(timeout);
      if (abortRefresh === controller) abortRefresh = null;
    }
  }

  function handleFailure(failure: SignInError, rec: SessionRecord): void {
    const t = now();
    const kind = classifyFailure(failure);
    if (kind === 'dead') {
      // Only the pair that was actually rejected ends the session.
      if (record === rec) endLocally('refresh-rejected', true, recordVersion(rec));
      return;
    }
    error = failure;
    isRefreshing = false;
    if (kind === 'rate-limited' && failure.detail.kind === 'rate-limited') {
      // Never retried: wait out the block, and make every tab wait with us.
      cooldownUntil = Math.max(cooldownUntil ?? 0, t + cooldownDelay(failure.detail.retryAfterSeconds));
      channel?.post({ type: 'cooldown', from: tabId, until: cooldownUntil, detail: failure.detail });
    } else {
      failures += 1;
      retryAt = t + backoffDelay(failures, random);
      channel?.post({ type: 'backoff', from: tabId, retryAt, failures, detail: failure.detail });
    }
    publish();
  }

  function waitForPeer(): Promise<void> {
    isRefreshing = true;
    publish();
    return new Promise((resolve) => {
      const done = () => {
        timers.clearTimeout(handle);
        if (stopWaiting === done) stopWaiting = null;
        resolve();
      };
      const handle = timers.setTimeout(done, PEER_WAIT_MS);
      stopWaiting = done;
    });
  }

  // ---- state changes ---------------------------------------------------------------------

  function adopt(next: SessionRecord, why: 'sign-in' | 'refresh' | 'sync', announce: boolean): void {
    record = next;
    isRefreshing = false;
    jitter = jitterFor(next);
    storage.write(JSON.stringify(next));
    // A new pair proves the server answers again; a pair synced from a peer says nothing about the block.
    if (why !== 'sync') cooldownUntil = null;
    failures = 0;
    retryAt = null;
    error = null;
    reason = null;
    if (announce && isSharing) channel?.post({ type: 'tokens', from: tabId, record: next, reason: why });
    stopWaiting?.();
    publish();
    evaluate();
  }

  function endLocally(why: SessionReason, announce: boolean, version: number | null): void {
    generation += 1;
    abortRefresh?.abort();
    const had = record !== null;
    record = null;
    storage.clear();
    cooldownUntil = null;
    retryAt = null;
    failures = 0;
    error = null;
    if (had || reason === null) reason = why;
    isRefreshing = false;
    stopWaiting?.();
    scheduler.cancel();
    if (announce) channel?.post({ type: 'signed-out', from: tabId, reason: why, version });
    publish();
  }

  /** Local state first (the UI never waits on the network), then one `POST /signout`. */
  function endSession(why: 'user' | 'idle', announce = true): Promise<void> {
    const rec = record;
    endLocally(why, announce, null);
    if (!rec) return Promise.resolve();
    return client.signOut({ accessToken: rec.tokens.accessToken.token }).then(noop, noop);
  }

  /**
   * Every tab sees the idle deadline at about the same moment: the one that gets the lock
   * calls `POST /signout`; the others only end locally (the broadcast would end them anyway).
   */
  let endingIdle = false;
  function endIdle(rec: SessionRecord): void {
    if (endingIdle) return;
    endingIdle = true;
    scheduler.cancel();
    void lock
      .tryRun(async () => {
        if (record === rec) void endSession('idle');
      })
      .then((result) => {
        if (!result.acquired && record === rec) endLocally('idle', true, null);
      })
      .finally(() => {
        endingIdle = false;
      });
  }

  // ---- other tabs ------------------------------------------------------------------------

  /** Every message is parsed here too, whatever channel carried it (injected ones included). */
  function onMessage(data: unknown): void {
    const message = parseMessage(data, now());
    if (!message || message.from === tabId) return;
    switch (message.type) {
      case 'hello':
        // A pair only where the host chose storage that shares: any script can say hello.
        if (record && isSharing) channel?.post({ type: 'tokens', from: tabId, record, reason: 'sync' });
        if (cooldownUntil !== null && error && cooldownUntil > now()) {
          channel?.post({ type: 'cooldown', from: tabId, until: cooldownUntil, detail: error.detail });
        }
        return;
      case 'tokens':
        // Without sharing this tab keeps its own pair: a pair pushed from outside is never adopted.
        if (!isSharing) return;
        if (message.reason === 'sign-in') {
          if (record?.tokens.accessToken.token === message.record.tokens.accessToken.token) return;
          generation += 1;
          abortRefresh?.abort();
          lastActivity = now();
          adopt(message.record, 'sign-in', false);
        } else if (isNewer(message.record, record)) {
          adopt(message.record, message.reason, false);
        }
        return;
      case 'signed-out':
        if (!record) return;
        if (!isSharing) {
          // Another tab's dead refresh token says nothing about this tab's own pair; a sign-out
          // (or idle end) does: end here too, and revoke this tab's own pair on the server.
          if (message.reason !== 'refresh-rejected') void endSession(message.reason === 'idle' ? 'idle' : 'user', false);
          return;
        }
        // A rejection of an older pair does not end a newer one.
        if (message.reason === 'refresh-rejected' && message.version !== null && recordVersion(record) > message.version) {
          return;
        }
        endLocally(message.reason, false, null);
        return;
      case 'cooldown':
        cooldownUntil = Math.max(cooldownUntil ?? 0, message.until);
        error = new SignInError(message.detail, '/refresh');
        stopWaiting?.();
        publish();
        evaluate();
        return;
      case 'backoff':
        retryAt = Math.max(retryAt ?? 0, message.retryAt);
        failures = Math.max(failures, message.failures);
        error = new SignInError(message.detail, '/refresh');
        stopWaiting?.();
        publish();
        evaluate();
        return;
      case 'activity':
        lastActivity = Math.max(lastActivity, message.at);
        if (snapshot.isEndingSoon) evaluate();
        return;
      default:
        message satisfies never;
    }
  }

  /** `storage` events (localStorage): the fallback path when there is no channel. */
  function onStorageChange(): void {
    if (channel || !isSharing) return;
    const stored = deserializeRecord(storage.read(), now());
    if (!stored) {
      if (record) endLocally('user', false, null);
    } else if (isNewer(stored, record)) {
      adopt(stored, 'sync', false);
    }
  }

  function onWake(kind: 'visible' | 'online' | 'other'): void {
    // Back online: the next attempt may come sooner, but never closer than the budget allows.
    if (kind === 'online' && retryAt !== null) retryAt = Math.min(retryAt, lastAttemptAt + 30_000);
    scheduler.recheck();
    evaluate();
  }

  function touch(): void {
    const t = now();
    lastActivity = t;
    if (channel && t - lastActivityBroadcast >= ACTIVITY_BROADCAST_MS) {
      lastActivityBroadcast = t;
      channel.post({ type: 'activity', from: tabId, at: t });
    }
    if (snapshot.isEndingSoon) evaluate();
  }

  // ---- public surface --------------------------------------------------------------------

  const session: Session = {
    getSnapshot: () => snapshot,

    getServerSnapshot: () => INITIAL_SNAPSHOT,

    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    signIn(tokens: TokenPair) {
      if (!isTokenPair(tokens)) throw new TypeError('signIn expects {accessToken, refreshToken} issued tokens');
      init();
      generation += 1;
      abortRefresh?.abort();
      isRefreshing = false;
      lastAttemptAt = Number.NEGATIVE_INFINITY;
      lastActivity = now();
      adopt(createRecord(tokens, now()), 'sign-in', true);
    },

    signOut: () => {
      init();
      return endSession('user');
    },

    async authFetch(input, requestInit) {
      init();
      const fetchImpl = options.fetch ?? globalThis.fetch;
      // Resolved once: the URL checked is the URL fetched, whatever `<base href>` says.
      const url = resolveUrl(input);
      if (!url) return fetchImpl(input, requestInit);
      if (!isTrusted(url)) return fetchImpl(...buildAttempt(input, url, requestInit, null));
      if (record && now() >= record.accessExpiresAt) await refresh();
      const sent = record?.tokens.accessToken.token ?? null;
      const first = await fetchImpl(...buildAttempt(input, url, requestInit, sent));
      if (first.status !== 401 || sent === null || !isReplayable(input, requestInit)) return first;
      // Another caller may have refreshed while this request was out: then just replay.
      if (record?.tokens.accessToken.token === sent) await refresh();
      const next = record?.tokens.accessToken.token ?? null;
      if (next === null || next === sent) return first;
      void first.body?.cancel().catch(noop);
      return fetchImpl(...buildAttempt(input, url, requestInit, next));
    },

    extend() {
      init();
      touch();
      evaluate();
      const t = now();
      if (record && canRenew(record, t) && naturalEnd(record) - t <= warningMs) void refresh();
    },

    touch: () => {
      init();
      touch();
    },

    onExpiryWarning(listener) {
      warningListeners.add(listener);
      return () => warningListeners.delete(listener);
    },

    start() {
      if (started) return;
      init();
      started = true;
      disposed = false;
      startedAt = now();
      if (!channel) channel = openChannel();
      unsubscribeChannel = channel?.subscribe(onMessage) ?? noop;
      teardown = [wakeSignals(onWake)];
      if (storage.subscribe) teardown.push(storage.subscribe(onStorageChange));
      if (idleTimeout !== null) teardown.push(domActivitySignals(touch));
      channel?.post({ type: 'hello', from: tabId });
      if (record && isSharing) channel?.post({ type: 'tokens', from: tabId, record, reason: 'sync' });
      evaluate();
    },

    dispose() {
      if (!started) return;
      started = false;
      disposed = true;
      scheduler.cancel();
      for (const stop of teardown) stop();
      teardown = [];
      unsubscribeChannel();
      unsubscribeChannel = noop;
      stopWaiting?.();
      const closing = channel;
      const close = () => {
        // Restarted meanwhile: the channel is in use again.
        if (started || channel !== closing) return;
        closing?.close();
        channel = null;
      };
      // A refresh already on the wire still announces its pair, then the channel closes.
      if (inFlight) inFlight.then(close, close);
      else close();
    },
  };

  if (options.start !== false) session.start();
  return session;
}
