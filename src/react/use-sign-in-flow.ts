import { QueryClient, useMutation, useQuery } from '@tanstack/react-query';
import { useContext, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { createSignInClient, withLocale } from '../core/client/create-client';
import type { SignInClient, TokenPair, WizardStep } from '../core/client/types';
import { toFlowError } from '../core/flow/flow-error';
import { createLockoutChannel, type LockoutChannel } from '../core/flow/lockout-channel';
import { awaitsWizard, type FlowEvent } from '../core/flow/reducer';
import { createFlowStore, type FlowStore } from '../core/flow/store';
import { toStep } from '../core/flow/to-step';
import type { CredentialsStep, FlowError, FlowNotice, FlowState, LockReason, Step, StepKind, UnknownStep } from '../core/flow/types';
import { chooseLocale } from '../i18n/locales';
import { SessionContext } from './session/session-context';

/** A funnel event for analytics: no email, password, code or token, ever. */
export type SignInFlowEvent =
  | { type: 'step-shown'; step: StepKind }
  | { type: 'step-failed'; step: StepKind; errorKind: FlowError['kind']; status: number | null; serverCode: number | null }
  /** A lock began: a 429 or maintenance here, or in another tab of the same portal. */
  | { type: 'lockout-started'; retryAfterSeconds: number; reason: LockReason }
  | { type: 'captcha-shown' }
  | { type: 'unknown-step'; workflow: string }
  /** The phone approved the QR code (the exchange for tokens is running). */
  | { type: 'qr-scanned' }
  /** The QR codes expired with no renewal left ("Show a new code" is offered). */
  | { type: 'qr-expired' }
  | { type: 'signed-in' };

/** Options of {@link useSignInFlow}. */
export interface UseSignInFlowOptions {
  /** The B2Core host (`''` = same origin). Required unless `client` is given. */
  baseUrl?: string;
  /** A ready client (tests, a shared instance); `baseUrl` and `timeoutMs` are then ignored. */
  client?: SignInClient;
  /** UI locale, sent as `Accept-Language` (default: the best match of `navigator.languages`). */
  locale?: string;
  /** Milliseconds before a request fails with kind `timeout`. Default 15 000. */
  timeoutMs?: number;
  /** A host `QueryClient`; by default the flow has its own. */
  queryClient?: QueryClient;
  /** Seconds before an SMS may be resent. Default 30. */
  resendCooldownSeconds?: number;
  /**
   * Called exactly once with the token pair when the person is signed in. Inside a
   * `<SessionProvider>` the session receives the pair first, by itself.
   */
  onSuccess?(tokens: TokenPair): void;
  /** Called when the server asks for a step this package does not know. */
  onUnknownStep?(step: UnknownStep): void;
  /** Funnel events (no secrets, no email). */
  onEvent?(event: SignInFlowEvent): void;
}

/** The requests a person can start; `pendingAction` names the one running. */
export type SignInFlowAction = 'sign-in' | 'choose-method' | 'verify-code' | 'resend-code' | 'reset-code' | 'new-password';

/** State and actions of a sign-in flow: everything `<SignInFlow>` renders from. */
export interface SignInFlowController {
  state: FlowState;
  step: Step;
  /** The email last submitted (kept across restarts). */
  email: string;
  error: FlowError | null;
  notice: FlowNotice | null;
  isPending: boolean;
  pendingAction: SignInFlowAction | null;
  client: SignInClient;
  /**
   * Each action sends one request, ignores calls while one is running (double click, Enter),
   * never retries, and resolves `true` when the server accepted it. Failures land in `error`.
   *
   * `signIn` works from the first render: before the wizard has answered it waits for it
   * (`pendingAction` is `'sign-in'` meanwhile), then sends. It resolves `false` without
   * sending when the wizard fails (its error lands in `error`) or turns reCAPTCHA on and no
   * `recaptchaToken` was given. On a form whose wizard failed, it fetches a new wizard first.
   */
  signIn(input: { email: string; password: string; recaptchaToken?: string | undefined }): Promise<boolean>;
  chooseMethod(name: string): Promise<boolean>;
  verifyCode(code: string): Promise<boolean>;
  /** SMS only: asks for a new code (the server enforces a cooldown). */
  resendCode(): Promise<boolean>;
  submitResetCode(code: string): Promise<boolean>;
  /** Sets the new password, then signs in with it on a fresh wizard by itself. */
  setNewPassword(input: { password: string; confirmation: string }): Promise<boolean>;
  chooseAnotherMethod(): void;
  /**
   * Starts over on a fresh wizard, keeping the email. On a credentials form whose wizard
   * failed, it fetches another wizard under the same form (what was typed stays).
   */
  restart(): void;
  /** Ends a lock (the countdown calls it at zero). */
  endLock(): void;
  /** Continues with a step obtained elsewhere (the QR exchange may answer with one). */
  receiveStep(wizard: WizardStep): void;
  /** Signed in elsewhere (the QR panel): ends the flow with these tokens. */
  receiveTokens(tokens: TokenPair): void;
}

interface Job {
  action: SignInFlowAction;
  /** The server's answer, or `null` when nothing was sent (nothing to dispatch). */
  run(signal: AbortSignal): Promise<WizardStep | null>;
}

// Runs before paint in the browser, so the wizard's screen replaces the loading one without a blank frame.
const useBeforePaint = typeof window === 'undefined' ? useEffect : useLayoutEffect;

/**
 * The headless sign-in flow: the wizard, every step, errors, lockout and restarts, with no
 * markup. `<SignInFlow>` is built on it; use it for a fully custom UI.
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
  useEffect(() => {
    latest.current = options;
  });
  // Inside a <SessionProvider>, the tokens go to the session by themselves. The context only
  // (not useSession): the flow must not re-render on every session change.
  const session = useContext(SessionContext);
  // Requests speak the locale the flow shows, decided in one place (`chooseLocale`), a given
  // client included.
  const [client] = useState<SignInClient>(() => {
    const locale = () => chooseLocale(latest.current.locale);
    return options.client
      ? withLocale(options.client, locale)
      : createSignInClient({
          baseUrl: options.baseUrl ?? '',
          locale,
          ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
        });
  });
  const [ownQueryClient] = useState(() => options.queryClient ?? new QueryClient());
  const queryClient = options.queryClient ?? ownQueryClient;
  const [store] = useState<FlowStore>(() => createFlowStore());
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  const instance = useId();

  // One controller per mounted flow: unmounting aborts whatever request is still running.
  const abort = useRef<AbortController>(new AbortController());
  useEffect(() => {
    const controller = new AbortController();
    abort.current = controller;
    return () => controller.abort();
  }, []);

  const lockout = useRef<LockoutChannel | null>(null);
  const succeeded = useRef(false);
  const emit = (event: SignInFlowEvent) => latest.current.onEvent?.(event);
  /** Dispatches, then tells the host about what changed (once per change, StrictMode or not). */
  const dispatch = (event: FlowEvent) => {
    const before = store.getSnapshot();
    store.dispatch(event);
    const after = store.getSnapshot();
    if (after.error && after.error !== before.error) {
      const { kind, status, serverCode } = after.error;
      emit({ type: 'step-failed', step: after.step.kind, errorKind: kind, status, serverCode });
    }
    if (after.step === before.step) return;
    const step = after.step;
    // The wizard arriving (or failing) under a form shown before it is not a new screen.
    const sameForm = before.step.kind === 'credentials' && step.kind === 'credentials' && before.step.wizard !== undefined;
    if (!sameForm) emit({ type: 'step-shown', step: step.kind });
    if (step.kind === 'credentials' && step.options.isRecaptchaEnabled && !(before.step.kind === 'credentials' && before.step.options.isRecaptchaEnabled)) {
      emit({ type: 'captcha-shown' });
    }
    if (step.kind === 'locked') {
      if (before.step.kind !== 'locked') emit({ type: 'lockout-started', retryAfterSeconds: step.retryAfterSeconds, reason: step.reason });
      // Tell the other tabs of a lock this tab was given (not one it heard of: no echo).
      if (event.type !== 'locked-elsewhere') lockout.current?.announce(step.reason, step.until);
    }
    if (step.kind === 'unknown') {
      emit({ type: 'unknown-step', workflow: step.workflow });
      latest.current.onUnknownStep?.(step);
    }
    if (step.kind === 'signed-in' && !succeeded.current) {
      succeeded.current = true;
      emit({ type: 'signed-in' });
      session?.signIn(step.tokens);
      latest.current.onSuccess?.(step.tokens);
    }
  };

  // A lock here locks every open flow of the portal, and theirs lock this one (one channel per mount).
  useEffect(() => {
    const channel = createLockoutChannel(client.baseUrl, ({ reason, until }) =>
      dispatch({ type: 'locked-elsewhere', reason, until, now: Date.now() }),
    );
    lockout.current = channel;
    return () => {
      lockout.current = null;
      channel?.close();
    };
    // `dispatch` only reads refs and the store; the client never changes.
  }, []);

  // The first screen (the credentials form, before its wizard) is shown once per mounted flow.
  const announcedFirst = useRef(false);
  useEffect(() => {
    if (announcedFirst.current) return;
    announcedFirst.current = true;
    const first = store.getSnapshot().step.kind;
    if (first !== 'loading') emit({ type: 'step-shown', step: first });
    // Once, on mount: `emit` reads the latest options through a ref.
  }, []);

  // The wizard: fetched once per generation. No refetch on focus, reconnect or remount (a
  // refetch would start a new wizard uuid), no retry, and no abort signal consumed, so a
  // StrictMode unmount/remount reuses the request in flight instead of starting another.
  const { generation } = state;
  const wizardQuery = {
    queryKey: ['b2core-sign-in', 'wizard', client.baseUrl, instance, generation],
    queryFn: () => client.wizard(),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  } as const;
  // The first wizard starts during the first render (in the browser), not after the commit:
  // the form is interactive a frame sooner. The observer below then finds it in flight.
  useState(() => typeof window !== 'undefined' && void queryClient.prefetchQuery(wizardQuery));
  const wizard = useQuery(
    {
      ...wizardQuery,
      enabled: awaitsWizard(state.step),
      // A failed wizard is shown with "Try again", never fetched again on its own.
      retryOnMount: false,
      refetchOnMount: false,
      refetchOnWindowFocus: false,
      refetchOnReconnect: false,
    },
    queryClient,
  );
  useBeforePaint(() => {
    if (wizard.data) dispatch({ type: 'wizard-loaded', wizard: wizard.data, generation, now: Date.now() });
    else if (wizard.error) dispatch({ type: 'wizard-failed', error: toFlowError(wizard.error), generation, now: Date.now() });
    // `dispatch` only reads refs and the store: it need not be a dependency.
  }, [wizard.data, wizard.error, generation]);

  const mutation = useMutation({ mutationFn: (job: Job) => job.run(abort.current.signal), retry: false, gcTime: 0 }, queryClient);
  const { mutateAsync, reset } = mutation;
  const busy = useRef(false);

  /** One request per intent: a second call while one runs is dropped before it reaches the network. */
  const run = async (action: SignInFlowAction, job: Job['run'], email?: string): Promise<boolean> => {
    if (busy.current) return false;
    busy.current = true;
    dispatch({ type: 'submitted', ...(email === undefined ? {} : { email }) });
    try {
      const answer = await mutateAsync({ action, run: job });
      if (!answer) return false;
      dispatch({ type: 'answered', wizard: answer, now: Date.now() });
      return true;
    } catch (error) {
      dispatch({ type: 'failed', error: toFlowError(error), now: Date.now() });
      return false;
    } finally {
      busy.current = false;
      // Drops the finished job (and the secret its closure holds) from the mutation cache.
      reset();
    }
  };

  /**
   * Resolves with the credentials step once its wizard has answered, or `null` when it
   * failed, the screen changed (a QR sign-in, say) or the flow unmounted: nothing is sent then.
   */
  const wizardReady = (signal: AbortSignal) =>
    new Promise<CredentialsStep | null>((resolve) => {
      const settle = (): boolean => {
        const step = store.getSnapshot().step;
        if (step.kind === 'credentials' && step.wizard === 'loading' && !signal.aborted) return false;
        stop();
        signal.removeEventListener('abort', onAbort);
        resolve(step.kind === 'credentials' && step.wizard === undefined && !signal.aborted ? step : null);
        return true;
      };
      const onAbort = () => settle();
      const stop = store.subscribe(settle);
      signal.addEventListener('abort', onAbort);
      settle();
    });

  /** The current step when it is of `kind`, else null (a stale screen's action is ignored). */
  const current = <K extends StepKind>(kind: K) => {
    const step = store.getSnapshot().step;
    return step.kind === kind ? (step as Extract<Step, { kind: K }>) : null;
  };

  const isPending = mutation.isPending;
  const pendingAction = isPending ? (mutation.variables?.action ?? null) : null;
  const controller: SignInFlowController = {
    state,
    step: state.step,
    email: state.email,
    error: state.error,
    notice: state.notice,
    isPending,
    pendingAction,
    client,
    signIn: async ({ email, password, recaptchaToken }) => {
      const step = current('credentials');
      if (!step || busy.current) return false;
      // Signing in on a form whose wizard failed asks for a new one first (the person's intent).
      if (step.wizard === 'failed') dispatch({ type: 'restart' });
      return run(
        'sign-in',
        async (signal) => {
          // Submitted before the wizard answered: the request waits for its uuid and options.
          const ready = step.wizard === undefined ? step : await wizardReady(signal);
          if (!ready) return null;
          // The wizard turned reCAPTCHA on after the submit: never send without a token.
          if (ready.options.isRecaptchaEnabled && !recaptchaToken) return null;
          return client.signIn(
            { uuid: ready.uuid, email, password, ...(recaptchaToken ? { recaptchaResponse: recaptchaToken } : {}) },
            { signal },
          );
        },
        email,
      );
    },
    chooseMethod: async (name) => {
      const step = current('choose-factor');
      return step ? run('choose-method', (signal) => client.chooseTwoFactor({ uuid: step.uuid, type: name }, { signal })) : false;
    },
    verifyCode: async (code) => {
      const step = current('verify-code');
      if (!step) return false;
      const input = { uuid: step.uuid, code };
      return run('verify-code', (signal) => client.verifyTwoFactorCode(step.method, input, { signal }));
    },
    resendCode: async () => {
      const step = current('verify-code');
      if (!step || step.method !== 'sms') return false;
      return run('resend-code', (signal) => client.chooseTwoFactor({ uuid: step.uuid, type: 'sms' }, { signal }));
    },
    submitResetCode: async (code) => {
      const step = current('reset-code');
      return step ? run('reset-code', (signal) => client.restorePassword({ uuid: step.uuid, code }, { signal })) : false;
    },
    setNewPassword: async ({ password, confirmation }) => {
      const step = current('new-password');
      if (!step) return false;
      return run('new-password', async (signal) => {
        const answer = await client.resetPassword({ uuid: step.uuid, password, passwordConfirmation: confirmation }, { signal });
        const next = toStep(answer);
        if (next.kind !== 'password-changed') return answer;
        // The reset gives no tokens: sign in with the new password on a fresh wizard, so the
        // person never retypes it. The password lives only in this closure, for this one call.
        try {
          const fresh = await client.wizard({ signal });
          if (fresh.options?.isRecaptchaEnabled) return answer;
          store.dispatch({ type: 'submitted', email: next.email });
          return await client.signIn({ uuid: fresh.uuid, email: next.email, password }, { signal });
        } catch {
          // The password is changed either way: the credentials screen says so, email filled in.
          return answer;
        }
      });
    },
    chooseAnotherMethod: () => dispatch({ type: 'choose-another-method' }),
    restart: () => dispatch({ type: 'restart' }),
    endLock: () => dispatch({ type: 'lock-ended' }),
    receiveStep: (answer) => dispatch({ type: 'answered', wizard: answer, now: Date.now() }),
    receiveTokens: (tokens) =>
      dispatch({
        type: 'answered',
        wizard: { code: 202, done: true, uuid: '', workflow: 'login', options: null, tokens, providers: [], client: null, raw: null },
        now: Date.now(),
      }),
  };
  // One controller per state: a render for anything else (a new `onSuccess` closure, a theme
  // change in <SignInFlow>) returns the same object, so screens memoised on it stay put. The
  // actions read the store, refs and react-query's bound callbacks; `session` is the one
  // outside value they close over, hence a dependency.
  return useMemo(() => controller, [state, isPending, pendingAction, client, session]);
}
