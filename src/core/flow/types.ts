/**
 * The flow's domain: which screen the person sees (`Step`), what went wrong (`FlowError`) and
 * the whole state the reducer owns (`FlowState`). No secret ever enters these types: no
 * password, no code, no captcha token. Tokens appear only in the final `signed-in` step,
 * which is handed to the host and then left alone.
 */
import type { ServerErrorDetail, SignInErrorKind } from '../client/errors';
import type { TokenPair, TwoFactorProvider, WizardOptions } from '../client/types';

/**
 * Email + password (+ reCAPTCHA) on a fresh wizard. The form is shown before the wizard
 * answers (`wizard: 'loading'`): the person can type and even submit (the submit waits for the
 * wizard). Until it answers, `uuid` is `''` and every option is off.
 */
export interface CredentialsStep {
  kind: 'credentials';
  uuid: string;
  options: WizardOptions;
  /**
   * The wizard behind this form, while it is not there yet: `loading` (asked for), `failed`
   * (could not be loaded: `FlowState.error` says why, a restart retries under the same form).
   * Absent once the wizard has answered.
   */
  wizard?: 'loading' | 'failed';
}

/** Two or more second-factor methods: the person picks one. */
export interface ChooseFactorStep {
  kind: 'choose-factor';
  uuid: string;
  /** Enabled methods only, in the server's order. */
  providers: TwoFactorProvider[];
}

/**
 * A 6-digit code from the chosen method (`google`, `sms`, `email`, or an admin-added name from
 * a `2fa_{name}_auth` workflow), posted to `/2fa/{method}`. `method` is always a safe path
 * segment (`^[a-z0-9_-]{1,32}$`): any other name is the unknown step.
 */
export interface VerifyCodeStep {
  kind: 'verify-code';
  uuid: string;
  method: string;
  /** Every enabled method; two or more means "Use another method" is offered. */
  providers: TwoFactorProvider[];
  /** Wall-clock ms when a resend is allowed (SMS); `null` when the method has no resend. */
  resendAt: number | null;
}

/** The admin forced a reset: a code was emailed (`reset_password_email`). */
export interface ResetCodeStep {
  kind: 'reset-code';
  uuid: string;
}

/** The code was accepted: new password + confirmation (`reset_password`). */
export interface NewPasswordStep {
  kind: 'new-password';
  uuid: string;
}

/** A step the lock can return to when it ends. */
export type ResumableStep = CredentialsStep | ChooseFactorStep | VerifyCodeStep | ResetCodeStep | NewPasswordStep;

/** Why a step is locked: too many attempts (429), or the service is under maintenance (503 with `Retry-After`). */
export type LockReason = 'too-many-attempts' | 'maintenance';

/**
 * Too many attempts (429) or maintenance (503 + `Retry-After`), here or in another tab of the
 * same portal: inputs disabled until `until` (wall-clock ms), then `resume` comes back.
 */
export interface LockedStep {
  kind: 'locked';
  reason: LockReason;
  until: number;
  /** `Retry-After` as the server sent it, for copy like "try again in 10 minutes". */
  retryAfterSeconds: number;
  resume: ResumableStep;
}

/** Signed in: the pair goes to `onSuccess` exactly once. */
export interface SignedInStep {
  kind: 'signed-in';
  tokens: TokenPair;
}

/** The password was reset (202 `login` with `data.client`, no tokens): sign in again. */
export interface PasswordChangedStep {
  kind: 'password-changed';
  email: string;
}

/** An admin-added `workflow` this package does not know: a designed fallback, never a crash. */
export interface UnknownStep {
  kind: 'unknown';
  uuid: string;
  workflow: string;
  /** The untouched `data`, for hosts that render their own screen. */
  raw: unknown;
}

/** Waiting for a wizard on a restart (after a reset, a lock, an expired wizard, "Start again"). The first wizard loads under the credentials form instead. */
export interface LoadingStep {
  kind: 'loading';
}

/** A restart's wizard could not be loaded: a message and "Try again". (The first wizard's failure stays on the credentials form.) */
export interface ErrorStep {
  kind: 'error';
  error: FlowError;
}

/** Every screen of the flow, discriminated on `kind`. */
export type Step =
  | LoadingStep
  | CredentialsStep
  | ChooseFactorStep
  | VerifyCodeStep
  | ResetCodeStep
  | NewPasswordStep
  | LockedStep
  | PasswordChangedStep
  | SignedInStep
  | UnknownStep
  | ErrorStep;

export type StepKind = Step['kind'];

/**
 * A failed request, reduced to what the UI needs to explain it. Built from a `SignInError`
 * (which never carries a secret) or from an unexpected throw (`kind: 'unexpected'`).
 */
export interface FlowError {
  kind: SignInErrorKind | 'unexpected';
  status: number | null;
  /** The server's `error.code` (see `serverErrorCodes`), when it sent one. */
  serverCode: number | null;
  /** The server's own text (already localized by `Accept-Language`): a fallback only. */
  serverMessage: string | null;
  details: ServerErrorDetail[];
  /** Seconds from `Retry-After` on a 429, or on a 503 (maintenance). */
  retryAfterSeconds: number | null;
}

/** Something to tell the person that is not an error. */
export type FlowNotice = 'wizard-expired' | 'password-changed' | 'lock-ended' | 'maintenance-ended';

/** The flow's public state (the reducer keeps its own bookkeeping beside it, private to the store). */
export interface FlowState {
  step: Step;
  /** The last email the person submitted: kept across restarts so nobody types it twice. */
  email: string;
  /** The last failed request on the current step (the step's form stays mounted). */
  error: FlowError | null;
  notice: FlowNotice | null;
}
