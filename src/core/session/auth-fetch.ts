/**
 * Request plumbing for `authFetch`: which URLs get the Bearer, and building each attempt from
 * the caller's untouched input so a 401 can be replayed once with the new token.
 */

/**
 * The base `fetch` resolves a relative URL against: the document's base URL (a `<base href>`
 * changes it), else the page's address; nothing outside a browser.
 */
function documentBase(): string | undefined {
  const doc = (globalThis as { document?: { baseURI?: string } }).document;
  return doc?.baseURI || globalThis.location?.href || undefined;
}

/**
 * The URL a fetch input points at, resolved once against the document's base URL, exactly as
 * `fetch` would. `authFetch` checks this URL and then fetches this very URL, so a `<base href>`
 * to another host can never make the checked URL and the sent one differ. A `Request` is
 * already absolute (the browser resolved it when it was built), so its `url` is used as is.
 */
export function resolveUrl(input: RequestInfo | URL): URL | null {
  const raw = input instanceof URL ? input.href : typeof input === 'string' ? input : input.url;
  try {
    return new URL(raw, documentBase());
  } catch {
    return null;
  }
}

const isRequest = (input: RequestInfo | URL): input is Request => typeof Request !== 'undefined' && input instanceof Request;

/**
 * Default trust rule: the origin of the client's `baseUrl`, or of the page when it is empty.
 * A token never goes to a third-party host by accident.
 */
export function defaultTrustedUrl(baseUrl: string): (url: URL) => boolean {
  const origin = apiOrigin(baseUrl);
  return (url) => origin !== null && origin !== 'null' && url.origin === origin;
}

/**
 * The API origin: of the client's `baseUrl`, or of the page when it is empty (same origin);
 * `null` when neither gives one (an empty `baseUrl` outside a browser).
 */
export function apiOrigin(baseUrl: string): string | null {
  try {
    return new URL(baseUrl || globalThis.location?.href || '').origin;
  } catch {
    return null;
  }
}

/** Whether the request can be sent twice (a streamed body cannot). */
export function isReplayable(input: RequestInfo | URL, init?: RequestInit): boolean {
  if (typeof ReadableStream !== 'undefined' && init?.body instanceof ReadableStream) return false;
  if (isRequest(input) && input.bodyUsed) return false;
  return true;
}

/**
 * One attempt at the resolved `url`: a string or `URL` input becomes `url.href` itself; a
 * `Request` (whose `url` is `url`) is cloned, so the original stays unread for the replay.
 * `Authorization: Bearer <token>` is added when `token` is given.
 */
export function buildAttempt(
  input: RequestInfo | URL,
  url: URL,
  init: RequestInit | undefined,
  token: string | null,
): [RequestInfo | URL, RequestInit | undefined] {
  const target = isRequest(input) ? input.clone() : url.href;
  if (token === null) return [target, init];
  const headers = new Headers(init?.headers ?? (isRequest(input) ? input.headers : undefined));
  headers.set('Authorization', `Bearer ${token}`);
  return [target, { ...init, headers }];
}
