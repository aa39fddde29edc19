/**
 * Issue 10, absurd server values on the QR panel's watcher, through the real client (so the
 * real `Retry-After` parsing runs): no request storm, no renewal burn, whatever the server says.
 * Fake timers emulate the browsers' 2^31 − 1 ms overflow (a longer delay fires after 1 ms).
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSignInClient } from '../client';
import { alwaysVisible, createQrSignIn, QR_MIN_RENEWAL_GAP_MS, type QrSignIn } from '.';
import { loadParsers } from '../client/load-parsers';
import { createFakeFetch, json, type RecordedCall } from '../../test-support/fake-fetch';

const isStatusPoll = (call: RecordedCall) => /\/signin\/qrcodes\/[^/]+$/.test(new URL(call.url).pathname);
const isChannelRequest = (call: RecordedCall) => new URL(call.url).pathname.endsWith('/signin/qrcodes') && call.method === 'GET';

/** A watcher over a fake server: `lifetimeMinutes` for every channel, and what a status poll answers. */
function watcherOver(lifetimeMinutes: number, status: (call: RecordedCall) => Response) {
  let channels = 0;
  const fake = createFakeFetch((call) => {
    if (isStatusPoll(call)) return status(call);
    channels += 1;
    return json({ id: `ch-${channels}`, lifetimeMinutes, ip: '203.0.113.7', location: null });
  });
  const client = createSignInClient({ baseUrl: 'https://api.example', fetch: fake.fetch });
  const qr: QrSignIn = createQrSignIn({ client, visibility: alwaysVisible });
  return { qr, calls: fake.calls };
}

describe('absurd QR server values', () => {
  // The response parsers are a lazy chunk: loaded here on real time, so fake time racing ahead
  // of a module load cannot turn every first request into a timeout.
  beforeAll(() => loadParsers());
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it.each(['99999999999', '9'.repeat(400), 'Fri, 01 Jan 9999 00:00:00 GMT', '-1', 'Infinity', '0.000001'])(
    'a 429 with Retry-After %s on the status backs off, counts toward giving up and never loops',
    async (retryAfter) => {
      const { qr, calls } = watcherOver(2, () => json({ error: { code: 1006, message: 'slow down' } }, 429, { 'Retry-After': retryAfter }));
      qr.start();
      await vi.advanceTimersByTimeAsync(10_000);
      // One poll at 2 s, then a wait of at least a second each: never hundreds a second.
      expect(calls.filter(isStatusPoll).length).toBeLessThanOrEqual(5);
      await vi.advanceTimersByTimeAsync(2 * 24 * 3600_000);
      // Five 429s on one code end the watch (an error with a retry); a long wait outlives the code,
      // whose renewals then run out (stopped). Either way it has ended, and nothing runs.
      expect(['error', 'stopped']).toContain(qr.getSnapshot().status);
      expect(calls.filter(isStatusPoll).length).toBeLessThanOrEqual(6 * 5);
      expect(vi.getTimerCount()).toBe(0);
      qr.dispose();
    },
  );

  it('a 429 with a short Retry-After on every poll ends in a watch error after five', async () => {
    const { qr, calls } = watcherOver(2, () => json({ error: { code: 1006, message: 'slow down' } }, 429, { 'Retry-After': '1' }));
    qr.start();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(qr.getSnapshot()).toMatchObject({ status: 'error', failure: { kind: 'watch', retryAfterSeconds: 1 } });
    expect(calls.filter(isStatusPoll)).toHaveLength(5);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a huge lifetimeMinutes keeps the code (clamped) instead of burning every renewal at once', async () => {
    const { qr, calls } = watcherOver(1e12, (call) => json({ id: /[^/]+$/.exec(call.url)?.[0], status: 'pending' }));
    qr.start();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls.filter(isChannelRequest)).toHaveLength(1);
    const state = qr.getSnapshot();
    expect(state).toMatchObject({ status: 'showing', renewals: 0 });
    if (state.status === 'showing') expect(state.expiresAt - state.receivedAt).toBe(60 * 60_000);
    qr.dispose();
  });

  it.each([1e-9, 0.0001])('a tiny lifetimeMinutes (%d) renews no closer than the minimum gap', async (lifetimeMinutes) => {
    const { qr, calls } = watcherOver(lifetimeMinutes, (call) => json({ id: /[^/]+$/.exec(call.url)?.[0], status: 'pending' }));
    qr.start();
    await vi.advanceTimersByTimeAsync(QR_MIN_RENEWAL_GAP_MS * 3 - 1);
    // The first code at 0, renewals at 2 s and 4 s: three requests in six seconds, not six hundred.
    expect(calls.filter(isChannelRequest)).toHaveLength(3);
    qr.dispose();
  });

  it('a server that calls every code expired at once gets a replacement no sooner than the gap', async () => {
    const { qr, calls } = watcherOver(2, (call) => json({ id: /[^/]+$/.exec(call.url)?.[0], status: 'expired' }));
    qr.start();
    await vi.advanceTimersByTimeAsync(60_000);
    // Polls at 2 s find it dead; each replacement waits ≥ 2 s after its code arrived; 5 renewals, then stop.
    expect(calls.filter(isChannelRequest)).toHaveLength(6);
    expect(qr.getSnapshot()).toMatchObject({ status: 'stopped' });
    expect(vi.getTimerCount()).toBe(0);
  });
});
