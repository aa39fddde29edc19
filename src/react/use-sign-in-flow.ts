import { useContext, useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { createSignInClient, withLocale } from '../core/client/create-client';
import { createSignInFlow } from '../core/flow/create-sign-in-flow';
import { chooseLocale } from '../i18n/locales';
import { SessionContext } from './session/session-context';
import type { SignInFlowController, UseSignInFlowOptions } from './sign-in-flow-controller';
import { queryWizardLoader } from './sign-in-wizard-query';

export type { SignInFlowEvent } from '../core/flow/funnel-events';
export type { SignInFlowAction } from '../core/flow/sign-in-flow-types';
export type { SignInFlowController, UseSignInFlowOptions } from './sign-in-flow-controller';

// Starts before paint in the browser: the wizard request leaves as soon as the form is committed.
const useBeforePaint = typeof window === 'undefined' ? useEffect : useLayoutEffect;

/**
 * The headless sign-in flow (`createSignInFlow` as React state): the wizard, every step, errors,
 * lockout and restarts, with no markup. `<SignInFlow>` is built on it; use it for a fully custom UI.
 *
 * @example
 * ```tsx
 * function MySignIn() {
 *   const flow = useSignInFlow({ baseUrl: '', onSuccess: (tokens) => save(tokens) });
 *   if (flow.step.kind !== 'credentials') return <Other flow={flow} />;
 *   return (
 *     <form onSubmit={(e) => { e.preventDefault(); const f = new FormData(e.currentTarget);
 *       void flow.signIn({ email: String(f.get('email')), password: String(f.get('password')) }); }}>
 *       <input name="email" autoComplete="username" />
 *       <input name="password" type="password" autoComplete="current-password" />
 *       <button aria-busy={flow.isPending}>Sign in</button>
 *     </form>
 *   );
 * }
 * ```
 */
export function useSignInFlow(options: UseSignInFlowOptions): SignInFlowController {
  const latest = useRef(options);
  // Inside a <SessionProvider> the tokens go to the session by themselves (the context only:
  // the flow must not re-render on every session change). Like the options, read on mount.
  const session = useContext(SessionContext);
  useEffect(() => {
    latest.current = options;
  });
  // Created once per mount and pure (no request, clock or storage): the work starts in `start()`.
  const [flow] = useState(() => {
    // Requests speak the locale the flow shows, decided in one place, a given client included.
    const locale = () => chooseLocale(latest.current.locale);
    const { baseUrl = '', timeoutMs, queryClient } = options;
    const client = options.client ? withLocale(options.client, locale) : createSignInClient({ baseUrl, locale, ...(timeoutMs === undefined ? {} : { timeoutMs }) });
    return createSignInFlow({
      client,
      loadWizard: queryClient && queryWizardLoader(queryClient, client),
      resendCooldownSeconds: options.resendCooldownSeconds,
      onSuccess: (tokens) => {
        session?.signIn(tokens);
        latest.current.onSuccess?.(tokens);
      },
      onUnknownStep: (step) => latest.current.onUnknownStep?.(step),
      onEvent: (event) => latest.current.onEvent?.(event),
    });
  });
  useBeforePaint(() => {
    flow.start();
    return () => flow.dispose();
  }, [flow]);
  // The server snapshot is the initial one: nothing changes before `start()`.
  const snapshot = useSyncExternalStore(flow.subscribe, flow.getSnapshot, flow.getSnapshot);
  // One controller per snapshot: screens memoised on it stay put when anything else renders.
  return useMemo(() => {
    const { getSnapshot: _get, subscribe: _subscribe, start: _start, dispose: _dispose, ...actions } = flow;
    return { ...snapshot, ...actions };
  }, [flow, snapshot]);
}
