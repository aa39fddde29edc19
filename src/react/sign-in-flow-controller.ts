import type { QueryClient } from '@tanstack/react-query';
import type { SignInClient } from '../core/client/types';
import type { SignInFlowActions, SignInFlowOptions, SignInFlowSnapshot } from '../core/flow/sign-in-flow-types';

/** Options of `useSignInFlow`: those of `createSignInFlow`, read once on mount (the callbacks whenever they fire). */
export interface UseSignInFlowOptions extends Pick<SignInFlowOptions, 'resendCooldownSeconds' | 'onSuccess' | 'onUnknownStep' | 'onEvent'> {
  /** The B2Core host (`''` = same origin). Required unless `client` is given. */
  baseUrl?: string;
  /** A ready client (tests, a shared instance); `baseUrl` and `timeoutMs` are then ignored. */
  client?: SignInClient;
  /** UI locale, sent as `Accept-Language` (default: the best match of `navigator.languages`). */
  locale?: string;
  /** Milliseconds before a request fails with kind `timeout`. Default 15 000. */
  timeoutMs?: number;
  /** A host `QueryClient`: wizards load through it, and one prefetched with `signInWizardQueryOptions` is used. */
  queryClient?: QueryClient;
}

/** State and actions of a sign-in flow: everything `<SignInFlow>` renders from. Inside a `<SessionProvider>` the session receives the tokens first. */
export interface SignInFlowController extends SignInFlowSnapshot, SignInFlowActions {
  client: SignInClient;
}
