/**
 * Session benchmarks on virtual time, for `npm run bench`: no vitest needed, no real waiting.
 * The B2Core simulator answers through an in-process `fetch`; its request log is the oracle.
 *
 * - `measureRefreshes`: refresh calls per hour (and the worst minute) for signed-in tabs over
 *   simulated hours. With 5-minute tokens expect about 13 an hour (a refresh every ~4.4 min:
 *   lifetime - 30 s margin - 0..10 s jitter), never above the server's 5 a minute.
 * - `measureConcurrent401`: network refreshes for a burst of N concurrent 401s spread over M
 *   tabs (must be 1).
 */
import { createSignInClient } from '../../core/client';
import {
  createMemoryStorage,
  createSession,
  createWebLocksRefreshLock,
  type Session,
} from '../../core/session';
import type { Timers } from '../../core';
import { createSimulator, DEMO_PASSWORD, type Simulator } from '../../simulator';
import { createMemoryHub, createMemoryLocks } from './memory-cross-tab';

const BASE = 'https://bench.test';
const MINUTE = 60_000;

/** A virtual clock with its own timer queue; `advance` runs due timers in time order. */
export function createVirtualClock(start = Date.parse('2026-03-01T10:00:00Z')) {
  let time = start;
  let nextId = 0;
  const queue = new Map<number, { at: number; callback: () => void }>();
  const timers: Timers = {
    setTimeout(callback, ms) {
      nextId += 1;
      queue.set(nextId, { at: time + Math.max(0, ms), callback });
      return nextId;
    },
    clearTimeout(handle) {
      queue.delete(handle as number);
    },
  };
  // Lets promise chains (fetch to the simulator, channel deliveries) run to completion.
  const settle = async () => {
    for (let i = 0; i < 10; i++) await new Promise<void>((resolve) => setImmediate(resolve));
  };
  return {
    now: () => time,
    timers,
    get pending() {
      return queue.size;
    },
    async advance(ms: number) {
      const end = time + ms;
      for (;;) {
        await settle();
        let dueId = -1;
        let due: { at: number; callback: () => void } | undefined;
        for (const [id, entry] of queue) if (entry.at <= end && (!due || entry.at < due.at)) [dueId, due] = [id, entry];
        if (!due) break;
        queue.delete(dueId);
        time = Math.max(time, due.at);
        due.callback();
      }
      time = end;
      await settle();
    },
  };
}

type VirtualClock = ReturnType<typeof createVirtualClock>;

interface BenchWorld {
  clock: VirtualClock;
  simulator: Simulator;
  tabs: Session[];
  /** Server clock offset (ms): lets the server consider a token expired that the tabs still trust. */
  setServerSkew(ms: number): void;
  signIn(): Promise<void>;
  dispose(): void;
}

function createBenchWorld(options: { tabs: number; accessLifetimeMinutes: number }): BenchWorld {
  const clock = createVirtualClock();
  let skew = 0;
  const simulator = createSimulator({
    now: () => clock.now() + skew,
    config: { lifetimes: { accessTokenMs: options.accessLifetimeMinutes * MINUTE } },
  });
  const fetchImpl = ((input: RequestInfo | URL, init?: RequestInit) =>
    simulator.handle(new Request(input, init))) as typeof fetch;
  const client = createSignInClient({ baseUrl: BASE, fetch: fetchImpl });
  const hub = createMemoryHub();
  const locks = createMemoryLocks();
  const tabs = Array.from({ length: options.tabs }, () =>
    createSession({
      client,
      storage: createMemoryStorage({ isSharedAcrossTabs: true }),
      crossTab: { channel: () => hub.connect(), lock: createWebLocksRefreshLock(locks, 'refresh') },
      now: clock.now,
      timers: clock.timers,
      fetch: fetchImpl,
      wakeSignals: () => () => {},
    }),
  );
  return {
    clock,
    simulator,
    tabs,
    setServerSkew: (ms) => {
      skew = ms;
    },
    async signIn() {
      const wizard = await client.wizard();
      const step = await client.signIn({ uuid: wizard.uuid, email: 'client@example.com', password: DEMO_PASSWORD });
      if (!step.tokens) throw new Error('the simulator did not sign in');
      tabs[0]?.signIn(step.tokens);
      await clock.advance(0);
    },
    dispose() {
      for (const tab of tabs) tab.dispose();
    },
  };
}

/** The largest number of entries inside any 60-second window. */
export function maxPerMinute(times: number[]): number {
  return Math.max(0, ...times.map((start) => times.filter((t) => t >= start && t < start + MINUTE).length));
}

export interface RefreshBenchResult {
  refreshes: number;
  refreshesPerHour: number;
  maxPerMinute: number;
  /** Refresh calls that did not answer 200 (429s, 401s): must be 0. */
  failed: number;
  /** States of the tabs at the end (all `signed-in`). */
  finalStates: string[];
}

/** Refresh calls for `tabs` signed-in tabs over `hours` of simulated time. */
export async function measureRefreshes({
  hours = 8,
  accessLifetimeMinutes = 5,
  tabs = 1,
}: { hours?: number; accessLifetimeMinutes?: number; tabs?: number } = {}): Promise<RefreshBenchResult> {
  const world = createBenchWorld({ tabs, accessLifetimeMinutes });
  try {
    await world.signIn();
    const start = world.clock.now();
    // Step through time as a page would (timers fire inside each step).
    for (let elapsed = 0; elapsed < hours * 60 * MINUTE; elapsed += MINUTE) await world.clock.advance(MINUTE);
    const calls = world.simulator.requestLog().filter((e) => e.path === '/api/v2/my/refresh' && e.time >= start);
    return {
      refreshes: calls.length,
      refreshesPerHour: Math.round((calls.length / hours) * 10) / 10,
      maxPerMinute: maxPerMinute(calls.map((c) => c.time)),
      failed: calls.filter((c) => c.status !== 200).length,
      finalStates: world.tabs.map((tab) => tab.getSnapshot().state),
    };
  } finally {
    world.dispose();
  }
}

export interface Concurrent401Result {
  networkRefreshes: number;
  /** Requests that ended 200 after their replay. */
  succeeded: number;
  /** Calls to the protected endpoint (N first tries + N replays). */
  protectedCalls: number;
}

/** A burst of `requests` concurrent `authFetch` calls over `tabs` tabs, all meeting a 401 first. */
export async function measureConcurrent401({
  requests = 20,
  tabs = 1,
}: { requests?: number; tabs?: number } = {}): Promise<Concurrent401Result> {
  const world = createBenchWorld({ tabs, accessLifetimeMinutes: 5 });
  try {
    await world.signIn();
    await world.clock.advance(30_000);
    // The server now sees the access token as expired; the tabs still trust it (their clock says 30 s).
    world.setServerSkew(5 * MINUTE);
    const before = world.simulator.requestLog().length;
    const pending = Array.from({ length: requests }, (_, i) =>
      world.tabs[i % world.tabs.length]!.authFetch(`${BASE}/api/v2/my/profile`),
    );
    await world.clock.advance(5_000);
    const responses = await Promise.all(pending);
    const log = world.simulator.requestLog().slice(before);
    return {
      networkRefreshes: log.filter((e) => e.path === '/api/v2/my/refresh').length,
      succeeded: responses.filter((r) => r.status === 200).length,
      protectedCalls: log.filter((e) => e.path === '/api/v2/my/profile').length,
    };
  } finally {
    world.dispose();
  }
}

/** Rows for `npm run bench` (scripts/bench.mjs loads this module and calls `bench()`). */
export async function bench(): Promise<Array<Record<string, string | number>>> {
  const burst1 = await measureConcurrent401({ requests: 20, tabs: 1 });
  const burst6 = await measureConcurrent401({ requests: 60, tabs: 6 });
  const one = await measureRefreshes({ hours: 8, accessLifetimeMinutes: 5, tabs: 1 });
  const six = await measureRefreshes({ hours: 8, accessLifetimeMinutes: 5, tabs: 6 });
  return [
    { area: 'session', measure: 'network refreshes, 20 concurrent 401s in 1 tab', value: burst1.networkRefreshes, target: '1' },
    { area: 'session', measure: 'network refreshes, 60 concurrent 401s over 6 tabs', value: burst6.networkRefreshes, target: '1' },
    { area: 'session', measure: 'refreshes/hour, 1 tab, 5-min tokens, 8 h', value: one.refreshesPerHour, target: '≈12-14' },
    { area: 'session', measure: 'max refreshes in any minute, 1 tab', value: one.maxPerMinute, target: '≤ 5' },
    { area: 'session', measure: 'refreshes/hour, 6 tabs, 5-min tokens, 8 h', value: six.refreshesPerHour, target: '≈12-14' },
    { area: 'session', measure: 'max refreshes in any minute, 6 tabs', value: six.maxPerMinute, target: '≤ 5' },
    { area: 'session', measure: 'failed refresh calls (429/401), 6 tabs, 8 h', value: six.failed, target: '0' },
  ];
}
