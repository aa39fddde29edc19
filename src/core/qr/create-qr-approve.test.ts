import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SignInError } from '../client/errors';
import { createQrApprove } from './create-qr-approve';
import type { QrApproveOptions } from './qr-approve-types';
import { CHANNEL, createFakeApproveClient } from '../../test-support/qr/fake-approve-client';
import { hangUntilAborted, httpError, networkError, rateLimited } from '../../test-support/qr/fake-qr-client';

const flush = () => vi.advanceTimersByTimeAsync(0);

function setup(overrides: Partial<QrApproveOptions> = {}) {
  const fake = createFakeApproveClient();
  let accessToken: string | null = 'phone-access-token';
  const onApproved = vi.fn();
  const approve = createQrApprove({
    client: fake.client,
    getAccessToken: () => accessToken,
    pageOrigin: 'https://my.broker.com',
    onApproved,
    ...overrides,
  });
  return { ...fake, approve, onApproved, signOut: () => (accessToken = null) };
}

describe('createQrApprove', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: Date.UTC(2030, 0, 1) });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('checks a scanned link, shows ip, location and expiry, and approves with exactly one POST carrying the Bearer', async () => {
    const { approve, calls, count, onApproved } = setup();
    approve.open(`https://my.broker.com/approve?channel=${CHANNEL}`);
    expect(approve.getSnapshot()).toEqual({ status: 'checking', channelId: CHANNEL });
    await flush();
    expect(approve.getSnapshot()).toEqual({
      status: 'confirm',
      channelId: CHANNEL,
      ip: '203.0.113.7',
      location: 'Berlin, Germany',
      expiresAt: Date.now() + 90_000,
    });
    approve.approve();
    approve.approve(); // a double tap
    expect(approve.getSnapshot().status).toBe('approving');
    await flush();
    expect(approve.getSnapshot()).toEqual({ status: 'approved', channelId: CHANNEL });
    expect(count('approve')).toBe(1);
    expect(calls.find((c) => c.method === 'approve')?.bearer).toBe('phone-access-token');
    expect(onApproved).toHaveBeenCalledExactlyOnceWith(CHANNEL);
    // The other device's authorization token is kept nowhere in the state.
    expect(JSON.stringify(approve.getSnapshot())).not.toContain('qr_secret');
  });

  it('refuses bad input without a request, and says why', () => {
    const { approve, calls } = setup();
    approve.open('not a code');
    expect(approve.getSnapshot()).toEqual({ status: 'idle', inputError: 'invalid' });
    approve.open(`https://evil.example/?channel=${CHANNEL}`);
    expect(approve.getSnapshot()).toEqual({ status: 'idle', inputError: 'foreign-origin' });
    expect(calls).toEqual([]);
  });

  it('deny sends nothing', async () => {
    const { approve, count } = setup();
    approve.open(CHANNEL);
    await flush();
    approve.deny();
    expect(approve.getSnapshot()).toEqual({ status: 'denied', channelId: CHANNEL });
    approve.approve();
    await flush();
    expect(count('approve')).toBe(0);
  });

  it('the code on screen expires by itself after expiresInSeconds, and Approve then sends nothing', async () => {
    const { approve, count } = setup();
    approve.open(CHANNEL);
    await flush();
    await vi.advanceTimersByTimeAsync(89_999);
    expect(approve.getSnapshot().status).toBe('confirm');
    await vi.advanceTimersByTimeAsync(1);
    expect(approve.getSnapshot()).toMatchObject({ status: 'failed', reason: 'expired' });
    approve.approve();
    expect(count('approve')).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('an absurd expiresInSeconds is clamped to a day (no timer overflow)', async () => {
    const { approve, fake } = setup();
    fake.status = (id) => Promise.resolve({ id, status: 'pending', authorizationToken: null, expiresInSeconds: 1e12 });
    approve.open(CHANNEL);
    await flush();
    expect(approve.getSnapshot()).toMatchObject({ status: 'confirm', ip: null, location: null, expiresAt: Date.now() + 86_400_000 });
    await vi.advanceTimersByTimeAsync(1000);
    expect(approve.getSnapshot().status).toBe('confirm');
  });

  it('without expiry details there is no countdown and no timer', async () => {
    const { approve, fake } = setup();
    fake.status = (id) => Promise.resolve({ id, status: 'pending', authorizationToken: null });
    approve.open(CHANNEL);
    await flush();
    expect(approve.getSnapshot()).toMatchObject({ status: 'confirm', expiresAt: null });
    expect(vi.getTimerCount()).toBe(0);
  });

  it.each([
    ['expired', { status: 'expired' as const }],
    ['expired', { status: 'pending' as const, expiresInSeconds: 0 }],
    ['used', { status: 'authorized' as const, authorizationToken: 'someone-elses' }],
  ])('a status check says %s', async (reason, status) => {
    const { approve, fake, count } = setup();
    fake.status = (id) => Promise.resolve({ id, authorizationToken: null, ...status });
    approve.open(CHANNEL);
    await flush();
    expect(approve.getSnapshot()).toEqual({ status: 'failed', channelId: CHANNEL, reason, retryAfterSeconds: null });
    expect(JSON.stringify(approve.getSnapshot())).not.toContain('someone-elses');
    expect(count('approve')).toBe(0);
  });

  it.each([
    ['unknown', httpError(404), null],
    ['rate-limited', rateLimited(42), 42],
    ['network', networkError(), null],
    ['network', new SignInError({ kind: 'timeout', timeoutMs: 15_000 }, '/signin/qrcodes/x'), null],
    ['failed', httpError(503), null],
  ])('a failed check says %s', async (reason, error, retryAfterSeconds) => {
    const { approve, fake } = setup();
    fake.status = () => Promise.reject(error);
    approve.open(CHANNEL);
    await flush();
    expect(approve.getSnapshot()).toEqual({ status: 'failed', channelId: CHANNEL, reason, retryAfterSeconds });
  });

  it.each([
    ['session-ended', new SignInError({ kind: 'unauthorized', status: 401, serverCode: null, serverMessage: null }, '/signin/tokens')],
    ['expired', httpError(404, null, '/signin/tokens')],
    ['used', httpError(409, null, '/signin/tokens')],
    ['rate-limited', rateLimited(30, '/signin/tokens')],
    ['network', networkError('/signin/tokens')],
    ['failed', httpError(500, null, '/signin/tokens')],
  ])('a failed approval says %s, and nothing is retried by itself', async (reason, error) => {
    const { approve, fake, count } = setup();
    fake.approve = () => Promise.reject(error);
    approve.open(CHANNEL);
    await flush();
    approve.approve();
    await flush();
    expect(approve.getSnapshot()).toMatchObject({ status: 'failed', channelId: CHANNEL, reason });
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(count('approve')).toBe(1);
    expect(count('status')).toBe(1);
  });

  it('retry re-checks the code (GET), never re-sends the approval', async () => {
    const { approve, fake, count } = setup();
    fake.approve = () => Promise.reject(networkError('/signin/tokens'));
    approve.open(CHANNEL);
    await flush();
    approve.approve();
    await flush();
    fake.status = (id) => Promise.resolve({ id, status: 'authorized', authorizationToken: 'x' });
    approve.retry();
    await flush();
    expect(approve.getSnapshot()).toMatchObject({ status: 'failed', reason: 'used' });
    expect([count('status'), count('approve')]).toEqual([2, 1]);
  });

  it('signed out: Approve sends nothing and says the session ended', async () => {
    const { approve, count, signOut } = setup();
    approve.open(CHANNEL);
    await flush();
    signOut();
    approve.approve();
    expect(approve.getSnapshot()).toMatchObject({ status: 'failed', reason: 'session-ended' });
    expect(count('approve')).toBe(0);
  });

  it('a new input, reset and dispose abort what is in flight; late answers are ignored', async () => {
    const { approve, fake, calls } = setup();
    fake.status = (id) => (id === CHANNEL ? hangUntilAborted(calls.at(-1)?.signal) : Promise.resolve({ id, status: 'expired', authorizationToken: null }));
    approve.open(CHANNEL);
    const first = calls[0]?.signal;
    approve.open('another-channel-id');
    expect(first?.aborted).toBe(true);
    await flush();
    expect(approve.getSnapshot()).toMatchObject({ status: 'failed', channelId: 'another-channel-id', reason: 'expired' });

    approve.open(CHANNEL);
    approve.reset();
    expect(calls.at(-1)?.signal?.aborted).toBe(true);
    expect(approve.getSnapshot()).toEqual({ status: 'idle', inputError: null });

    approve.open(CHANNEL);
    const listener = vi.fn();
    approve.subscribe(listener);
    approve.dispose();
    expect(calls.at(-1)?.signal?.aborted).toBe(true);
    await flush();
    expect(listener).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('dispose during confirm clears the expiry timer', async () => {
    const { approve } = setup();
    approve.open(CHANNEL);
    await flush();
    expect(vi.getTimerCount()).toBe(1);
    approve.dispose();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a status for another channel is not trusted', async () => {
    const { approve, fake } = setup();
    fake.status = () => Promise.resolve({ id: 'some-other-channel', status: 'pending', authorizationToken: null });
    approve.open(CHANNEL);
    await flush();
    expect(approve.getSnapshot()).toMatchObject({ status: 'failed', reason: 'failed' });
  });
});
