/**
 * Memory stays bounded: every in-memory collection is swept when expired and capped, on a
 * fake clock through a day of traffic and through floods.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, type SimulatorSizes } from '.';
import {
  MAX_OUTBOX,
  MAX_QR_CHANNELS,
  MAX_RATE_BUCKETS,
  MAX_REQUEST_LOG,
  MAX_TOKENS,
  MAX_WIZARDS,
} from './caps';
import { defaultConfig } from './config';
import { createRateLimiter } from './rate-limiter';
import { createChannel } from './routes-qr';
import { startWizard } from './routes-wizard';
import { createState } from './state';
import { createTokenStore } from './token-store';
import { setup } from '../test-support/simulator/support';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const START = Date.UTC(2025, 0, 15);

describe('bounded memory', () => {
  it('a day of traffic leaves every collection under its cap, expired entries swept', { timeout: 60_000 }, async () => {
    const { call, wizard, signIn, sim, clock } = setup();
    const peak: SimulatorSizes = sim.sizes();
    const minutes = 24 * 60;
    for (let minute = 0; minute < minutes; minute++) {
      clock.advance(MINUTE);
      const signedIn = await signIn(await wizard(), 'client@example.com', DEMO_PASSWORD);
      await call('POST', '/refresh', { refreshToken: signedIn.at('data.refreshToken.token') });
      await signIn(await wizard(), 'sms@example.com', DEMO_PASSWORD);
      await call('GET', '/signin/qrcodes');
      await signIn(await wizard(), `stranger-${minute}@example.com`, 'wrong');
      await call('GET', '/nowhere');
      for (const [key, size] of Object.entries(sim.sizes()) as Array<[keyof SimulatorSizes, number]>) peak[key] = Math.max(peak[key], size);
    }
    expect(peak.requestLog).toBe(MAX_REQUEST_LOG);
    expect(peak.outbox).toBe(MAX_OUTBOX);
    // Swept as they expire (wizards 15 min, channels 2 min + 10 min grace, idle buckets 1 min):
    // minutes' worth at any time, never a day's.
    expect(peak.wizards).toBeLessThan(3 * 17);
    expect(peak.qrChannels).toBeLessThan(14);
    expect(peak.rateLimitBuckets).toBeLessThan(20);
    // Refresh tokens live 30 days and stay; expired access tokens go.
    expect(peak.tokens).toBeLessThan(2 * minutes + 20);
  });

  it('a flood of wizards and channels stops at the caps; the newest still work', () => {
    const state = createState(defaultConfig(), () => START, Math.random);
    for (let i = 0; i < MAX_WIZARDS + 500; i++) startWizard(state);
    for (let i = 0; i < MAX_QR_CHANNELS + 500; i++) createChannel(state, new Request('http://sim.test/'));
    expect(state.wizards.size).toBeLessThanOrEqual(MAX_WIZARDS);
    expect(state.channels.size).toBeLessThanOrEqual(MAX_QR_CHANNELS);
    expect(state.wizards.size).toBeGreaterThan(MAX_WIZARDS * 0.8);
    expect([...state.wizards.values()].at(-1)!.stage).toBe('login');
  });

  it('the request log keeps the latest entries', async () => {
    const { call, sim } = setup();
    for (let i = 0; i < MAX_REQUEST_LOG + 20; i++) await call('GET', `/nowhere/${i}`);
    const log = sim.requestLog();
    expect(log).toHaveLength(MAX_REQUEST_LOG);
    expect(log.at(-1)!.path).toBe(`/api/v2/my/nowhere/${MAX_REQUEST_LOG + 19}`);
  });

  it('the token store stops at its cap and sweeps expired records; the newest pair still works', () => {
    let time = START;
    const store = createTokenStore(() => ({ accessTokenMs: 5 * MINUTE, refreshTokenMs: 30 * 24 * HOUR }), () => time, Math.random);
    const account = { id: 1, email: 'client@example.com' };
    const revoked = store.issuePair(account);
    store.revoke(revoked.refreshToken.token);
    // All live (the clock stands still): the oldest go.
    let last = store.issuePair(account);
    for (let i = 0; i < MAX_TOKENS / 2; i++) last = store.issuePair(account);
    expect(store.size).toBeLessThanOrEqual(MAX_TOKENS);
    expect(store.find(revoked.refreshToken.token, 'refresh')).toBeNull();
    expect(store.isLive(store.find(last.refreshToken.token, 'refresh')!)).toBe(true);
    // Expired records are swept.
    time += 31 * 24 * HOUR;
    store.sweep();
    expect(store.size).toBe(0);
  });

  it('a flood of distinct keys caps the rate-limit buckets and evicts a running block last', () => {
    let time = START;
    const limiter = createRateLimiter(() => ({ attempts: 5, windowMs: MINUTE, blockMs: 10 * MINUTE }), () => time);
    for (let i = 0; i < 6; i++) limiter.attempt(['account:client']);
    expect(limiter.attempt(['account:client']).allowed).toBe(false);
    for (let i = 0; i < MAX_RATE_BUCKETS + 500; i++) limiter.attempt([`account:flood-${i}`]);
    expect(limiter.size).toBeLessThanOrEqual(MAX_RATE_BUCKETS);
    expect(limiter.attempt(['account:client']).allowed).toBe(false);
    time += 11 * MINUTE;
    limiter.sweep();
    expect(limiter.size).toBe(0);
  });

  it('the outbox keeps the latest codes', async () => {
    const { sim, signIn, wizard, clock } = setup({ limits: { windowMs: 0 } });
    for (let i = 0; i < MAX_OUTBOX + 50; i++) {
      clock.advance(SECOND);
      await signIn(await wizard(), 'sms@example.com', DEMO_PASSWORD);
    }
    expect(sim.outbox()).toHaveLength(MAX_OUTBOX);
    expect(sim.outbox().at(-1)!.time).toBe(clock.now());
  });
});
