/**
 * Tabs of one browser profile, as sessions sharing an in-memory BroadcastChannel and Web
 * Locks: one network refresh per expiry however many tabs, new tabs adopt the pair from their
 * peers, and reloads cost nothing. Scenarios 2 and 3 of research/reliability.md (the real
 * Chromium version is test/e2e/session-tabs.e2e.test.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryStorage, createStorageLeaseRefreshLock, type Session } from '.';
import { useFakeClock, useSessionTestLifecycle } from '../../test-support/session/setup';
import { advance, createWorld, runFor, type World } from '../../test-support/session/world';

useSessionTestLifecycle();
let world: World;
afterEach(() => world.dispose());

const MINUTE = 60_000;

describe('tabs at expiry', () => {
  it.each([2, 6])('%i tabs → one network refresh per expiry; the others adopt the broadcast pair', async (n) => {
    useFakeClock();
    world = createWorld();
    // Different jitter per tab, as with Math.random.
    const tabs: Session[] = Array.from({ length: n }, (_, i) => world.tab({ random: () => i / n }));
    tabs[0]?.signIn(await world.signInTokens());
    await advance(0);
    const first = tabs[0]?.getSnapshot().tokens;
    for (const tab of tabs) expect(tab.getSnapshot().tokens).toEqual(first);

    await runFor(5 * MINUTE, 1_000);
    expect(world.count('/refresh')).toBe(1);
    const renewed = tabs[0]?.getSnapshot().tokens;
    expect(renewed).not.toEqual(first);
    for (const tab of tabs) {
      expect(tab.getSnapshot().tokens).toEqual(renewed);
      expect(tab.getSnapshot().state).toBe('signed-in');
    }

    // An hour later: still one refresh per token lifetime, never a 429.
    await runFor(60 * MINUTE, 5_000);
    const count = world.count('/refresh');
    expect(world.count('/refresh', 200)).toBe(count);
    expect(count).toBeLessThanOrEqual(Math.ceil(65 / 4.3) + 1);
    expect(count).toBeGreaterThanOrEqual(Math.floor(65 / 5));
    expect(world.locks.held()).toEqual([]);
  });

  it('6 tabs due at the same instant (same jitter) still make one refresh: the lock decides', async () => {
    useFakeClock();
    world = createWorld();
    const tabs = Array.from({ length: 6 }, () => world.tab({ random: () => 0 }));
    tabs[0]?.signIn(await world.signInTokens());
    // Server latency, so the tabs' attempts overlap in time as on a real network.
    world.simulator.setConfig({ latencyMs: 300 });
    await runFor(5 * MINUTE, 1_000);
    expect(world.count('/refresh')).toBe(1);
    for (const tab of tabs) expect(tab.getSnapshot().tokens).toEqual(tabs[0]?.getSnapshot().tokens);
  });

  it('a storm of 6 new tabs and 10 reloads within a minute makes no refresh call', async () => {
    useFakeClock();
    world = createWorld();
    const first = world.tab();
    first.signIn(await world.signInTokens());
    const open: Session[] = [first];
    for (let i = 0; i < 6; i++) {
      open.push(world.tab());
      await advance(2_000);
    }
    for (let i = 0; i < 10; i++) {
      // A reload: the page's session goes away and a new one starts with empty memory.
      const index = 1 + (i % 6);
      open[index]?.dispose();
      open[index] = world.tab();
      await advance(3_000);
    }
    expect(world.count('/refresh')).toBe(0);
    for (const tab of open) expect(tab.getSnapshot().tokens).toEqual(first.getSnapshot().tokens);
  });

  it('a tab restored with a stale pair adopts the newer one instead of refreshing with a dead token', async () => {
    useFakeClock();
    world = createWorld();
    const a = world.tab({ random: () => 0 });
    a.signIn(await world.signInTokens());
    const staleStorage = createMemoryStorage({ isSharedAcrossTabs: true });
    const t = Date.now();
    const record = { v: 1, tokens: a.getSnapshot().tokens, receivedAt: t, accessExpiresAt: t + 5 * MINUTE, refreshExpiresAt: t + 30 * 24 * 60 * MINUTE };
    staleStorage.write(JSON.stringify(record));
    await runFor(5 * MINUTE);
    expect(world.count('/refresh')).toBe(1);

    // The stale tab comes back (e.g. "reopen closed tab" restores its sessionStorage) with an expired pair.
    await runFor(10 * MINUTE);
    const before = world.count('/refresh');
    const b = world.tab({ storage: staleStorage });
    expect(b.getSnapshot().state).toBe('expired');
    await advance(1_000);
    expect(b.getSnapshot().tokens).toEqual(a.getSnapshot().tokens);
    expect(b.getSnapshot().state).toBe('signed-in');
    expect(world.count('/refresh')).toBe(before);
    expect(world.count('/refresh', 401)).toBe(0);
  });
});

describe('storage lease lock (no Web Locks)', () => {
  it('lets one of two tabs in and the other out', async () => {
    useFakeClock();
    world = createWorld();
    const data = new Map<string, string>();
    const storage = {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
      removeItem: (k: string) => void data.delete(k),
    } as unknown as Storage;
    const a = createStorageLeaseRefreshLock(storage, 'x', { owner: 'a' });
    const b = createStorageLeaseRefreshLock(storage, 'x', { owner: 'b' });
    let release: () => void = () => {};
    const first = a.tryRun(() => new Promise<string>((resolve) => (release = () => resolve('a'))));
    await advance(100);
    const second = await b.tryRun(async () => 'b');
    expect(second).toEqual({ acquired: false });
    release();
    await expect(first).resolves.toEqual({ acquired: true, value: 'a' });
    expect(data.size).toBe(0);
    const third = b.tryRun(async () => 'b');
    await advance(100);
    await expect(third).resolves.toEqual({ acquired: true, value: 'b' });
  });
});
