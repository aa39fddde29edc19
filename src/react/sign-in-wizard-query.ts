import { queryOptions, type Query, type QueryClient, type QueryKey } from '@tanstack/react-query';
import type { SignInClient, WizardStep } from '../core/client/types';

/**
 * The query of a fresh sign-in wizard, for a router loader to start it before the flow renders:
 * `queryClient.prefetchQuery(signInWizardQueryOptions(client))`. A `<SignInFlow>` (or
 * `useSignInFlow`) given the same `queryClient` and a client with the same `baseUrl` takes that
 * wizard instead of asking for one, then removes it from the cache: a wizard uuid is
 * single-use, so a remount or a restart gets a fresh one. Never refetched on focus, reconnect
 * or mount, never retried.
 *
 * @example
 * ```ts
 * // TanStack Router
 * loader: ({ context: { queryClient } }) => queryClient.prefetchQuery(signInWizardQueryOptions(client)),
 * ```
 */
export function signInWizardQueryOptions(client: SignInClient) {
  return wizardQuery(client, ['b2core-sign-in', 'wizard', client.baseUrl] as const);
}

/** A wizard query under `queryKey`: fetched once, never again by itself. */
function wizardQuery<K extends QueryKey>(client: SignInClient, queryKey: K) {
  return queryOptions({
    queryKey,
    queryFn: ({ signal }) => client.wizard({ signal }),
    // Never stale, so never refetched (mount, focus, reconnect): a refetch is a new uuid.
    staleTime: Infinity,
    retry: false,
  });
}

/** Prefetched wizards a flow has taken: two flows on one page never share a uuid. */
const taken = new WeakSet<Query>();
/** Numbers the flow's own wizard queries (each a uuid of its own). */
let loads = 0;

/**
 * A flow's `loadWizard` through the host's `QueryClient`: a prefetched wizard is taken once;
 * otherwise a query of the flow's own. Either leaves the cache when it settles.
 */
export function queryWizardLoader(queryClient: QueryClient, client: SignInClient): (signal: AbortSignal) => Promise<WizardStep> {
  const shared = signInWizardQueryOptions(client);
  return async (signal) => {
    const cache = queryClient.getQueryCache();
    const prefetched = cache.find({ queryKey: shared.queryKey, exact: true });
    const isTaking = prefetched !== undefined && !taken.has(prefetched);
    if (isTaking) taken.add(prefetched);
    const key: QueryKey = isTaking ? shared.queryKey : [...shared.queryKey, ++loads];
    const fetching = queryClient.fetchQuery(wizardQuery(client, key));
    // The very query this flow fetches: cancelled on abort, removed once settled.
    const query = cache.find({ queryKey: key, exact: true });
    const cancel = () => void query?.cancel();
    signal.addEventListener('abort', cancel);
    try {
      return await fetching;
    } finally {
      signal.removeEventListener('abort', cancel);
      if (query) cache.remove(query);
    }
  };
}
