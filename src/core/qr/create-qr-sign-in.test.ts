import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createQrSignIn, QR_MIN_RENEWAL_GAP_MS, type QrSignIn, type QrSignInOptions, type QrSignInState } from '.';
import type { WizardStep } from '../client/types';
import {
  authorized,
  createFakeQrClient,
  createManualStatusSource,
  createManualVisibility,
  hangUntilAborted,
  httpError,
  networkError,
  rateLimited,
  testTokens,
} from '../../test-support/qr/fake-qr-client';

const flush = () => vi.advanceTimersByTimeAsync(0);
const MIN = 60_000;

/** A watcher over the fake client, recording every state it goes through. */
function setup(overrides: Partial<QrSignInOptions> = {}, clientOptions = {}) {
  const { client, fake } = createFakeQrClient(clientOptions);
  const vis = createManualVisibility();
  const onSignedIn = vi.fn();
  const onStep = vi.fn();
  const qr: QrSignIn = createQrSignIn({ client, visibility: vis.visibility, onSignedIn, onStep, ...overrides });
  const states: QrSignInState[] = [];
  qr.subscribe(() => states.push(qr.getSnapshot()));
  const channelId = () => {
    const s = qr.getSnapshot();
    return s.status === 'showing' || s.status === 'renewing' ? s.channel.id : null;
  };
  return { qr, fake, vis, onSignedIn, onStep, states, channelId };
}

describe('createQrSignIn', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('gets a code, shows it with its expiry and watches it', async () => {
    const { qr, fake, channelId } = setup();
    expect(qr.getSnapshot()).toEqual({ status: 'idle' });
    qr.start();
    expect(qr.getSnapshot()).toEqual({ status: 'loading' });
    await flush();
    const state = qr.getSnapshot();
    expect(state).toMatchObject({ status: 'showing', renewals: 0, channel: { id: 'ch-1', ip: '203.0.113.7' } });
    if (state.status === 'showing') expect(state.expiresAt - state.receivedAt).toBe(2 * MIN);
    expect(channelId()).toBe('ch-1');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(fake.count('getQrChannelStatus', 'ch-1')).toBe(5);
    qr.dispose();
  });

  it('renews silently 10 s before expiry and stops watching the old channel', async () => {
    const { qr, fake, states, channelId } = setup();
    qr.start();
    await flush();
    await vi.advanceTimersByTimeAsync(110_000 - 1);
    expect(fake.count('getQrChannel')).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fake.count('getQrChannel')).toBe(2);
    expect(channelId()).toBe('ch-2');
    // The old code stayed on screen while renewing: no `loading` in between.
    expect(states.map((s) => s.status)).toEqual(['loading', 'showing', 'renewing', 'showing']);
    const oldPolls = fake.count('getQrChannelStatus', 'ch-1');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fake.count('getQrChannelStatus', 'ch-1')).toBe(oldPolls);
    expect(fake.count('getQrChannelStatus', 'ch-2')).toBe(30);
    qr.dispose();
  });

  it('never renews in the first half of a short lifetime', async () => {
    const { qr, fake } = setup({ renewBeforeMs: 50_000 }, { lifetimeMinutes: 1 });
    qr.start();
    await flush();
    await vi.advanceTimersByTimeAsync(29_999);
    expect(fake.count('getQrChannel')).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fake.count('getQrChannel')).toBe(2);
    qr.dispose();
  });

  it('stops after 5 renewals without a scan, then stays silent until "Show a new code"', async () => {
    const { qr, fake } = setup();
    qr.start();
    await flush();
    // 6 codes: at 0, 110, 220, 330, 440, 550 s; the last one lives its full 2 minutes.
    await vi.advanceTimersByTimeAsync(670_000 - 1);
    expect(fake.count('getQrChannel')).toBe(6);
    expect(qr.getSnapshot()).toMatchObject({ status: 'showing', renewals: 5 });
    await vi.advanceTimersByTimeAsync(1);
    expect(qr.getSnapshot()).toEqual({ status: 'stopped', renewals: 5 });
    const requests = fake.log.length;
    await vi.advanceTimersByTimeAsync(30 * MIN);
    expect(fake.log).toHaveLength(requests);
    expect(vi.getTimerCount()).toBe(0);

    qr.retry();
    await flush();
    expect(qr.getSnapshot()).toMatchObject({ status: 'showing', renewals: 0, channel: { id: 'ch-7' } });
    qr.dispose();
  });

  it('respects a custom renewal cap', async () => {
    const { qr, fake } = setup({ maxRenewals: 0 });
    qr.start();
    await flush();
    await vi.advanceTimersByTimeAsync(2 * MIN);
    expect(qr.getSnapshot().status).toBe('stopped');
    expect(fake.count('getQrChannel')).toBe(1);
  });

  it('pauses while the tab is hidden (no requests) and resumes with a fresh code', async () => {
    const { qr, fake, vis, channelId } = setup();
    qr.start();
    await flush();
    await vi.advanceTimersByTimeAsync(3000); // one poll in, the next one scheduled
    fake.status = ({ signal }) => hangUntilAborted(signal);
    await vi.advanceTimersByTimeAsync(1000); // a poll is now in flight
    const inFlight = fake.log.at(-1)?.signal;
    vis.set(true);
    expect(qr.getSnapshot()).toEqual({ status: 'paused' });
    expect(inFlight?.aborted).toBe(true);
    const requests = fake.log.length;
    await vi.advanceTimersByTimeAsync(10 * MIN);
    expect(fake.log).toHaveLength(requests);
    expect(vi.getTimerCount()).toBe(0);

    fake.status = ({ channelId: id }) => Promise.resolve({ id, status: 'pending', authorizationToken: null });
    vis.set(false);
    await flush();
    expect(channelId()).toBe('ch-2');
    expect(qr.getSnapshot()).toMatchObject({ renewals: 0 });
    await vi.advanceTimersByTimeAsync(2000);
    expect(fake.count('getQrChannelStatus', 'ch-2')).toBe(1);
    qr.dispose();
  });

  it('starts paused when the tab is hidden, and a renewal in flight is aborted by hiding', async () => {
    const { qr, fake, vis, channelId } = setup();
    vis.set(true);
    qr.start();
    await vi.advanceTimersByTimeAsync(MIN);
    expect(qr.getSnapshot()).toEqual({ status: 'paused' });
    expect(fake.log).toHaveLength(0);
    vis.set(false);
    await flush();
    expect(channelId()).toBe('ch-1');

    fake.channel = () => hangUntilAborted(fake.log.at(-1)?.signal);
    await vi.advanceTimersByTimeAsync(110_000);
    expect(qr.getSnapshot().status).toBe('renewing');
    const renewal = fake.log.findLast((r) => r.method === 'getQrChannel');
    vis.set(true);
    await flush();
    expect(renewal?.signal?.aborted).toBe(true);
    expect(qr.getSnapshot()).toEqual({ status: 'paused' });
    qr.dispose();
  });

  it('ignores a late answer for a channel it no longer watches', async () => {
    const manual = createManualStatusSource();
    const { qr, fake, channelId } = setup({ statusSource: manual.source });
    qr.start();
    await flush();
    const old = manual.for('ch-1');
    await vi.advanceTimersByTimeAsync(110_000);
    expect(channelId()).toBe('ch-2');
    expect(old.closed).toBe(true);
    // The old channel's answer lands after renewal (a transport that ignored the unsubscribe).
    old.onStatus(authorized('ch-1'));
    old.onStatus({ id: 'ch-1', status: 'expired', authorizationToken: null });
    old.onError?.(networkError());
    await flush();
    expect(fake.count('signInWithQr')).toBe(0);
    expect(qr.getSnapshot()).toMatchObject({ status: 'showing', channel: { id: 'ch-2' } });
    // An answer naming another channel on the current subscription is ignored too.
    manual.for('ch-2').onStatus(authorized('ch-1'));
    expect(fake.count('signInWithQr')).toBe(0);
    qr.dispose();
  });

  it('ignores a late poll answer from the default source after the channel was renewed', async () => {
    const { qr, fake } = setup();
    let answerOld: (value: ReturnType<typeof authorized>) => void = () => {};
    qr.start();
    await flush();
    await vi.advanceTimersByTimeAsync(108_000);
    // The poll at 110 s for ch-1 hangs (ignoring its abort); the renewal lands meanwhile.
    fake.status = ({ channelId }) =>
      channelId === 'ch-1'
        ? new Promise((resolve) => (answerOld = resolve))
        : Promise.resolve({ id: channelId, status: 'pending', authorizationToken: null });
    await vi.advanceTimersByTimeAsync(2000);
    expect(qr.getSnapshot()).toMatchObject({ channel: { id: 'ch-2' } });
    answerOld(authorized('ch-1'));
    await flush();
    expect(fake.count('signInWithQr')).toBe(0);
    qr.dispose();
  });

  it('exchanges exactly once when two answers both carry a token', async () => {
    const manual = createManualStatusSource();
    const { qr, fake, onSignedIn } = setup({ statusSource: manual.source });
    qr.start();
    await flush();
    const sub = manual.for('ch-1');
    sub.onStatus(authorized('ch-1', 'tok-a'));
    sub.onStatus(authorized('ch-1', 'tok-b'));
    await flush();
    sub.onStatus(authorized('ch-1', 'tok-c'));
    await flush();
    expect(fake.count('signInWithQr')).toBe(1);
    expect(onSignedIn).toHaveBeenCalledTimes(1);
    expect(onSignedIn).toHaveBeenCalledWith(testTokens, 7);
    expect(qr.getSnapshot()).toEqual({ status: 'done', outcome: 'signed-in' });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('ends the old watch when its renewal starts: one poller at a time, a renewal replaces a poll', async () => {
    const manual = createManualStatusSource();
    const { qr, fake } = setup({ statusSource: manual.source });
    qr.start();
    await flush();
    fake.channel = () => hangUntilAborted(fake.log.at(-1)?.signal);
    await vi.advanceTimersByTimeAsync(110_000);
    expect(qr.getSnapshot().status).toBe('renewing');
    expect(manual.subscriptions.filter((s) => !s.closed)).toHaveLength(0);
    manual.for('ch-1').onStatus(authorized('ch-1'));
    await flush();
    expect(fake.count('signInWithQr')).toBe(0);
    qr.dispose();
  });

  it('never has two open watches, over many renewals', async () => {
    const manual = createManualStatusSource();
    const { qr } = setup({ statusSource: manual.source });
    let maxOpen = 0;
    const original = manual.source.subscribe;
    manual.source.subscribe = (...args) => {
      const stop = original(...args);
      maxOpen = Math.max(maxOpen, manual.subscriptions.filter((s) => !s.closed).length);
      return stop;
    };
    qr.start();
    await vi.advanceTimersByTimeAsync(15 * MIN);
    expect(manual.subscriptions).toHaveLength(6);
    expect(maxOpen).toBe(1);
  });

  it('signs in through the default poller: token answer → one exchange → onSignedIn', async () => {
    const { qr, fake, onSignedIn, states } = setup();
    qr.start();
    await flush();
    fake.status = ({ channelId }) => Promise.resolve(authorized(channelId));
    await vi.advanceTimersByTimeAsync(2000);
    expect(onSignedIn).toHaveBeenCalledWith(testTokens, 7);
    expect(states.map((s) => s.status)).toEqual(['loading', 'showing', 'signing-in', 'done']);
    await vi.advanceTimersByTimeAsync(10 * MIN);
    expect(fake.count('signInWithQr')).toBe(1);
    expect(fake.count('getQrChannelStatus')).toBe(1);
  });

  it('hands a wizard step to onStep when the exchange asks for more', async () => {
    const manual = createManualStatusSource();
    const { qr, fake, onStep, onSignedIn } = setup({ statusSource: manual.source });
    const step = { workflow: '2fa', uuid: 'u', code: 200, done: false } as WizardStep;
    fake.exchange = () => Promise.resolve({ kind: 'step', step });
    qr.start();
    await flush();
    manual.for('ch-1').onStatus(authorized('ch-1'));
    await flush();
    expect(onStep).toHaveBeenCalledWith(step);
    expect(onSignedIn).not.toHaveBeenCalled();
    expect(qr.getSnapshot()).toEqual({ status: 'done', outcome: 'step' });
  });

  it('keeps the exchange going while the tab is hidden', async () => {
    const manual = createManualStatusSource();
    const { qr, fake, vis, onSignedIn } = setup({ statusSource: manual.source });
    let finish: () => void = () => {};
    fake.exchange = () =>
      new Promise((resolve) => (finish = () => resolve({ kind: 'signed-in', clientId: 7, tokens: testTokens })));
    qr.start();
    await flush();
    manual.for('ch-1').onStatus(authorized('ch-1'));
    vis.set(true);
    expect(qr.getSnapshot().status).toBe('signing-in');
    finish();
    await flush();
    expect(onSignedIn).toHaveBeenCalledTimes(1);
  });

  it('replaces a code the server calls expired (counted as a renewal) and shows loading meanwhile', async () => {
    const manual = createManualStatusSource();
    const { qr, states, channelId } = setup({ statusSource: manual.source });
    qr.start();
    await flush();
    manual.for('ch-1').onStatus({ id: 'ch-1', status: 'expired', authorizationToken: null });
    expect(qr.getSnapshot().status).toBe('loading');
    // The replacement waits out the minimum gap after the dead code arrived.
    await vi.advanceTimersByTimeAsync(QR_MIN_RENEWAL_GAP_MS);
    expect(channelId()).toBe('ch-2');
    expect(qr.getSnapshot()).toMatchObject({ renewals: 1 });
    // A 404 for the watched channel means the same.
    manual.for('ch-2').onError?.(httpError(404, 1012));
    await vi.advanceTimersByTimeAsync(QR_MIN_RENEWAL_GAP_MS);
    expect(channelId()).toBe('ch-3');
    expect(states.filter((s) => s.status === 'loading')).toHaveLength(3);
    qr.dispose();
  });

  it('stops instead of replacing an expired code once the cap is reached', async () => {
    const manual = createManualStatusSource();
    const { qr } = setup({ statusSource: manual.source, maxRenewals: 0 });
    qr.start();
    await flush();
    manual.for('ch-1').onStatus({ id: 'ch-1', status: 'expired', authorizationToken: null });
    expect(qr.getSnapshot()).toEqual({ status: 'stopped', renewals: 0 });
    expect(vi.getTimerCount()).toBe(0);
  });

  describe('errors, each typed and retryable', () => {
    it('channel request fails → channel error; retry → a code', async () => {
      const { qr, fake, channelId } = setup();
      const real = fake.channel;
      fake.channel = () => Promise.reject(networkError('/signin/qrcodes'));
      qr.start();
      await flush();
      expect(qr.getSnapshot()).toMatchObject({ status: 'error', failure: { kind: 'channel', retryAfterSeconds: null } });
      expect(vi.getTimerCount()).toBe(0);
      fake.channel = real;
      qr.retry();
      await flush();
      expect(channelId()).toBe('ch-1');
      qr.dispose();
    });

    it('a rate-limited channel request carries Retry-After', async () => {
      const { qr, fake } = setup();
      fake.channel = () => Promise.reject(rateLimited(90, '/signin/qrcodes'));
      qr.start();
      await flush();
      expect(qr.getSnapshot()).toMatchObject({ status: 'error', failure: { kind: 'channel', retryAfterSeconds: 90 } });
    });

    it('a failed renewal is a channel error too', async () => {
      const { qr, fake } = setup();
      qr.start();
      await flush();
      fake.channel = () => Promise.reject(httpError(500));
      await vi.advanceTimersByTimeAsync(110_000);
      expect(qr.getSnapshot()).toMatchObject({ status: 'error', failure: { kind: 'channel' } });
      expect(vi.getTimerCount()).toBe(0);
    });

    it('polls failing 5 times in a row → watch error; fewer failures do not', async () => {
      const { qr, fake } = setup();
      let failures = 0;
      fake.status = ({ channelId }) => {
        if (failures < 4) {
          failures += 1;
          return Promise.reject(networkError());
        }
        return Promise.resolve({ id: channelId, status: 'pending', authorizationToken: null });
      };
      qr.start();
      await flush();
      await vi.advanceTimersByTimeAsync(100_000);
      expect(qr.getSnapshot().status).toBe('showing');
      qr.dispose();

      const second = setup({ maxRenewals: 0 });
      second.fake.status = () => Promise.reject(httpError(502));
      second.qr.start();
      await flush();
      await vi.advanceTimersByTimeAsync(100_000);
      expect(second.qr.getSnapshot()).toMatchObject({ status: 'error', failure: { kind: 'watch' } });
      expect(second.fake.count('getQrChannelStatus')).toBe(5);
      expect(vi.getTimerCount()).toBe(0);
    });

    it('rate-limited polls wait as told and count toward giving up', async () => {
      const { qr, fake } = setup();
      fake.status = () => Promise.reject(rateLimited(20));
      qr.start();
      await flush();
      await vi.advanceTimersByTimeAsync(81_000);
      expect(qr.getSnapshot().status).toBe('showing');
      // 2 s, then every 20 s: 2, 22, 42, 62, 82 s; the fifth 429 ends the watch.
      await vi.advanceTimersByTimeAsync(1_000);
      expect(fake.count('getQrChannelStatus')).toBe(5);
      expect(qr.getSnapshot()).toMatchObject({ status: 'error', failure: { kind: 'watch', retryAfterSeconds: 20 } });
      expect(vi.getTimerCount()).toBe(0);
    });

    it('an unauthorized poll is a watch error at once', async () => {
      const manual = createManualStatusSource();
      const { qr } = setup({ statusSource: manual.source });
      qr.start();
      await flush();
      manual.for('ch-1').onError?.(httpError(403));
      expect(qr.getSnapshot()).toMatchObject({ status: 'error', failure: { kind: 'watch' } });
      expect(manual.for('ch-1').closed).toBe(true);
    });

    it('exchange fails → exchange error; a used token → token-rejected; retry starts over', async () => {
      const manual = createManualStatusSource();
      const { qr, fake, channelId } = setup({ statusSource: manual.source });
      fake.exchange = () => Promise.reject(networkError('/signin/qrcodes'));
      qr.start();
      await flush();
      manual.for('ch-1').onStatus(authorized('ch-1'));
      await flush();
      expect(qr.getSnapshot()).toMatchObject({ status: 'error', failure: { kind: 'exchange' } });

      qr.retry();
      await flush();
      expect(channelId()).toBe('ch-2');
      fake.exchange = () => Promise.reject(httpError(400, 1008));
      manual.for('ch-2').onStatus(authorized('ch-2', 'tok-2'));
      await flush();
      expect(qr.getSnapshot()).toMatchObject({ status: 'error', failure: { kind: 'token-rejected' } });
      expect(fake.count('signInWithQr')).toBe(2);
    });
  });

  describe('teardown', () => {
    it('dispose mid-poll aborts the request and leaves zero requests and timers for 10 minutes', async () => {
      const { qr, fake, vis } = setup();
      qr.start();
      await flush();
      fake.status = ({ signal }) => hangUntilAborted(signal);
      await vi.advanceTimersByTimeAsync(2000);
      const inFlight = fake.log.at(-1);
      expect(inFlight?.method).toBe('getQrChannelStatus');
      qr.dispose();
      await flush();
      expect(inFlight?.signal?.aborted).toBe(true);
      expect(vi.getTimerCount()).toBe(0);
      expect(vis.listenerCount()).toBe(0);
      const requests = fake.log.length;
      await vi.advanceTimersByTimeAsync(10 * MIN);
      expect(fake.log).toHaveLength(requests);
    });

    it('dispose aborts a channel request or an exchange in flight', async () => {
      const first = setup();
      first.fake.channel = () => hangUntilAborted(first.fake.log.at(-1)?.signal);
      first.qr.start();
      first.qr.dispose();
      await flush();
      expect(first.fake.log[0]?.signal?.aborted).toBe(true);

      const manual = createManualStatusSource();
      const second = setup({ statusSource: manual.source });
      second.fake.exchange = () => hangUntilAborted(second.fake.log.at(-1)?.signal);
      second.qr.start();
      await flush();
      manual.for('ch-1').onStatus(authorized('ch-1'));
      second.qr.dispose();
      await flush();
      expect(second.fake.log.at(-1)?.signal?.aborted).toBe(true);
      expect(second.onSignedIn).not.toHaveBeenCalled();
      expect(vi.getTimerCount()).toBe(0);
    });

    it('stop then start (React StrictMode) runs exactly one watch', async () => {
      const { qr, fake } = setup();
      qr.start();
      qr.stop();
      qr.start();
      await flush();
      await vi.advanceTimersByTimeAsync(10_000);
      expect(fake.count('getQrChannel')).toBe(2);
      expect(fake.log[0]?.signal?.aborted).toBe(true);
      // Only the second channel is polled, once per 2 s.
      expect(fake.count('getQrChannelStatus', 'ch-1')).toBe(0);
      expect(fake.count('getQrChannelStatus', 'ch-2')).toBe(5);
      qr.dispose();
      expect(vi.getTimerCount()).toBe(0);
    });

    it('does nothing after dispose', async () => {
      const { qr, fake } = setup();
      qr.dispose();
      qr.start();
      qr.retry();
      await vi.advanceTimersByTimeAsync(MIN);
      expect(fake.log).toHaveLength(0);
      expect(qr.getSnapshot()).toEqual({ status: 'idle' });
    });
  });
});
