/**
 * The one place that reads a server `workflow`: a pure mapping from a parsed `WizardStep` to
 * the screen the person should see. `workflow` is an open set, so anything this package does
 * not know becomes `{ kind: 'unknown' }`, never an exception.
 */
import type { TwoFactorProvider, WizardStep } from '../client/types';
import type { Step } from './types';

/** The `workflow` values of the contract (CONTRACT.md). */
export const workflows = {
  login: 'login',
  twoFactor: '2fa',
  googleCode: '2fa_google_auth',
  smsCode: '2fa_sms_auth',
  resetCode: 'reset_password_email',
  newPassword: 'reset_password',
} as const;

/** The second-factor methods this package can verify (`POST /2fa/{name}`). */
export const verifiableMethods = ['google', 'sms'] as const;

/** What `toStep` needs besides the envelope; all optional so the mapping stays a pure function. */
export interface ToStepContext {
  /** Wall-clock ms "now", for the SMS resend countdown. Default 0. */
  now?: number;
  /** Methods already known from an earlier `2fa` step (the code steps themselves carry none). */
  providers?: TwoFactorProvider[] | undefined;
  /** Seconds before an SMS may be resent. Default 30 (the simulator's cooldown; B2Core does not publish one). */
  resendCooldownSeconds?: number | undefined;
}

const isVerifiable = (name: string): boolean => (verifiableMethods as readonly string[]).includes(name);

/** Maps a wizard response to a `Step`. Pure: same input, same output. */
export function toStep(wizard: WizardStep, context: ToStepContext = {}): Step {
  const { uuid, workflow } = wizard;
  const unknown: Step = { kind: 'unknown', uuid, workflow, raw: wizard.raw };
  // The final step: tokens, whatever the workflow is called.
  if (wizard.code === 202 && wizard.done && wizard.tokens) return { kind: 'signed-in', tokens: wizard.tokens };
  // A finished reset answers 202 `login` with the client and no tokens.
  if (wizard.done && wizard.client) return { kind: 'password-changed', email: wizard.client.email };
  const codeStep = (method: string, providers: TwoFactorProvider[]): Step => ({
    kind: 'verify-code',
    uuid,
    method,
    providers,
    resendAt: method === 'sms' ? (context.now ?? 0) + (context.resendCooldownSeconds ?? 30) * 1000 : null,
  });
  switch (workflow) {
    case workflows.login:
      if (wizard.done) return unknown;
      return {
        kind: 'credentials',
        uuid,
        options: wizard.options ?? { isRecaptchaEnabled: false, isQrAvailable: false, isPasswordRecoveryAvailable: false },
      };
    case workflows.twoFactor: {
      const enabled = wizard.providers.filter((p) => p.enabled);
      if (enabled.length === 0) return unknown;
      // One method the package can verify: straight to its code screen, no picker, no request
      // (the server sends an SMS-only account's code with its answer to the password).
      const only = enabled.length === 1 ? enabled[0] : undefined;
      if (only && isVerifiable(only.name)) return codeStep(only.name, enabled);
      return { kind: 'choose-factor', uuid, providers: enabled };
    }
    case workflows.googleCode:
      return codeStep('google', providersOr(wizard, context, 'google'));
    case workflows.smsCode:
      return codeStep('sms', providersOr(wizard, context, 'sms'));
    case workflows.resetCode:
      return { kind: 'reset-code', uuid };
    case workflows.newPassword:
      return { kind: 'new-password', uuid };
    default:
      return unknown;
  }
}

/** The methods to offer on a code step: the step's own, else the earlier ones, else just this one. */
function providersOr(wizard: WizardStep, context: ToStepContext, method: string): TwoFactorProvider[] {
  const own = wizard.providers.filter((p) => p.enabled);
  if (own.length > 0) return own;
  if (context.providers && context.providers.length > 0) return context.providers;
  return [{ name: method, localizedCaption: method, enabled: true }];
}
