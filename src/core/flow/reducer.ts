/**
 * The flow as a pure reducer: `(state, event) => state`. The server decides the step
 * (`toStep`); the reducer adds what the server cannot know: the first credentials form is
 * there before its wizard, errors stay on the step (its form stays mounted), a 429 locks the
 * step until a deadline, an expired wizard restarts once with the email kept, and a finished
 * reset starts a fresh wizard.
 */
import { clampRetryAfterSeconds, RETRY_AFTER_DEFAULT_SECONDS, RETRY_AFTER_MAX_SECONDS } from '../client/retry-after';
import { serverErrorCodes } from '../client/server-codes';
import type { TokenPair, WizardStep } from '../client/types';
import { isWizardExpired } from './flow-error';
import { toStep } from './to-step';
import type { CredentialsStep, FlowError, FlowState, LockReason, ResumableStep, Step } from './types';

/**
 * What the reducer owns: the public `FlowState` plus the bookkeeping only the store reads
 * (which wizard is current, whether an expired wizard was already restarted).
 */
export interface FlowReducerState extends FlowState {
  /** Bumped on every new wizard: a wizard answer of an older generation is stale. */
  generation: number;
  /** True after an automatic restart for an expired wizard, until the next answered step: no restart loops. */
  hasRestarted: boolean;
}

/**
 * What can happen to a flow. Times are passed in (`now`, wall-clock ms) so the reducer stays
 * pure; so is `resendCooldownSeconds`, the SMS resend wait of a code step that arrives (default 30).
 */
export type FlowEvent =
  /** The wizard of `generation` arrived. */
  | { type: 'wizard-loaded'; wizard: WizardStep; generation: number; now: number; resendCooldownSeconds?: number | undefined }
  /** The wizard of `generation` could not be loaded. */
  | { type: 'wizard-failed'; error: FlowError; generation: number; now: number }
  /** The person submitted the current step (the email, when it is the credentials step). */
  | { type: 'submitted'; email?: string | undefined }
  /** The server answered a submit with a step. */
  | { type: 'answered'; wizard: WizardStep; now: number; resendCooldownSeconds?: number | undefined }
  /** Signed in elsewhere (the QR exchange): the flow ends with these tokens. */
  | { type: 'signed-in-elsewhere'; tokens: TokenPair }
  /** A submit failed. */
  | { type: 'failed'; error: FlowError; now: number }
  /** The lock's deadline passed. */
  | { type: 'lock-ended' }
  /** Another tab of the same portal was locked until `until` (validated by the lockout channel). */
  | { type: 'locked-elsewhere'; reason: LockReason; until: number; now: number }
  /** "Use another method" on a code step. */
  | { type: 'choose-another-method' }
  /** Start over with a fresh wizard (keeps the email). */
  | { type: 'restart' };

export type FlowEventType = FlowEvent['type'];

/** The credentials form before its wizard has answered: no uuid yet, every option off. */
export const credentialsBeforeWizard: CredentialsStep = {
  kind: 'credentials',
  uuid: '',
  options: { isRecaptchaEnabled: false, isQrAvailable: false, isPasswordRecoveryAvailable: false },
  wizard: 'loading',
};

/**
 * The state before the first wizard arrives: the credentials form itself (nothing to wait
 * for before typing), its wizard `loading`.
 */
export function initialFlowState(email = ''): FlowReducerState {
  return { step: credentialsBeforeWizard, email, error: null, notice: null, generation: 0, hasRestarted: false };
}

/** The longest lock a server or another tab can impose: the `Retry-After` cap (24 h), so a timer stays bounded. */
export const maxLockSeconds = RETRY_AFTER_MAX_SECONDS;

/** The lock a failed request imposes: a 429 locks the step, a 503 with `Retry-After` is maintenance. */
export function lockOf(error: FlowError): { reason: LockReason; seconds: number } | null {
  // Clamped again here: a host's own client (or a test double) may hand over any number.
  if (error.kind === 'rate-limited') {
    return { reason: 'too-many-attempts', seconds: clampRetryAfterSeconds(error.retryAfterSeconds ?? RETRY_AFTER_DEFAULT_SECONDS) };
  }
  if (error.kind === 'http' && error.status === 503 && error.retryAfterSeconds) {
    return { reason: 'maintenance', seconds: clampRetryAfterSeconds(error.retryAfterSeconds) };
  }
  return null;
}

/** The step is waiting for the wizard of the current generation (the loading screen, or a form shown before it). */
export const awaitsWizard = (step: Step): boolean =>
  step.kind === 'loading' || (step.kind === 'credentials' && step.wizard === 'loading');

/** A fresh wizard: the store sees a new `generation` and fetches it. */
const restart = (state: FlowReducerState, patch: Partial<FlowReducerState> = {}): FlowReducerState => ({
  ...state,
  step: { kind: 'loading' },
  error: null,
  notice: null,
  generation: state.generation + 1,
  ...patch,
});

function isResumable(step: Step): step is ResumableStep {
  switch (step.kind) {
    case 'credentials':
    case 'choose-factor':
    case 'verify-code':
    case 'reset-code':
    case 'new-password':
      return true;
    case 'loading':
    case 'locked':
    case 'password-changed':
    case 'signed-in':
    case 'unknown':
    case 'error':
      return false;
    default:
      return step satisfies never;
  }
}

/** Applies one event. Events that make no sense in the current state leave it unchanged. */
export function flowReducer(state: FlowReducerState, event: FlowEvent): FlowReducerState {
  switch (event.type) {
    case 'wizard-loaded':
      if (event.generation !== state.generation || !awaitsWizard(state.step)) return state;
      return { ...state, step: toStep(event.wizard, { now: event.now, resendCooldownSeconds: event.resendCooldownSeconds }), error: null };
    case 'wizard-failed': {
      if (event.generation !== state.generation || !awaitsWizard(state.step)) return state;
      // A 429 or maintenance before any form: count down, then a fresh wizard (a credentials lock restarts).
      const lock = lockOf(event.error);
      if (lock) return lockStep(state, lock.reason, event.now + lock.seconds * 1000, event.now, credentialsBeforeWizard);
      // A form shown before its wizard stays (with what was typed); the error goes on it.
      if (state.step.kind === 'credentials') return { ...state, step: { ...state.step, wizard: 'failed' }, error: event.error };
      return { ...state, step: { kind: 'error', error: event.error } };
    }
    case 'submitted':
      return { ...state, error: null, notice: null, email: event.email ?? state.email };
    case 'answered': {
      const current = state.step;
      const providers = current.kind === 'choose-factor' || current.kind === 'verify-code' ? current.providers : undefined;
      const step = toStep(event.wizard, { now: event.now, providers, resendCooldownSeconds: event.resendCooldownSeconds });
      // A finished reset carries no tokens: sign in again on a fresh wizard, email filled in.
      if (step.kind === 'password-changed') return restart(state, { email: step.email, notice: 'password-changed' });
      return { ...state, step, error: null, notice: null, hasRestarted: false };
    }
    case 'signed-in-elsewhere':
      if (state.step.kind === 'signed-in') return state;
      return { ...state, step: { kind: 'signed-in', tokens: event.tokens }, error: null, notice: null, hasRestarted: false };
    case 'failed':
      return failed(state, event.error, event.now);
    case 'lock-ended': {
      if (state.step.kind !== 'locked') return state;
      const { resume, reason } = state.step;
      const notice = reason === 'maintenance' ? 'maintenance-ended' : 'lock-ended';
      // Credentials come back on a fresh wizard: the old one may have expired during the block.
      if (resume.kind === 'credentials') return restart(state, { notice });
      return { ...state, step: resume, error: null, notice };
    }
    case 'locked-elsewhere': {
      const step = state.step;
      // Only a lock that lasts longer than this tab's own: two tabs never shorten each other's.
      if (step.kind === 'locked' && step.until >= event.until) return state;
      const resume = step.kind === 'locked' ? step.resume : isResumable(step) ? step : null;
      return resume ? lockStep(state, event.reason, event.until, event.now, resume) : state;
    }
    case 'choose-another-method': {
      const step = state.step;
      if (step.kind !== 'verify-code' || step.providers.length < 2) return state;
      return { ...state, step: { kind: 'choose-factor', uuid: step.uuid, providers: step.providers }, error: null, notice: null };
    }
    case 'restart':
      // The form's wizard failed: fetch another under the same form, so nothing typed is lost.
      if (state.step.kind === 'credentials' && state.step.wizard === 'failed') {
        return restart(state, { step: { ...state.step, wizard: 'loading' }, hasRestarted: false });
      }
      return restart(state, { hasRestarted: false });
    default:
      return event satisfies never;
  }
}

/**
 * Locks `resume` until `until`, bounded to now … now + 24 h (a deadline from a header or another
 * tab drives a timer). A deadline already past locks nothing.
 */
function lockStep(state: FlowReducerState, reason: LockReason, until: number, now: number, resume: ResumableStep): FlowReducerState {
  const end = Math.min(until, now + maxLockSeconds * 1000);
  if (!(end > now)) return state;
  return { ...state, step: { kind: 'locked', reason, until: end, retryAfterSeconds: Math.ceil((end - now) / 1000), resume }, error: null };
}

function failed(state: FlowReducerState, error: FlowError, now: number): FlowReducerState {
  const step = state.step;
  const lock = lockOf(error);
  if (lock) {
    const until = now + Math.min(lock.seconds, maxLockSeconds) * 1000;
    // An SMS resent too soon is a cooldown on the resend button, not a lock of the form.
    if (step.kind === 'verify-code' && error.serverCode === serverErrorCodes.resendCooldown) {
      return { ...state, step: { ...step, resendAt: until }, error };
    }
    const resume = step.kind === 'locked' ? step.resume : isResumable(step) ? step : null;
    if (!resume) return { ...state, error };
    const next = lockStep(state, lock.reason, until, now, resume);
    return next === state ? { ...state, error } : next;
  }
  // An expired wizard restarts once, keeping the email; a second expiry in a row is shown.
  if (isWizardExpired(error) && !state.hasRestarted) return restart(state, { notice: 'wizard-expired', hasRestarted: true });
  return { ...state, error };
}
