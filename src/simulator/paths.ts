/** Where a request path belongs: the contract (`/api/v2/my`) or the dev endpoints (`/__sim`). */

/** The contract's prefix. */
export const API_PREFIX = '/api/v2/my';
/** The dev endpoints' prefix. */
export const DEV_PREFIX = '/__sim';

/** Splits a pathname into its scope and the path inside it (a base path before `/api` is allowed). */
export function locate(pathname: string): { scope: 'api' | 'dev'; path: string } | null {
  const api = pathname.indexOf(API_PREFIX);
  if (api >= 0) {
    const rest = pathname.slice(api + API_PREFIX.length);
    if (rest === '' || rest.startsWith('/')) return { scope: 'api', path: rest.replace(/\/+$/, '') || '/' };
  }
  const dev = pathname.indexOf(DEV_PREFIX);
  if (dev >= 0) {
    const rest = pathname.slice(dev + DEV_PREFIX.length);
    if (rest === '' || rest.startsWith('/')) return { scope: 'dev', path: rest.replace(/\/+$/, '') || '/' };
  }
  return null;
}

/**
 * The scope of a raw request target (`req.url` of Node), normalized exactly as the fetch handler
 * will see it (`..` and `%2e%2e` segments resolved), so a guard and the handler never disagree.
 */
export function scopeOfTarget(target: string | undefined): 'api' | 'dev' | null {
  try {
    return locate(new URL(target ?? '/', 'http://localhost').pathname)?.scope ?? null;
  } catch {
    return null;
  }
}
