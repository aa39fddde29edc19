import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPollingStatusSource } from '.';
import { authorized, createFakeQrClient, hangUntilAborted, httpError, networkError, rateLimited } from '../../test-support/qr/fake-qr-client';

const flush = () => vi.advanceTimersByTimeAsync(0);

describe('createPollingStatusSource', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('polls every 2 s by default, 30 requests a minute, one at a time', async () => {
    const { client, fake } = createFakeQrClient();
    const onStatus = vi.fn();
    const stop = createPollingStatusSource({ client }).subscribe('ch-1', onStatus);
    await vi.advanceTimersByTimeAsync(1999);
    expect(fake.count('getQrChannelStatus')).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(fake.count('getQrChannelStatus')).toBe(1);
    await vi.advanceTimersByTimeAsync(59_000);
    expect(fake.count('getQrChannelStatus')).toBe(30);
    expect(onStatus).toHaveBeenCalledTimes(30);
    stop();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('stops by itself when a token arrives or the channel expires', async () => {
    const { client, fake } = createFakeQrClient();
    fake.status = ({ channelId }) => Promise.resolve(authorized(channelId));
    const onStatus = vi.fn();
    createPollingStatusSource({ client }).subscribe('ch-1', onStatus);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fake.count('getQrChannelStatus')).toBe(1);
    expect(onStatus).toHaveBeenCalledWith(authorized('ch-1'));

    fake.status = ({ channelId }) => Promise.resolve({ id: channelId, status: 'expired', authorizationToken: null });
    createPollingStatusSource({ client }).subscribe('ch-2', onStatus);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fake.count('getQrChannelStatus', 'ch-2')).toBe(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('backs off exponentially on errors up to the cap, and resets after a success', async () => {
    const { client, fake } = createFakeQrClient();
    let failing = true;
    fake.status = ({ channelId }) =>
      failing ? Promise.reject(networkError()) : Promise.resolve({ id: channelId, status: 'pending', authorizationToken: null });
    const onError = vi.fn();
    createPollingStatusSource({ client, random: () => 1, maxBackoffMs: 30_000 }).subscribe('ch-1', vi.fn(), onError);
    const times: number[] = [];
    const start = Date.now();
    for (let i = 0; i < 6; i += 1) {
      while (fake.count('getQrChannelStatus') === times.length) await vi.advanceTimersByTimeAsync(100);
      times.push(Date.now() - start);
    }
    // First poll after one interval, then 4, 8, 16, 30 (capped), 30 s after each failure.
    expect(times).toEqual([2000, 6000, 14_000, 30_000, 60_000, 90_000]);
    expect(onError).toHaveBeenCalledTimes(6);
    failing = false;
    await vi.advanceTimersByTimeAsync(30_000);
    const afterRecovery = fake.count('getQrChannelStatus');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(fake.count('getQrChannelStatus') - afterRecovery).toBe(5);
  });

  it('spreads backoff with jitter between half and all of the delay', async () => {
    const { client, fake } = createFakeQrClient();
    fake.status = () => Promise.reject(networkError());
    createPollingStatusSource({ client, random: () => 0 }).subscribe('ch-1', vi.fn());
    await vi.advanceTimersByTimeAsync(2000);
    expect(fake.count('getQrChannelStatus')).toBe(1);
    // Backoff 4 s with zero jitter → 2 s (never below the interval).
    await vi.advanceTimersByTimeAsync(2000);
    expect(fake.count('getQrChannelStatus')).toBe(2);
    // Backoff 8 s → 4 s.
    await vi.advanceTimersByTimeAsync(3999);
    expect(fake.count('getQrChannelStatus')).toBe(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(fake.count('getQrChannelStatus')).toBe(3);
  });

  it('honours Retry-After on a 429 and never polls sooner', async () => {
    const { client, fake } = createFakeQrClient();
    let limited = true;
    fake.status = ({ channelId }) => {
      if (limited) {
        limited = false;
        return Promise.reject(rateLimited(45));
      }
      return Promise.resolve({ id: channelId, status: 'pending', authorizationToken: null });
    };
    const onError = vi.fn();
    createPollingStatusSource({ client }).subscribe('ch-1', vi.fn(), onError);
    await vi.advanceTimersByTimeAsync(2000);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'rate-limited' }));
    await vi.advanceTimersByTimeAsync(44_999);
    expect(fake.count('getQrChannelStatus')).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fake.count('getQrChannelStatus')).toBe(2);
  });

  it('keeps retrying after an http error and reports each one', async () => {
    const { client, fake } = createFakeQrClient();
    fake.status = () => Promise.reject(httpError(503));
    const onError = vi.fn();
    createPollingStatusSource({ client, random: () => 1 }).subscribe('ch-1', vi.fn(), onError);
    await vi.advanceTimersByTimeAsync(2000 + 4000 + 8000);
    expect(onError).toHaveBeenCalledTimes(3);
  });

  it('aborts the request in flight on unsubscribe and then stays silent for 10 minutes', async () => {
    const { client, fake } = createFakeQrClient();
    fake.status = ({ signal }) => hangUntilAborted(signal);
    const onStatus = vi.fn();
    const onError = vi.fn();
    const stop = createPollingStatusSource({ client }).subscribe('ch-1', onStatus, onError);
    await vi.advanceTimersByTimeAsync(2000);
    const signal = fake.log[0]?.signal;
    expect(signal?.aborted).toBe(false);
    stop();
    await flush();
    expect(signal?.aborted).toBe(true);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(fake.log).toHaveLength(1);
    expect(onStatus).not.toHaveBeenCalled();
    expect(onError).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('does not deliver an answer that lands after unsubscribe', async () => {
    const { client, fake } = createFakeQrClient();
    let answer: (s: ReturnType<typeof authorized>) => void = () => {};
    // A transport that ignores the abort signal: the answer still comes.
    fake.status = () => new Promise((resolve) => (answer = resolve));
    const onStatus = vi.fn();
    const stop = createPollingStatusSource({ client }).subscribe('ch-1', onStatus);
    await vi.advanceTimersByTimeAsync(2000);
    stop();
    answer(authorized('ch-1'));
    await flush();
    expect(onStatus).not.toHaveBeenCalled();
  });
});
