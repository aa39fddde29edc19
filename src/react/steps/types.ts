import type { ComponentType, ReactNode } from 'react';
import type { Step, StepKind } from '../../core/flow/types';
import type { ForgotPassword } from '../parts/forgot-password-link';
import type { PasswordRules } from '../../core/password-rules';
import type { RecaptchaAdapter } from '../recaptcha/types';
import type { SignInFlowController } from '../use-sign-in-flow';

/** What every step screen receives. */
export interface StepProps<K extends StepKind> {
  step: Extract<Step, { kind: K }>;
  flow: SignInFlowController;
  /** `flow.error` in the person's language (server code → our message, server text as fallback). */
  errorMessage: string | null;
  /** `flow.notice` in the person's language. */
  noticeMessage: string | null;
}

// The part that shows the link owns its target's type (parts are leaves: they never import steps).
export type { ForgotPassword };

export interface CredentialsStepProps extends StepProps<'credentials'> {
  /** The captcha widget to render when the wizard enables reCAPTCHA; null when none is configured. */
  recaptcha: RecaptchaAdapter | null;
  /** Shown when the wizard allows recovery and the host gave a target. */
  forgotPassword: ForgotPassword | null;
  /**
   * The QR's place after the form, when the wizard offers QR: the "or" divider, the "Sign in
   * with your phone" button and the slot with the QR panel (`QrSection` around the panel).
   */
  qrPanel: ReactNode;
}

export interface LockedStepProps extends StepProps<'locked'> {
  /** Offered only when the lock is on the password (a locked code is not a forgotten password). */
  forgotPassword: ForgotPassword | null;
  /** The QR sign-in panel; shown when the lock is on the credentials form and its wizard offers QR. */
  qrPanel?: ReactNode;
}

export interface NewPasswordStepProps extends StepProps<'new-password'> {
  /** The server's rules, shown as a live checklist (`<SignInFlow passwordRules>`); null: none shown. */
  passwordRules?: PasswordRules | null | undefined;
}

/** Screens by step, each replaceable through `components={{ ... }}`. */
export interface StepComponents {
  LoadingStep: ComponentType<StepProps<'loading' | 'password-changed'>>;
  CredentialsStep: ComponentType<CredentialsStepProps>;
  ChooseFactorStep: ComponentType<StepProps<'choose-factor'>>;
  VerifyCodeStep: ComponentType<StepProps<'verify-code'>>;
  ResetCodeStep: ComponentType<StepProps<'reset-code'>>;
  NewPasswordStep: ComponentType<NewPasswordStepProps>;
  LockedStep: ComponentType<LockedStepProps>;
  SignedInStep: ComponentType<StepProps<'signed-in'>>;
  UnknownStep: ComponentType<StepProps<'unknown'>>;
  ErrorStep: ComponentType<StepProps<'error'>>;
}
