/**
 * A test world: the B2Core simulator behind MSW (so the real client and `fetch` run), a fake
 * clock, and N sessions as tabs sharing an in-memory channel hub and lock manager.
 */
import { setupServer, type SetupServer } from 'msw/node';
import { vi } from 'vitest';
import { createSignInClient } from '../../core/client';
import type { SignInClient, TokenPair } from '../../core/client/types';
import {
  createMemoryStorage,
  createSession,
  createWebLocksRefreshLock,
  type Session,
  type SessionOptions,
} from '../../core/session';
import { createSimulator, createSimulatorHandlers, DEMO_PASSWORD } from '../../simulator';
import type { Simulator, SimulatorConfigPatch } from '../../simulator';
import { createMemoryHub, createMemoryLocks, type MemoryHub, type MemoryLocks } from './memory-cross-tab';

export const BASE = 'https://broker.test';
export const PROFILE = `${BASE}/api/v2/my/profile`;

export interface World {
  simulator: Simulator;
  client: SignInClient;
  hub: MemoryHub;
  locks: MemoryLocks;
  /** Count of requests to an API path (e.g. `/refresh`) in the simulator's log. */
  count(path: string, status?: number): number;
  /** Log entries of a path (time, status). */
  calls(path: string): Array<{ time: number; status: number }>;
  /** A fresh pair from the simulator (client@example.com, no 2FA). */
  signInTokens(): Promise<TokenPair>;
  /**
   * A session wired as one tab of this world. Its memory storage opts in to sharing across
   * tabs (as the Web Storage adapters do); pass `storage: createMemoryStorage()` for the default
   * where each tab keeps its own pair.
   */
  tab(options?: Partial<SessionOptions>): Session;
  tabs: Session[];
  /** Drops per-test MSW handlers: only the simulator answers again. */
  restoreHandlers(): void;
  dispose(): void;
}

/** One MSW server per test file; `useWorld` swaps the simulator behind it per test. */
let server: SetupServer | null = null;

export function startMsw(): SetupServer {
  const started = setupServer();
  started.listen({ onUnhandledRequest: 'error' });
  server = started;
  return started;
}

/** The running MSW server (for per-test handlers in front of the simulator). */
export function msw(): SetupServer {
  if (!server) throw new Error('startMsw() first');
  return server;
}

export function stopMsw(): void {
  server?.close();
  server = null;
}

export function createWorld(config: SimulatorConfigPatch = {}): World {
  if (!server) throw new Error('startMsw() first');
  const simulator = createSimulator({ now: () => Date.now(), config });
  server.resetHandlers(...createSimulatorHandlers(simulator, { baseUrl: BASE }));
  const client = createSignInClient({ baseUrl: BASE });
  const hub = createMemoryHub();
  const locks = createMemoryLocks();
  const tabs: Session[] = [];
  const apiPath = (path: string) => `/api/v2/my${path}`;
  const world: World = {
    simulator,
    client,
    hub,
    locks,
    count: (path, status) =>
      simulator.requestLog().filter((e) => e.path === apiPath(path) && (status === undefined || e.status === status)).length,
    calls: (path) => simulator.requestLog().filter((e) => e.path === apiPath(path)).map(({ time, status }) => ({ time, status })),
    async signInTokens() {
      const wizard = await client.wizard();
      const step = await client.signIn({ uuid: wizard.uuid, email: 'client@example.com', password: DEMO_PASSWORD });
      if (!step.tokens) throw new Error('expected tokens');
      return step.tokens;
    },
    tab(options = {}) {
      const session = createSession({
        client,
        storage: createMemoryStorage({ isSharedAcrossTabs: true }),
        crossTab: { channel: () => hub.connect(), lock: createWebLocksRefreshLock(locks, 'b2core-sign-in:refresh') },
        wakeSignals: () => () => {},
        ...options,
      });
      tabs.push(session);
      return session;
    },
    tabs,
    restoreHandlers() {
      server?.resetHandlers(...createSimulatorHandlers(simulator, { baseUrl: BASE }));
    },
    dispose() {
      for (const tab of tabs) tab.dispose();
    },
  };
  return world;
}

/** Lets queued promises, microtasks and due timers run, advancing the fake clock by `ms`. */
export async function advance(ms: number): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
}

/** Advances in steps, so chunked waits and wall-clock checks behave as in a running page. */
export async function runFor(ms: number, step = 1_000): Promise<void> {
  for (let elapsed = 0; elapsed < ms; elapsed += step) await vi.advanceTimersByTimeAsync(Math.min(step, ms - elapsed));
}
