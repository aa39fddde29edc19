/** The public shape of `createSignInFlow`: its options, its snapshot and its actions. */
import type { SignInClient, TokenPair, WizardStep } from '../client/types';
import type { SignInFlowEvent } from './funnel-events';
import type { LockoutChannel, LockoutMessage } from './lockout-channel';
import type { FlowError, FlowNotice, FlowState, Step, UnknownStep } from './types';

/** The requests a person can start; `pendingAction` names the one running. */
export type SignInFlowAction = 'sign-in' | 'choose-method' | 'verify-code' | 'resend-code' | 'reset-code' | 'new-password';

/** What a flow shows at one moment. A new object on every change, the same object otherwise. */
export interface SignInFlowSnapshot {
  state: FlowState;
  step: Step;
  /** The email last submitted (kept across restarts). */
  email: string;
  error: FlowError | null;
  notice: FlowNotice | null;
  isPending: boolean;
  pendingAction: SignInFlowAction | null;
}

/** The actions of a flow: stable functions, safe to pass around. */
export interface SignInFlowActions {
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

/** Options of {@link createSignInFlow}. The callbacks are read when they fire. */
export interface SignInFlowOptions {
  client: SignInClient;
  /**
   * Loads a fresh wizard (each uuid is single-use). Default `client.wizard({ signal })`; the React
   * adapter routes it through the host's `QueryClient`.
   */
  loadWizard?: ((signal: AbortSignal) => Promise<WizardStep>) | undefined;
  /** Seconds before an SMS may be resent, when the server sets no cooldown of its own. Default 30. */
  resendCooldownSeconds?: number | undefined;
  /** Wall-clock ms. Default `Date.now`. */
  now?(): number;
  /** Opens the cross-tab lockout channel. Default `createLockoutChannel`; return `null` for none. */
  lockoutChannel?(baseUrl: string, onLock: (message: LockoutMessage) => void, now: () => number): LockoutChannel | null;
  /** Called exactly once with the token pair when the person is signed in. */
  onSuccess?(tokens: TokenPair): void;
  /** Called when the server asks for a step this package does not know. */
  onUnknownStep?(step: UnknownStep): void;
  /** Funnel events (no secrets, no email). */
  onEvent?(event: SignInFlowEvent): void;
}

/**
 * A sign-in flow without a framework: an external store (`getSnapshot` / `subscribe`) with the
 * actions as methods. `start()` begins the work (the wizard, the lockout channel); `dispose()`
 * aborts every request and closes the channel; `start()` again resumes (StrictMode remounts).
 */
export interface SignInFlow extends SignInFlowActions {
  readonly client: SignInClient;
  /** Until `start()` (so on a server and during hydration) the initial snapshot. */
  getSnapshot(): SignInFlowSnapshot;
  /** Returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  start(): void;
  dispose(): void;
}
