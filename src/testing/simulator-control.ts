/**
 * The simulator's dev endpoints (`/__sim/*`) over HTTP, from a test process. Works against any
 * server that mounts the simulator: `startTestSimulator()`, `startSimulatorServer()`, or a dev
 * server with `simulatorVitePlugin()` (then `baseUrl` is the app's own origin).
 */
import type { SimulatorConfig, SimulatorConfigPatch } from '../simulator/config';
import type { OutboxEntry, RequestLogEntry } from '../simulator/types';

/** Which code to read from the outbox. */
export interface CodeQuery {
  /** `sms` or `email`; any channel when omitted. */
  channel?: OutboxEntry['channel'];
  /** Only codes sent at or after this time (epoch ms of the simulator's clock). */
  since?: number;
}

/** Remote control of a running simulator, through its dev endpoints. */
export interface SimulatorControl {
  /** The origin the simulator answers on (no trailing slash): the flow's `baseUrl`. */
  readonly url: string;
  /** `POST /__sim/reset`: demo accounts, config, no wizards, tokens, codes or logs. */
  reset(): Promise<void>;
  /** `PUT /__sim/config`: merges a patch (nested groups member by member; `faults` replaces the list). */
  configure(patch: SimulatorConfigPatch): Promise<SimulatorConfig>;
  /** `GET /__sim/config`. */
  config(): Promise<SimulatorConfig>;
  /** `GET /__sim/outbox`: every SMS and email code sent, oldest first. */
  outbox(): Promise<OutboxEntry[]>;
  /**
   * The newest code sent to `recipient` (a phone number such as `+1 555 0100`, or an email).
   * Throws a `SimulatorControlError` when there is none.
   */
  latestCode(recipient: string, query?: CodeQuery): Promise<string>;
  /** `GET /__sim/requests`: the API request log (method, path, status, time; never bodies). */
  requests(): Promise<RequestLogEntry[]>;
  /** `POST /__sim/qrcodes/{id}/approve`: plays the signed-in phone for a pending QR channel. */
  approveQr(channelId: string, email: string): Promise<{ authorizationToken: string }>;
}

/** A dev endpoint answered with an error, or was unreachable. */
export class SimulatorControlError extends Error {
  override readonly name = 'SimulatorControlError';
  constructor(
    message: string,
    /** The HTTP status, or 0 when the simulator could not be reached. */
    readonly status: number,
  ) {
    super(message);
  }
}

/** Trims trailing slashes and checks the URL is absolute (a relative one has no host to reach from Node). */
export function normalizeBaseUrl(baseUrl: string): string {
  let parsed: URL;
  try {
    parsed = new URL(baseUrl);
  } catch {
    throw new TypeError(`Expected the simulator's absolute URL (e.g. http://127.0.0.1:4010), got ${JSON.stringify(baseUrl)}.`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new TypeError(`Expected an http(s) URL for the simulator, got ${parsed.protocol}.`);
  }
  return `${parsed.origin}${parsed.pathname}`.replace(/\/+$/, '');
}

/**
 * Controls the simulator at `baseUrl` through its dev endpoints.
 *
 * @example
 * ```ts
 * const sim = simulatorControl('http://127.0.0.1:5173'); // a Vite dev server with simulatorVitePlugin()
 * await sim.reset();
 * await sim.configure({ qrAvailable: false });
 * const code = await sim.latestCode('+1 555 0100');
 * ```
 */
export function simulatorControl(baseUrl: string): SimulatorControl {
  const url = normalizeBaseUrl(baseUrl);
  const call = async <T>(path: string, method: 'GET' | 'POST' | 'PUT' = 'GET', body?: unknown): Promise<T> => {
    let response: Response;
    try {
      response = await fetch(`${url}/__sim${path}`, {
        method,
        headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (error) {
      throw new SimulatorControlError(`${method} ${url}/__sim${path}: the simulator is unreachable (${String(error)}).`, 0);
    }
    const text = await response.text();
    if (!response.ok) throw new SimulatorControlError(`${method} /__sim${path} answered ${response.status}: ${text.slice(0, 300)}`, response.status);
    try {
      return JSON.parse(text) as T;
    } catch {
      throw new SimulatorControlError(`${method} /__sim${path} answered something other than JSON: is a simulator mounted at ${url}?`, response.status);
    }
  };
  const outbox = () => call<OutboxEntry[]>('/outbox');
  return {
    url,
    reset: async () => {
      await call('/reset', 'POST');
    },
    configure: (patch) => call<SimulatorConfig>('/config', 'PUT', patch),
    config: () => call<SimulatorConfig>('/config'),
    outbox,
    latestCode: async (recipient, query = {}) => {
      const sent = (await outbox()).filter(
        (entry) =>
          entry.recipient === recipient &&
          (query.channel === undefined || entry.channel === query.channel) &&
          (query.since === undefined || entry.time >= query.since),
      );
      const last = sent.at(-1);
      if (!last) throw new SimulatorControlError(`No code was sent to ${recipient}.`, 404);
      return last.code;
    },
    requests: () => call<RequestLogEntry[]>('/requests'),
    approveQr: (channelId, email) =>
      call<{ authorizationToken: string }>(`/qrcodes/${encodeURIComponent(channelId)}/approve`, 'POST', { email }),
  };
}
