/**
 * The one request function. It never retries (the server's throttle counts every call) and it
 * rejects only with `SignInError`, whose payload never holds a request body, a token or a body
 * the server sent back.
 */
import { SignInError, type SignInErrorDetail } from './errors';
import { InvalidBody, type Parser } from './map-response';
import type { SignInClientOptions } from './types';
import { errorEnvelopeSchema } from './wire-schemas';

/** One call: the path under `/api/v2/my`, an optional JSON body and Bearer token. */
export interface RequestSpec {
  method: 'GET' | 'POST';
  path: string;
  body?: Record<string, unknown>;
  bearer?: string;
  signal?: AbortSignal | undefined;
}

const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_RETRY_AFTER_S = 600;

/**
 * `Retry-After` as seconds: delta-seconds or an HTTP date (relative to `now`); default 600
 * (the documented block) when missing or unreadable.
 */
export function parseRetryAfter(value: string | null, now = Date.now()): number {
  const v = value?.trim() ?? '';
  if (/^\d+$/.test(v)) return Number(v);
  // HTTP dates name a month; this keeps V8's lenient Date.parse from reading "-5" as a year.
  const at = /[a-z]{3}/i.test(v) ? Date.parse(v) : NaN;
  return Number.isNaN(at) ? DEFAULT_RETRY_AFTER_S : Math.max(0, Math.ceil((at - now) / 1000));
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
 * Sends `spec` and parses a 2xx JSON body with `parse` (`null`: ignore the body).
 * Maps failures to `SignInError` kinds: network, timeout, aborted, unauthorized, rate-limited,
 * http, invalid-response.
 */
export async function request<T>(
  options: SignInClientOptions,
  spec: RequestSpec,
  parse: Parser<T> | null,
): Promise<T> {
  const { path, signal } = spec;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const fail = (detail: SignInErrorDetail) => new SignInError(detail, path);
  if (signal?.aborted) throw fail({ kind: 'aborted' });

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
  const timer =
    timeoutMs > 0 && timeoutMs < 2 ** 31
      ? setTimeout(() => halt({ kind: 'timeout', timeoutMs }), timeoutMs)
      : undefined;

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
      const url = `${options.baseUrl}/api/v2/my${path}`;
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
    try {
      return interpret(response, body, parse, fail, secretsOf(spec));
    } catch (e) {
      // The last net: nothing but a SignInError ever leaves the client.
      if (e instanceof SignInError) throw e;
      throw fail({ kind: 'invalid-response', status: response.status, reason: 'unreadable response' });
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/** The secrets a call carries: the Bearer token and body values under password/code/token keys. */
function secretsOf(spec: RequestSpec): string[] {
  const values = Object.entries(spec.body ?? {}).flatMap(([key, value]) =>
    /pass|code|token/i.test(key) && typeof value === 'string' ? [value] : [],
  );
  return [...values, spec.bearer ?? ''].filter((v) => v.length > 0);
}

function interpret<T>(
  response: Response,
  body: string,
  parse: Parser<T> | null,
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

  const envelope = errorEnvelopeSchema.safeParse(json);
  const error = envelope.success ? envelope.data.error : null;
  const serverCode = error?.code ?? null;
  // A server may echo what it was sent ("code 123456 expired"): blank our secrets out.
  const scrub = (text: string) => secrets.reduce((out, secret) => out.split(secret).join('***'), text);
  const serverMessage = error ? scrub(error.message) : null;
  if (status === 401) throw fail({ kind: 'unauthorized', status, serverCode, serverMessage });
  if (status === 429) {
    const retryAfterSeconds = parseRetryAfter(response.headers.get('retry-after'));
    throw fail({ kind: 'rate-limited', status, retryAfterSeconds, serverMessage });
  }
  const details = (error?.details ?? []).map((d) => ({ ...d, issue: scrub(d.issue) }));
  // A 503 that says when it is back is maintenance: the flow counts down instead of failing.
  const retryAfter = status === 503 ? response.headers.get('retry-after') : null;
  const retryAfterSeconds = retryAfter === null ? 0 : parseRetryAfter(retryAfter);
  throw fail({ kind: 'http', status, serverCode, serverMessage, details, ...(retryAfterSeconds > 0 ? { retryAfterSeconds } : {}) });
}
