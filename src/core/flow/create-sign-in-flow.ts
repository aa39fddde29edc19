/**
 * The flow's orchestration without a framework: the reducer (`flowReducer`) decides the state,
 * this store decides what runs. One request at a time, never retried, every one aborted on
 * dispose; the wizard of each generation loaded once; a submit before the wizard waits for it;
 * the automatic sign-in after a password reset; "signed in" reported once; the funnel; the
 * cross-tab lockout channel. No timer of its own: a lock ends through `endLock` (the countdown
 * on screen, which re-checks wall time after sleep, calls it at zero).
 */
import type { WizardStep } from '../client/types';
import { toFlowError } from './flow-error';
import { funnelEvents } from './funnel-events';
import { createLockoutChannel, type LockoutChannel } from './lockout-channel';
import { awaitsWizard, flowReducer, initialFlowState, type FlowEvent, type FlowReducerState } from './reducer';
import type { SignInFlow, SignInFlowAction, SignInFlowActions, SignInFlowOptions, SignInFlowSnapshot } from './sign-in-flow-types';
import { toStep } from './to-step';
import type { Step, StepKind } from './types';

const snapshotOf = ({ generation: _generation, hasRestarted: _restarted, ...state }: FlowReducerState, pendingAction: SignInFlowAction | null): SignInFlowSnapshot => ({
  // The public state only: the reducer's bookkeeping (generation, restart guard) stays here.
  ...state,
  state,
  isPending: pendingAction !== null,
  pendingAction,
});

/**
 * Creates a sign-in flow. Creating it reads no clock, storage or randomness (safe during a
 * server render); `start()` loads the wizard and opens the lockout channel.
 *
 * @example
 * ```ts
 * const flow = createSignInFlow({ client: createSignInClient({ baseUrl: '' }), onSuccess: save });
 * const stop = flow.subscribe(() => render(flow.getSnapshot()));
 * flow.start();
 * await flow.signIn({ email, password });
 * // later
 * stop();
 * flow.dispose();
 * ```
 */
export function createSignInFlow(options: SignInFlowOptions): SignInFlow {
  const { client, now = Date.now, lockoutChannel = createLockoutChannel } = options;
  const loadWizard = options.loadWizard ?? ((signal: AbortSignal) => client.wizard({ signal }));
  const cooldown = options.resendCooldownSeconds ?? -1;
  // A host's number drives a countdown: finite, 0 … 1 h (anything else means the default).
  const wizardEvent = { resendCooldownSeconds: cooldown >= 0 ? Math.min(cooldown, 3600) : undefined };

  let state: FlowReducerState = initialFlowState();
  let pending: SignInFlowAction | null = null;
  let snapshot = snapshotOf(state, null);
  const listeners = new Set<() => void>();
  let isRunning = false;
  let hasStarted = false;
  let hasSucceeded = false;
  let channel: LockoutChannel | null = null;
  /** The action request in flight (one at a time). */
  let request: AbortController | null = null;
  /** The wizard load of the current generation, if one is out. */
  let wizardLoad: { generation: number; abort: AbortController; settled?: Promise<void> } | null = null;

  const publish = () => {
    snapshot = snapshotOf(state, pending);
    for (const listener of [...listeners]) listener();
  };

  /**
   * Applies one event, then does what the change calls for: report it, tell the other tabs, load
   * a wizard. Nothing happens before `start()` or after `dispose()`.
   */
  const dispatch = (event: FlowEvent) => {
    const before = state;
    const after = isRunning ? flowReducer(state, event) : state;
    if (after === before) return;
    state = after;
    publish();
    for (const funnel of funnelEvents(before, after)) {
      // "Signed in" once per flow, whatever comes after (a second QR answer, a late step).
      if (funnel.type !== 'signed-in' || !hasSucceeded) options.onEvent?.(funnel);
    }
    const { step } = after;
    if (step !== before.step) {
      if (step.kind === 'unknown') options.onUnknownStep?.(step);
      if (step.kind === 'signed-in' && !hasSucceeded) {
        hasSucceeded = true;
        options.onSuccess?.(step.tokens);
      }
      // Tell the other tabs of a lock this tab was given (not one it heard of: no echo).
      if (step.kind === 'locked' && event.type !== 'locked-elsewhere') channel?.announce(step.reason, step.until);
    }
    ensureWizard();
  };

  /** Loads the wizard the step waits for, once per generation. */
  const ensureWizard = () => {
    if (!isRunning || !awaitsWizard(state.step) || wizardLoad?.generation === state.generation) return;
    wizardLoad?.abort.abort();
    const load: NonNullable<typeof wizardLoad> = { generation: state.generation, abort: new AbortController() };
    wizardLoad = load;
    const settle = (event: FlowEvent) => {
      if (wizardLoad !== load) return; // superseded or aborted
      wizardLoad = null;
      if (!load.abort.signal.aborted) dispatch(event);
    };
    const { generation } = load;
    load.settled = loadWizard(load.abort.signal).then(
      (wizard) => settle({ type: 'wizard-loaded', wizard, generation, now: now(), ...wizardEvent }),
      (error: unknown) => settle({ type: 'wizard-failed', error: toFlowError(error), generation, now: now() }),
    );
  };

  /**
   * One request per intent, from a step of `kind` (a stale screen's action is ignored): a second
   * call while one runs is dropped before it reaches the network.
   */
  const run = async <K extends StepKind>(
    kind: K,
    action: SignInFlowAction,
    job: (step: Extract<Step, { kind: K }>, signal: AbortSignal) => Promise<WizardStep | null>,
    email?: string,
  ) => {
    const step = state.step;
    if (!isRunning || pending || step.kind !== kind) return false;
    const abort = new AbortController();
    request = abort;
    pending = action;
    // Always a new state: the snapshot shows the pending action with it.
    dispatch({ type: 'submitted', email });
    try {
      const answer = await job(step as Extract<Step, { kind: K }>, abort.signal);
      if (!answer || abort.signal.aborted) return false;
      endRequest(abort);
      dispatch({ type: 'answered', wizard: answer, now: now(), ...wizardEvent });
      return true;
    } catch (error) {
      if (abort.signal.aborted) return false;
      endRequest(abort);
      dispatch({ type: 'failed', error: toFlowError(error), now: now() });
      return false;
    } finally {
      // Drops the finished job (and the secret its closure holds); shows it is over.
      endRequest(abort);
      if (snapshot.pendingAction !== pending) publish();
    }
  };

  /** The request is over: the next action may start (published with the answer's state). */
  const endRequest = (abort: AbortController) => {
    if (request !== abort) return;
    request = null;
    pending = null;
  };

  const actions: SignInFlowActions = {
    signIn: ({ email, password, recaptchaToken }) => {
      // Signing in on a form whose wizard failed asks for a new one first (the person's intent).
      if (state.step.kind === 'credentials' && state.step.wizard === 'failed' && !pending) dispatch({ type: 'restart' });
      return run(
        'credentials',
        'sign-in',
        async (step, signal) => {
          // Submitted before the wizard answered: the request waits for its uuid and options.
          await (step.wizard === undefined ? null : wizardLoad?.settled);
          // Nothing is sent when the wizard failed or the screen changed meanwhile (a QR sign-in).
          const ready = state.step;
          if (ready.kind !== 'credentials' || ready.wizard !== undefined || signal.aborted) return null;
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
    chooseMethod: (name) => run('choose-factor', 'choose-method', ({ uuid }, signal) => client.chooseTwoFactor({ uuid, type: name }, { signal })),
    verifyCode: (code) =>
      run('verify-code', 'verify-code', ({ uuid, method }, signal) => client.verifyTwoFactorCode(method, { uuid, code }, { signal })),
    resendCode: async () =>
      state.step.kind === 'verify-code' && state.step.method === 'sms' &&
      run('verify-code', 'resend-code', ({ uuid }, signal) => client.chooseTwoFactor({ uuid, type: 'sms' }, { signal })),
    submitResetCode: (code) => run('reset-code', 'reset-code', ({ uuid }, signal) => client.restorePassword({ uuid, code }, { signal })),
    setNewPassword: ({ password, confirmation }) =>
      run('new-password', 'new-password', async ({ uuid }, signal) => {
        const answer = await client.resetPassword({ uuid, password, passwordConfirmation: confirmation }, { signal });
        const next = toStep(answer);
        if (next.kind !== 'password-changed') return answer;
        // The reset gives no tokens: sign in with the new password on a fresh wizard, so the
        // person never retypes it. The password lives only in this closure, for this one call.
        try {
          const fresh = await loadWizard(signal);
          if (fresh.options?.isRecaptchaEnabled || signal.aborted) return answer;
          dispatch({ type: 'submitted', email: next.email });
          return await client.signIn({ uuid: fresh.uuid, email: next.email, password }, { signal });
        } catch {
          // The password is changed either way: the credentials screen says so, email filled in.
          return answer;
        }
      }),
    chooseAnotherMethod: () => dispatch({ type: 'choose-another-method' }),
    restart: () => dispatch({ type: 'restart' }),
    endLock: () => dispatch({ type: 'lock-ended' }),
    receiveStep: (wizard) => dispatch({ type: 'answered', wizard, now: now(), ...wizardEvent }),
    receiveTokens: (tokens) => dispatch({ type: 'signed-in-elsewhere', tokens }),
  };

  const flow: SignInFlow = {
    ...actions,
    client,
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start() {
      if (isRunning) return;
      isRunning = true;
      if (!hasStarted) {
        hasStarted = true;
        // The first screen (the credentials form, before its wizard) is shown once per flow.
        options.onEvent?.({ type: 'step-shown', step: state.step.kind });
      }
      // A lock here locks every open flow of the portal, and theirs lock this one.
      channel = lockoutChannel(client.baseUrl, (message) => dispatch({ ...message, type: 'locked-elsewhere', now: now() }), now);
      ensureWizard();
    },
    dispose() {
      if (!isRunning) return;
      isRunning = false;
      request?.abort();
      request = null;
      channel?.close();
      channel = null;
      // The wizard load is aborted a microtask later, unless `start()` came back meanwhile:
      // StrictMode's unmount + remount then keeps the one request in flight (a uuid per mount).
      const load = wizardLoad;
      if (load) {
        queueMicrotask(() => {
          if (isRunning || wizardLoad !== load) return;
          wizardLoad = null;
          load.abort.abort();
        });
      }
      if (pending) {
        pending = null;
        publish();
      }
    },
  };
  return flow;
}
