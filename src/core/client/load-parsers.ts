/**
 * The response parsers, and zod and the wire schemas with them, are a chunk of their own: a page
 * showing the credentials form does not download or evaluate them before it is interactive.
 * `request` starts loading them with the first request, so they arrive while it is in flight.
 */
import type * as parsers from './map-response';

export type Parsers = typeof parsers;

let loading: Promise<Parsers> | undefined;

/** The parsers module, fetched once; a failed fetch (offline) is tried again on the next call. */
export function loadParsers(): Promise<Parsers> {
  loading ??= import('./map-response').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
