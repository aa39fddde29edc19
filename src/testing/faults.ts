/**
 * Fault presets: the failures a real deployment shows (a proxy's HTML error page, a 502, a
 * 429 with `Retry-After`, a request that never answers), injected through `PUT /__sim/config`.
 * Each adds one rule to the simulator's fault list and keeps the rules already there.
 */
import { serverErrorCodes } from '../core/client/server-codes';
import type { FaultResponse, FaultRule } from '../simulator/config';
import { simulatorControl, type SimulatorControl } from './simulator-control';

/** Which requests a fault hits. */
export interface FaultTarget {
  /** An API path relative to `/api/v2/my` (`/signin`), or with a trailing `*` for a prefix (`/signin/qrcodes*`). */
  path: string;
  /** `GET`, `POST`, ...; any method when omitted. */
  method?: string;
  /** How many matching requests fail before the rule is used up. Default 1. */
  count?: number;
}

/** A simulator to inject into: its controls, or its base URL. */
export type FaultSimulator = Pick<SimulatorControl, 'config' | 'configure'> | string;

const controlOf = (simulator: FaultSimulator) => (typeof simulator === 'string' ? simulatorControl(simulator) : simulator);

/**
 * Adds one fault rule (any response, or `'hang'`) after the rules already configured.
 *
 * @example
 * ```ts
 * await injectFault(simulator, { path: '/signin', method: 'POST' }, { status: 503, body: 'empty' });
 * ```
 */
export async function injectFault(simulator: FaultSimulator, target: FaultTarget, respond: FaultResponse | 'hang'): Promise<void> {
  const count = target.count ?? 1;
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`A fault's count must be a whole number of at least 1, got ${count}.`);
  const control = controlOf(simulator);
  const { faults } = await control.config();
  const rule: FaultRule = { path: target.path, count, respond, ...(target.method ? { method: target.method.toUpperCase() } : {}) };
  await control.configure({ faults: [...faults, rule] });
}

/** A reverse proxy's HTML error page (nginx's "502 Bad Gateway", `text/html`) instead of JSON. */
export function proxyHtmlFault(simulator: FaultSimulator, target: FaultTarget, status = 502): Promise<void> {
  return injectFault(simulator, target, { status, body: 'html' });
}

/** A 502 with the API's JSON error envelope: the server itself is failing. */
export function badGatewayFault(simulator: FaultSimulator, target: FaultTarget): Promise<void> {
  return injectFault(simulator, target, { status: 502 });
}

/** A 429 with `Retry-After: retryAfterSeconds` (default 30): the flow shows its lockout countdown. */
export function rateLimitFault(simulator: FaultSimulator, target: FaultTarget, retryAfterSeconds = 30): Promise<void> {
  if (!Number.isInteger(retryAfterSeconds) || retryAfterSeconds < 0) {
    throw new RangeError(`Retry-After must be a whole number of seconds, got ${retryAfterSeconds}.`);
  }
  return injectFault(simulator, target, {
    status: 429,
    headers: { 'Retry-After': String(retryAfterSeconds) },
    body: { error: { code: serverErrorCodes.tooManyAttempts, message: 'Too many attempts.' } },
  });
}

/** A request that never answers until the page aborts it (the flow's timeout, or unmounting). */
export function hangingFault(simulator: FaultSimulator, target: FaultTarget): Promise<void> {
  return injectFault(simulator, target, 'hang');
}

/** Removes every injected fault that has not fired yet. */
export async function clearFaults(simulator: FaultSimulator): Promise<void> {
  await controlOf(simulator).configure({ faults: [] });
}
