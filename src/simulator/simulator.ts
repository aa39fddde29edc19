import { MAX_LOGGED_PATH_CHARS, MAX_REQUEST_LOG } from './caps';
import { defaultConfig, mergeConfig, type SimulatorConfig } from './config';
import { assertConfigPatch } from './config-validation';
import { delay, faultResponse, hangUntilAborted, takeFault } from './faults';
import { badPathEncoding, decodeSegment, fail } from './http';
import { approveByEmail, channelStatus, createChannel, exchangeAuthorizationToken, issueAuthorizationToken } from './routes-qr';
import { locate } from './paths';
import { handleDev } from './routes-dev';
import { profile, refresh, signOut } from './routes-session';
import { chooseTwoFactor, resetPassword, restorePassword, signIn, startWizard, verifyCode } from './routes-wizard';
import { appendCapped } from './bounded-collections';
import { sweepExpired } from './retention';
import { createState, type SimState } from './state';
import type { Simulator, SimulatorOptions } from './types';


type Route = (state: SimState, request: Request, params: string[]) => Response | Promise<Response>;

/** The contract's methods, keyed `METHOD path`; `{id}` segments are matched by the regex table. */
const routes: Record<string, Route> = {
  'GET /signin/wizard': (state) => startWizard(state),
  'POST /signin': signIn,
  'POST /signin/2fa': chooseTwoFactor,
  'POST /2fa/google': (state, request) => verifyCode(state, request, 'google'),
  'POST /2fa/sms': (state, request) => verifyCode(state, request, 'sms'),
  'POST /2fa/email': (state, request) => verifyCode(state, request, 'email'),
  'POST /signin/password/restore': restorePassword,
  'POST /signin/password/reset': resetPassword,
  'POST /refresh': refresh,
  'POST /signout': signOut,
  'GET /profile': profile,
  'GET /signin/qrcodes': createChannel,
  'POST /signin/qrcodes': exchangeAuthorizationToken,
  'POST /signin/tokens': issueAuthorizationToken,
};
const patternRoutes: Array<[string, RegExp, Route]> = [
  [
    'GET',
    /^\/signin\/qrcodes\/([^/]+)$/,
    (state, _request, [id]) => {
      const decoded = decodeSegment(id ?? '');
      return decoded === null ? badPathEncoding() : channelStatus(state, decoded);
    },
  ],
];

function route(method: string, path: string): { handler: Route; params: string[] } | 'wrong-method' | null {
  const exact = routes[`${method} ${path}`];
  if (exact) return { handler: exact, params: [] };
  for (const [routeMethod, pattern, handler] of patternRoutes) {
    const match = pattern.exec(path);
    if (match && routeMethod === method) return { handler, params: match.slice(1) };
  }
  const known =
    Object.keys(routes).some((key) => key.slice(key.indexOf(' ') + 1) === path) ||
    patternRoutes.some(([, pattern]) => pattern.test(path));
  return known ? 'wrong-method' : null;
}

/**
 * Creates an in-memory B2Core server: one fetch-style `handle(request)` speaking the real
 * contract under `/api/v2/my`, plus dev endpoints under `/__sim`. Browser-safe.
 *
 * @example
 * ```ts
 * const simulator = createSimulator({ config: { recaptchaEnabled: true } });
 * const response = await simulator.handle(new Request('http://sim.test/api/v2/my/signin/wizard'));
 * const { uuid } = await response.json();
 * ```
 */
export function createSimulator(options: SimulatorOptions = {}): Simulator {
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const initialConfig: SimulatorConfig = mergeConfig(defaultConfig(), assertConfigPatch(options.config ?? {}));
  let state = createState(mergeConfig(initialConfig, undefined), now, random);
  const reset = () => {
    state = createState(mergeConfig(initialConfig, undefined), now, random);
  };

  async function answerApi(request: Request, path: string): Promise<Response> {
    const method = request.method.toUpperCase();
    await delay(state.config.latencyMs, request.signal);
    const fault = takeFault(state.config.faults, method, path);
    if (fault === 'hang') return hangUntilAborted(request.signal);
    if (fault) return faultResponse(fault);
    const found = route(method, path);
    if (found === null) return fail(404, 404, 'Not found.');
    if (found === 'wrong-method') return fail(405, 405, 'Method not allowed.');
    try {
      return await found.handler(state, request, found.params);
    } catch {
      // Never echo the request (it may hold secrets): a bare 500 envelope.
      return fail(500, 500, 'Internal simulator error.');
    }
  }

  const simulator: Simulator = {
    async handle(request) {
      const url = new URL(request.url);
      const located = locate(url.pathname);
      if (!located) return fail(404, 404, 'Not found.');
      if (located.scope === 'dev') {
        try {
          return await handleDev(state, request, located.path, reset);
        } catch {
          return fail(500, 500, 'Internal simulator error.');
        }
      }
      sweepExpired(state);
      const entry = { method: request.method.toUpperCase(), path: url.pathname.slice(0, MAX_LOGGED_PATH_CHARS), status: 0, time: now() };
      // The entry is logged before the answer so a hanging request still shows up (status 0).
      appendCapped(state.log, entry, MAX_REQUEST_LOG);
      const response = await answerApi(request, located.path);
      entry.status = response.status;
      return response;
    },
    get config() {
      return mergeConfig(state.config, undefined);
    },
    setConfig(patch) {
      state.config = mergeConfig(state.config, assertConfigPatch(patch));
    },
    reset,
    outbox: () => state.outbox.map((entry) => ({ ...entry })),
    requestLog: () => state.log.map((entry) => ({ ...entry })),
    sizes: () => ({
      requestLog: state.log.length,
      outbox: state.outbox.length,
      wizards: state.wizards.size,
      qrChannels: state.channels.size,
      tokens: state.tokens.size,
      rateLimitBuckets: state.limiter.size,
    }),
    approveQr(channelId, email) {
      const result = approveByEmail(state, channelId, email);
      if (!result.ok) throw new Error(`Cannot approve QR channel: HTTP ${result.response.status}`);
      return { authorizationToken: result.authorizationToken };
    },
  };
  return simulator;
}
