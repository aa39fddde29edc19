/**
 * The one request function. It never retries (the server's throttle counts every call) and it
 * rejects only with `SignInError`, whose payload never holds a request body, a token or a body
 * the server sent back.
 */
import { SignInError, type SignInErrorDetail } from './errors';
import { InvalidBody, type Parser } from './invalid-body';
import { loadParsers, type Parsers } from './load-parsers';
import { parseRetryAfter } from './retry-after';
import { createScrubber } from './scrub-secrets';
import type { Timers } from '../timers';
import type { SignInClientOptions } from './types';

/** One call: the path under `/api/v2/my`, an optional JSON body and Bearer token. */
export interface RequestSpec {
  method: 'GET' | 'POST';
  path: string;
  body?: Record<string, unknown>;
  bearer?: string;
  signal?: AbortSignal | undefined;
}

const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * The absolute URL of a call. A relative `baseUrl` (`''` = same origin) is resolved against the
 * page's origin here, never left to `fetch`: fetch resolves against `document.baseURI`, so a
 * `<base href>` to another host would otherwise receive the password and the tokens. In Node
 * (no `location`) a relative URL stays as it is and fetch rejects it as a network error.
 */
export function requestUrl(baseUrl: string, path: string): string {
  const raw = `${baseUrl}/api/v2/my${path}`;
  const origin = globalThis.location?.origin;
  if (!origin || origin === 'null') return raw;
  try {
    return new URL(raw, origin).href;
  } catch {
    return raw;
  }
}

function localeOf(locale: SignInClientOptions['locale']): string {
  try {
    return (typeof locale === 'function' ? locale() : locale) || 'en';
  } catch {
    // A host's locale getter must not break sign-in.
    return 'en';
  }
}

/**
 * Sends `spec` and parses a 2xx JSON body with the parser `pick` chooses (`null`: ignore the
 * body). The parsers module (zod) is loaded alongside the request, not before it.
 * Maps failures to `SignInError` kinds: network, timeout, aborted, unauthorized, rate-limited,
 * http, invalid-response.
 */
export async function request<T>(
  options: SignInClientOptions,
  spec: RequestSpec,
  pick: ((parsers: Parsers) => Parser<T>) | null,
): Promise<T> {
  const { path, signal } = spec;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const fail = (detail: SignInErrorDetail) => new SignInError(detail, path);
  if (signal?.aborted) throw fail({ kind: 'aborted' });
  const parsersLoading = loadParsers();
  parsersLoading.catch(() => {});

  // Our controller aborts the fetch; `stopped` also settles the race when a fetch ignores it.
  const controller = new AbortController();
  let stopError: SignInError | undefined;
  let stop: (e: SignInError) => void = () => {};
  const stopped = new Promise<never>((_, reject) => (stop = reject));
  stopped.catch(() => {});
  const halt = (detail: SignInErrorDetail) => {
    if (stopError) return;
    stop((stopError = fail(detail)));
    controller.abort();
  };
  const onAbort = () => halt({ kind: 'aborted' });
  signal?.addEventListener('abort', onAbort);
  // 0 or Infinity disable the timeout (delays past 2^31-1 ms would otherwise fire at once).
  // The global object is a `Timers` too, read per call; this delay is already below 2^31 ms.
  const timers: Timers = options.timers ?? globalThis;
  const timer =
    timeoutMs > 0 && timeoutMs < 2 ** 31 ? timers.setTimeout(() => halt({ kind: 'timeout', timeoutMs }), timeoutMs) : undefined;

  try {
    let response: Response;
    let body: string;
    try {
      const headers: Record<string, string> = {
        Accept: 'application/json',
        'Accept-Language': localeOf(options.locale),
        ...options.headers,
      };
      if (spec.body) headers['Content-Type'] = 'application/json';
      if (spec.bearer !== undefined) headers.Authorization = `Bearer ${spec.bearer}`;
      // Resolved per call, so a fetch installed after creation (polyfill, test stub) is used.
      const fetchImpl = options.fetch ?? globalThis.fetch;
      const url = requestUrl(options.baseUrl, path);
      response = await Promise.race([
        fetchImpl(url, {
          method: spec.method,
          headers,
          body: spec.body ? JSON.stringify(spec.body) : undefined,
          signal: controller.signal,
        }),
        stopped,
      ]);
      body = await Promise.race([response.text(), stopped]);
    } catch {
      // Whatever the fetch threw (TypeError, AbortError, a host wrapper's own error): classify it.
      throw stopError ?? fail({ kind: 'network' });
    }
    let parsers: Parsers;
    try {
      parsers = await Promise.race([parsersLoading, stopped]);
    } catch {
      // The parsers' chunk did not arrive (offline between two requests): a network failure.
      throw stopError ?? fail({ kind: 'network' });
    }
    try {
      return interpret(response, body, pick?.(parsers) ?? null, parsers, fail, secretsOf(spec));
    } catch (e) {
      // The last net: nothing but a SignInError ever leaves the client.
      if (e instanceof SignInError) throw e;
      throw fail({ kind: 'invalid-response', status: response.status, reason: 'unreadable response' });
    }
  } finally {
    if (timer !== undefined) timers.clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * The secrets a call carries: the Bearer token and body values under password, code, token and
 * reCAPTCHA keys (`recaptchaResponse` is a bearer credential for the reCAPTCHA check).
 */
function secretsOf(spec: RequestSpec): string[] {
  const values = Object.entries(spec.body ?? {}).flatMap(([key, value]) =>
    /pass|code|token|recaptcha/i.test(key) && typeof value === 'string' ? [value] : [],
  );
  return [...values, spec.bearer ?? ''].filter((v) => v.length > 0);
}

function interpret<T>(
  response: Response,
  body: string,
  parse: Parser<T> | null,
  parsers: Parsers,
  fail: (detail: SignInErrorDetail) => SignInError,
  secrets: string[],
): T {
  const { status } = response;
  const invalid = (reason: string) => fail({ kind: 'invalid-response', status, reason });
  let json: unknown;
  let isJson = true;
  try {
    json = JSON.parse(body);
  } catch {
    isJson = false;
  }

  if (status >= 200 && status < 300) {
    if (!parse) return undefined as T;
    if (!isJson) {
      // Only the content type (a header, not a secret) goes into the reason, never the body.
      const type = response.headers.get('content-type')?.split(';')[0] ?? 'none';
      throw invalid(body.trim() ? `body is not JSON (content-type ${type.slice(0, 40)})` : 'empty body');
    }
    try {
      return parse(json);
    } catch (e) {
      throw invalid(e instanceof InvalidBody ? e.reason : 'unreadable body');
    }
  }

  const error = parsers.parseErrorEnvelope(json);
  const serverCode = error?.code ?? null;
  // A server may echo what it was sent ("code 123456 expired"), encoded or not: blank it out.
  const scrub = createScrubber(secrets);
  const serverMessage = error ? scrub(error.message) : null;
  if (status === 401) throw fail({ kind: 'unauthorized', status, serverCode, serverMessage });
  if (status === 429) {
    const retryAfterSeconds = parseRetryAfter(response.headers.get('retry-after'));
    throw fail({ kind: 'rate-limited', status, retryAfterSeconds, serverMessage });
  }
  // At most 20 details: a proxy or a bug may send thousands.
  const details = (error?.details ?? []).slice(0, 20).map((d) => ({ issue: scrub(d.issue), ...(d.field === undefined ? {} : { field: scrub(d.field) }) }));
  // A 503 that says when it is back is maintenance: the flow counts down instead of failing.
  const retryAfter = status === 503 ? response.headers.get('retry-after') : null;
  const retryAfterSeconds = retryAfter === null ? 0 : parseRetryAfter(retryAfter);
  throw fail({ kind: 'http', status, serverCode, serverMessage, details, ...(retryAfterSeconds > 0 ? { retryAfterSeconds } : {}) });
}
