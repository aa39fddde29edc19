/**
 * A simulator server for one test worker: a free port, a fresh state, and the dev-endpoint
 * controls. Node only (it listens on a socket).
 */
import { startSimulatorServer, type SimulatorServer, type SimulatorServerOptions } from '../simulator/node';
import { simulatorControl, type SimulatorControl } from './simulator-control';

/** A running simulator for tests: the controls plus the in-process simulator and `close()`. */
export interface TestSimulator extends SimulatorControl {
  /** The server (its `simulator` can also be driven in-process: `server.simulator.outbox()`). */
  readonly server: SimulatorServer;
  /** Stops the server, ending open connections (hanging faults included). */
  close(): Promise<void>;
}

/**
 * Starts the simulator on 127.0.0.1 and a free port (never a fixed one: parallel workers and
 * other suites run at the same time). Call `reset()` between tests; `close()` after the last.
 * The app under test talks to `simulator.url` (CORS allows any origin unless `corsOrigin` says
 * otherwise).
 *
 * @example
 * ```ts
 * // Playwright: one simulator per worker, reset before each test.
 * export const test = base.extend<{ resetSimulator: void }, { simulator: TestSimulator }>({
 *   simulator: [async ({}, use) => { const sim = await startTestSimulator(); await use(sim); await sim.close(); }, { scope: 'worker' }],
 *   resetSimulator: [async ({ simulator }, use) => { await simulator.reset(); await use(); }, { auto: true }],
 * });
 * ```
 */
export async function startTestSimulator(options: Omit<SimulatorServerOptions, 'port'> = {}): Promise<TestSimulator> {
  const server = await startSimulatorServer({ ...options, port: 0 });
  return { ...simulatorControl(server.url), server, close: () => server.close() };
}
