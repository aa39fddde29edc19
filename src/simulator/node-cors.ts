/**
 * Who may talk to the Node server from a browser. The API (`/api/v2/my`) gets CORS headers for
 * `corsOrigin`; the dev endpoints (`/__sim`: the outbox's codes, the config) get none unless
 * `devCorsOrigin` names the origin, and a request to them from any other origin is refused
 * outright (a no-CORS `POST /__sim/reset` needs no preflight, so headers alone would not do).
 */
import type { IncomingHttpHeaders } from 'node:http';

/** One origin, a list, or `'*'`; an empty list allows none. */
export type OriginList = string | readonly string[];

const asList = (allowed: OriginList): readonly string[] => (typeof allowed === 'string' ? [allowed] : allowed);

/**
 * Why an origin list is unusable, or null: each entry must be an exact origin
 * (`http://localhost:5173`, no path or trailing slash, which would never match), or `'*'` where
 * `allowAny` (the API; never the dev endpoints, whose answers hold one-time codes).
 */
export function originListProblem(allowed: OriginList, allowAny: boolean): string | null {
  for (const entry of asList(allowed)) {
    if (entry === '*') {
      if (!allowAny) return "'*' is not allowed here: name each origin.";
      continue;
    }
    let origin: string | null = null;
    try {
      origin = new URL(entry).origin;
    } catch {
      // not a URL
    }
    if (origin !== entry) return `Not an origin (scheme://host[:port], nothing after): ${entry}`;
  }
  return null;
}

/** The `Access-Control-Allow-Origin` value for `origin`, or null when it is not allowed. */
export function allowedOrigin(allowed: OriginList, origin: string | undefined): string | null {
  const list = asList(allowed);
  if (list.includes('*')) return '*';
  return origin && list.includes(origin) ? origin : null;
}

/** CORS headers of an answer to `origin`, or none when the origin is not allowed. */
export function corsHeaders(allowed: OriginList, origin: string | undefined): Record<string, string> {
  const allowOrigin = allowedOrigin(allowed, origin);
  if (!allowOrigin) return {};
  return {
    'Access-Control-Allow-Origin': allowOrigin,
    'Access-Control-Expose-Headers': 'Retry-After',
    ...(allowOrigin === '*' ? {} : { Vary: 'Origin' }),
  };
}

/** The extra headers of a preflight answer, given the CORS headers chosen for it. */
export const preflightHeaders = (cors: Record<string, string>): Record<string, string> =>
  cors['Access-Control-Allow-Origin']
    ? {
        ...cors,
        'Access-Control-Allow-Methods': 'GET, POST, PUT, OPTIONS',
        'Access-Control-Allow-Headers': 'Content-Type, Authorization, Accept-Language',
        'Access-Control-Max-Age': '600',
      }
    : {};

const LOOPBACK_HOST = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])(?::\d+)?$/i;

/**
 * Why a dev-endpoint request is refused (403), or null when it may proceed: an `Origin` that is
 * neither the server's own nor in `devCorsOrigin`; a browser's `Sec-Fetch-Site: cross-site`
 * without such an origin; or, on a loopback server, a `Host` that is not a loopback name (a
 * DNS-rebinding page reaches 127.0.0.1 under its own name).
 */
export function devRequestRefusal(headers: IncomingHttpHeaders, devCorsOrigin: OriginList, loopbackOnly: boolean): string | null {
  const host = headers.host ?? '';
  if (loopbackOnly && !LOOPBACK_HOST.test(host)) return 'The dev endpoints answer only under a loopback host name.';
  const origin = headers.origin;
  const allowed = origin !== undefined && allowedOrigin(devCorsOrigin, origin) !== null;
  if (origin !== undefined && !allowed && !isSameOrigin(origin, host)) {
    return 'The dev endpoints do not answer other origins (see devCorsOrigin).';
  }
  if (headers['sec-fetch-site'] === 'cross-site' && !allowed) return 'The dev endpoints do not answer other sites.';
  return null;
}

function isSameOrigin(origin: string, host: string): boolean {
  try {
    const url = new URL(origin);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.host === host.toLowerCase();
  } catch {
    return false;
  }
}

/** Whether `host` (what the server binds) is a loopback interface. */
export const isLoopbackBind = (host: string): boolean => LOOPBACK_HOST.test(host.includes(':') && !host.startsWith('[') ? `[${host}]` : host);
