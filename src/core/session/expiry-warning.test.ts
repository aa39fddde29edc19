/**
 * The expiry warning for portals that must time out idle sessions, and the end itself.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ExpiryWarning } from '.';
import { useFakeClock, useSessionTestLifecycle } from '../../test-support/session/setup';
import { advance, createWorld, type World } from '../../test-support/session/world';

useSessionTestLifecycle();
let world: World;
afterEach(() => world.dispose());

const MINUTE = 60_000;

describe('expiry warning', () => {
  it('warns 2 minutes before the idle end, once; extend() pushes the end back', async () => {
    useFakeClock();
    world = createWorld();
    const warnings: ExpiryWarning[] = [];
    const tab = world.tab({ idleTimeout: 10 * MINUTE, onExpiryWarning: (w) => warnings.push(w) });
    tab.signIn(await world.signInTokens());
    const signedInAt = Date.now();

    await advance(8 * MINUTE - 1_000);
    expect(warnings).toHaveLength(0);
    await advance(2_000);
    expect(warnings).toEqual([{ endsAt: signedInAt + 10 * MINUTE, canExtend: true }]);
    expect(tab.getSnapshot().isEndingSoon).toBe(true);
    await advance(30_000);
    expect(warnings).toHaveLength(1);

    tab.extend();
    expect(tab.getSnapshot().isEndingSoon).toBe(false);
    expect(tab.getSnapshot().endsAt).toBe(Date.now() + 10 * MINUTE);
    expect(tab.getSnapshot().state).toBe('signed-in');
  });

  it('ends an idle session in every tab: one sign-out call, reason idle', async () => {
    useFakeClock();
    world = createWorld();
    const a = world.tab({ idleTimeout: 10 * MINUTE });
    const b = world.tab({ idleTimeout: 10 * MINUTE });
    a.signIn(await world.signInTokens());
    await advance(10 * MINUTE + 1_000);
    for (const tab of [a, b]) expect(tab.getSnapshot()).toMatchObject({ state: 'signed-out', reason: 'idle' });
    expect(world.count('/signout')).toBe(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('activity in one tab keeps the other tab alive', async () => {
    useFakeClock();
    world = createWorld();
    const a = world.tab({ idleTimeout: 10 * MINUTE });
    const b = world.tab({ idleTimeout: 10 * MINUTE });
    a.signIn(await world.signInTokens());
    await advance(6 * MINUTE);
    a.touch();
    await advance(6 * MINUTE);
    expect(b.getSnapshot().state).toBe('signed-in');
    expect(b.getSnapshot().endsAt).toBe(a.getSnapshot().endsAt);
  });

  it('warns before a pair without refresh token runs out, and says it cannot be extended', async () => {
    useFakeClock();
    world = createWorld();
    const warnings: ExpiryWarning[] = [];
    const tab = world.tab();
    tab.onExpiryWarning((w) => warnings.push(w));
    const tokens = await world.signInTokens();
    tab.signIn({ ...tokens, refreshToken: null });
    await advance(3 * MINUTE + 1_000);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.canExtend).toBe(false);
  });
});
