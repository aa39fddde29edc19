/**
 * Proactive refresh timing against the simulator (5-minute tokens by default): the margin
 * window, sleep, clock skew, very long lifetimes and a missing refresh token.
 * Scenarios 8, 9, 10 and 11 of research/reliability.md.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useFakeClock, useSessionTestLifecycle } from '../../test-support/session/setup';
import { advance, createWorld, runFor, type World } from '../../test-support/session/world';

useSessionTestLifecycle();
let world: World;
afterEach(() => world.dispose());

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

describe('proactive refresh', () => {
  it('refreshes once inside [lifetime - margin - jitter, lifetime - margin] and keeps going', async () => {
    useFakeClock();
    world = createWorld();
    const tab = world.tab({ random: () => 0.5 });
    const signedInAt = Date.now();
    tab.signIn(await world.signInTokens());

    // Default margin for 5 minutes: 30 s; jitter up to 10 s (here 5 s).
    await advance(4 * MINUTE + 20_000);
    expect(world.count('/refresh')).toBe(0);
    await advance(10_000);
    const [first] = world.calls('/refresh');
    expect(first?.status).toBe(200);
    const at = (first?.time ?? 0) - signedInAt;
    expect(at).toBeGreaterThanOrEqual(5 * MINUTE - 30_000 - 10_000);
    expect(at).toBeLessThanOrEqual(5 * MINUTE - 30_000);

    // The next one follows the new pair, not the old one.
    await advance(5 * MINUTE);
    expect(world.count('/refresh', 200)).toBe(2);
    expect(tab.getSnapshot().state).toBe('signed-in');
  });

  it('makes exactly one refresh after a 2-hour sleep (no burst of queued timers)', async () => {
    useFakeClock();
    world = createWorld();
    let wake: (kind: 'visible') => void = () => {};
    const tab = world.tab({
      wakeSignals: (onWake) => {
        wake = onWake;
        return () => {};
      },
    });
    tab.signIn(await world.signInTokens());
    await advance(MINUTE);

    // The device sleeps: the wall clock jumps, timers did not run.
    vi.setSystemTime(Date.now() + 2 * HOUR);
    wake('visible');
    await advance(MINUTE);
    wake('visible');
    await advance(MINUTE);

    expect(world.count('/refresh')).toBe(1);
    expect(tab.getSnapshot().state).toBe('signed-in');
    expect(vi.getTimerCount()).toBe(1);
  });

  it.each([
    ['+1 hour', HOUR],
    ['-1 hour', -HOUR],
  ])('a client clock %s off changes nothing: same refresh count over 2 hours', async (_label, skew) => {
    const refreshesOver2h = async (offset: number) => {
      useFakeClock();
      world = createWorld();
      const tab = world.tab({ now: () => Date.now() + offset, random: () => 0.5 });
      tab.signIn(await world.signInTokens());
      await runFor(2 * HOUR, 5_000);
      const count = world.count('/refresh', 200);
      expect(world.count('/refresh')).toBe(count); // never a failed or throttled call
      expect(tab.getSnapshot().state).toBe('signed-in');
      world.dispose();
      vi.useRealTimers();
      return count;
    };
    const baseline = await refreshesOver2h(0);
    const skewed = await refreshesOver2h(skew);
    // 2 h / (5 min - 30 s margin - 5 s jitter) ≈ 27.
    expect(baseline).toBeGreaterThanOrEqual(26);
    expect(baseline).toBeLessThanOrEqual(28);
    expect(Math.abs(skewed - baseline)).toBeLessThanOrEqual(1);
  });

  it('a 30-day lifetime schedules without setTimeout overflow and refreshes near the end', async () => {
    useFakeClock();
    world = createWorld({ lifetimes: { accessTokenMs: 30 * 24 * HOUR, refreshTokenMs: 60 * 24 * HOUR } });
    const tab = world.tab({ random: () => 0 });
    tab.signIn(await world.signInTokens());
    await advance(MINUTE);
    expect(world.count('/refresh')).toBe(0);
    expect(vi.getTimerCount()).toBe(1);

    // Sync advance through the chunked waits (nothing async happens until the deadline).
    vi.advanceTimersByTime(30 * 24 * HOUR - 3 * MINUTE);
    expect(world.count('/refresh')).toBe(0);
    await advance(3 * MINUTE);
    expect(world.count('/refresh', 200)).toBe(1);
  });

  it('never refreshes without a refresh token; only the expiry timer exists, then none', async () => {
    useFakeClock();
    world = createWorld();
    const tab = world.tab();
    const tokens = await world.signInTokens();
    tab.signIn({ ...tokens, refreshToken: null });
    expect(vi.getTimerCount()).toBe(1);
    expect(tab.getSnapshot().canExtend).toBe(false);

    await advance(5 * MINUTE);
    const snapshot = tab.getSnapshot();
    expect(snapshot.state).toBe('expired');
    expect(snapshot.reason).toBe('no-refresh-token');
    await advance(HOUR);
    expect(world.count('/refresh')).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('computes expiry from receipt time plus the stated lifetime, not from expiresAt', async () => {
    useFakeClock();
    world = createWorld();
    const tab = world.tab({ now: () => Date.now() - 3 * HOUR });
    const tokens = await world.signInTokens();
    tab.signIn(tokens);
    const snapshot = tab.getSnapshot();
    expect(snapshot.accessExpiresAt).toBe(Date.now() - 3 * HOUR + 5 * MINUTE);
    expect(snapshot.state).toBe('signed-in');
  });
});
