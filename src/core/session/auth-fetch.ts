/**
 * Request plumbing for `authFetch`: which URLs get the Bearer, and building each attempt from
 * the caller's untouched input so a 401 can be replayed once with the new token.
 */

/** The URL a fetch input points at, resolved against the page when relative. */
export function resolveUrl(input: RequestInfo | URL): URL | null {
  const raw = input instanceof URL ? input.href : typeof input === 'string' ? input : input.url;
  try {
    return new URL(raw, globalThis.location?.href);
  } catch {
    return null;
  }
}

/**
 * Default trust rule: the origin of the client's `baseUrl`, or of the page when it is empty.
 * A token never goes to a third-party host by accident.
 */
export function defaultTrustedUrl(baseUrl: string): (url: URL) => boolean {
  let origin: string | null = null;
  try {
    origin = new URL(baseUrl || globalThis.location?.href || '').origin;
  } catch {
    origin = null;
  }
  return (url) => origin !== null && origin !== 'null' && url.origin === origin;
}

/** Whether the request can be sent twice (a streamed body cannot). */
export function isReplayable(input: RequestInfo | URL, init?: RequestInit): boolean {
  if (typeof ReadableStream !== 'undefined' && init?.body instanceof ReadableStream) return false;
  if (typeof Request !== 'undefined' && input instanceof Request && input.bodyUsed) return false;
  return true;
}

/**
 * One attempt: the caller's input (a `Request` is cloned, so the original stays unread for the
 * replay) with `Authorization: Bearer <token>` when `token` is given.
 */
export function buildAttempt(
  input: RequestInfo | URL,
  init: RequestInit | undefined,
  token: string | null,
): [RequestInfo | URL, RequestInit | undefined] {
  const isRequest = typeof Request !== 'undefined' && input instanceof Request;
  if (token === null) return [isRequest ? input.clone() : input, init];
  const headers = new Headers(init?.headers ?? (isRequest ? input.headers : undefined));
  headers.set('Authorization', `Bearer ${token}`);
  return [isRequest ? input.clone() : input, { ...init, headers }];
}
