/**
 * The simulator behind an MSW server in Node (Vitest, Jest): every `fetch` to `{baseUrl}/api/v2/my/*`
 * and `{baseUrl}/__sim/*` is answered by the simulator. `msw` is an optional peer, loaded here
 * only when this function runs.
 */
import type { HttpHandler } from 'msw';
import type { SetupServer } from 'msw/node';
import type { SimulatorConfigPatch } from '../../simulator/config';
import { createSimulator } from '../../simulator/simulator';
import type { OutboxEntry, Simulator } from '../../simulator/types';

/** Options of {@link startSimulatorMsw}. */
export interface SimulatorMswOptions {
  /** The API origin your app calls, e.g. `https://broker.test`. Default `''` (any origin's `/api/v2/my/*`). */
  baseUrl?: string;
  simulator?: Simulator;
  config?: SimulatorConfigPatch;
  /** MSW's `onUnhandledRequest`. Default `'bypass'`. */
  onUnhandledRequest?: 'bypass' | 'warn' | 'error';
}

/** A listening MSW server answered by the simulator. */
export interface SimulatorMsw {
  simulator: Simulator;
  /** The MSW handlers (add them to a server of your own instead, if you have one). */
  handlers: HttpHandler[];
  server: SetupServer;
  outbox(): OutboxEntry[];
  /** Stops intercepting (`server.close()`). */
  close(): void;
}

/**
 * Starts an MSW server in Node whose handlers are the simulator's.
 *
 * @example
 * ```ts
 * let msw: SimulatorMsw;
 * beforeAll(async () => { msw = await startSimulatorMsw({ baseUrl: 'https://broker.test' }); });
 * afterEach(() => msw.simulator.reset());
 * afterAll(() => msw.close());
 * ```
 */
export async function startSimulatorMsw(options: SimulatorMswOptions = {}): Promise<SimulatorMsw> {
  const [{ setupServer }, { createSimulatorHandlers }] = await Promise.all([import('msw/node'), import('../../simulator/msw')]);
  const simulator = options.simulator ?? createSimulator({ config: options.config });
  const handlers = createSimulatorHandlers(simulator, { baseUrl: options.baseUrl ?? '' });
  const server = setupServer(...handlers);
  server.listen({ onUnhandledRequest: options.onUnhandledRequest ?? 'bypass' });
  return { simulator, handlers, server, outbox: () => simulator.outbox(), close: () => server.close() };
}
