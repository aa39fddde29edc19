/**
 * The one place that reads a server `workflow`: a pure mapping from a parsed `WizardStep` to
 * the screen the person should see. `workflow` is an open set, so anything this package does
 * not know becomes `{ kind: 'unknown' }`, never an exception.
 */
import { isTwoFactorMethodName, methodOfWorkflow } from '../client/two-factor-method';
import type { TwoFactorProvider, WizardStep } from '../client/types';
import type { Step } from './types';

/**
 * The `workflow` values of the contract (CONTRACT.md). Any `2fa_{name}_auth` with a safe name
 * (`emailCode` is one seen on real servers) is a code step too: see `methodOfWorkflow`.
 */
export const workflows = {
  login: 'login',
  twoFactor: '2fa',
  googleCode: '2fa_google_auth',
  smsCode: '2fa_sms_auth',
  emailCode: '2fa_email_auth',
  resetCode: 'reset_password_email',
  newPassword: 'reset_password',
} as const;

/**
 * The second-factor methods this package knows by name (its own texts on the code screen). Any
 * other method with a safe name is verified too (`POST /2fa/{name}`), labelled with the server's caption.
 */
export const verifiableMethods = ['google', 'sms', 'email'] as const;

const isBuiltIn = (name: string): boolean => (verifiableMethods as readonly string[]).includes(name);

/** What `toStep` needs besides the envelope; all optional so the mapping stays a pure function. */
export interface ToStepContext {
  /** Wall-clock ms "now", for the SMS resend countdown. Default 0. */
  now?: number;
  /** Methods already known from an earlier `2fa` step (the code steps themselves carry none). */
  providers?: TwoFactorProvider[] | undefined;
  /** Seconds before an SMS may be resent. Default 30 (the simulator's cooldown; B2Core does not publish one). */
  resendCooldownSeconds?: number | undefined;
}

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
    // Only SMS has a resend (re-choosing it, CONTRACT.md). Nothing published says re-choosing
    // `email` sends a new e-mail, so e-mail and admin-added methods have none.
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
      // A method whose name is not a safe path segment could never be verified: not offered.
      const enabled = wizard.providers.filter((p) => p.enabled && isTwoFactorMethodName(p.name));
      if (enabled.length === 0) return unknown;
      // One built-in method: straight to its code screen, no picker, no request, as the vendor's
      // docs say (the server sends an SMS- or e-mail-only account's code with its answer to the
      // password). One admin-added method goes through the picker: its choose call is harmless,
      // and the server's answer (`2fa_{name}_auth`) then decides, whatever that method needs first.
      const only = enabled.length === 1 ? enabled[0] : undefined;
      if (only && isBuiltIn(only.name)) return codeStep(only.name, enabled);
      return { kind: 'choose-factor', uuid, providers: enabled };
    }
    case workflows.resetCode:
      return { kind: 'reset-code', uuid };
    case workflows.newPassword:
      return { kind: 'new-password', uuid };
    default: {
      // `2fa_google_auth`, `2fa_sms_auth`, `2fa_email_auth`, and any admin-added `2fa_{name}_auth`.
      const method = methodOfWorkflow(workflow);
      return method ? codeStep(method, providersOr(wizard, context, method)) : unknown;
    }
  }
}

/** The methods to offer on a code step: the step's own, else the earlier ones, else just this one. */
function providersOr(wizard: WizardStep, context: ToStepContext, method: string): TwoFactorProvider[] {
  const own = wizard.providers.filter((p) => p.enabled && isTwoFactorMethodName(p.name));
  if (own.length > 0) return own;
  if (context.providers && context.providers.length > 0) return context.providers;
  return [{ name: method, localizedCaption: method, enabled: true }];
}
