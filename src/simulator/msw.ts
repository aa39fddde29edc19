import { http, type HttpHandler } from 'msw';
import type { Simulator } from './types';

/**
 * MSW 2 handlers that forward every request under `{baseUrl}/api/v2/my/*` and
 * `{baseUrl}/__sim/*` to `simulator.handle`.
 *
 * @example
 * ```ts
 * const simulator = createSimulator();
 * const worker = setupWorker(...createSimulatorHandlers(simulator, { baseUrl: 'https://broker.test' }));
 * ```
 */
export function createSimulatorHandlers(simulator: Simulator, options: { baseUrl?: string } = {}): HttpHandler[] {
  const base = (options.baseUrl ?? '').replace(/\/+$/, '');
  const forward = ({ request }: { request: Request }) => simulator.handle(request);
  return [http.all(`${base}/api/v2/my/*`, forward), http.all(`${base}/__sim/*`, forward)];
}
