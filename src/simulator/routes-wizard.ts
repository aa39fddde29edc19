import { isObject } from '../core/is-object';
import { tfaProviders, type AccountRecord, type TwoFactorMethod } from './accounts';
import { decodeBase64Utf8 } from './encoding';
import { fail, readJsonObject, requireStrings, step, tooMany } from './http';
import { checkPassword } from './password-rules';
import { capSessions } from './retention';
import { findAccountByEmail, findAccountById, newId, sendCode, type SimState, type Wizard, type WizardStage } from './state';
import { verifyTotp } from './totp';

/** `GET /signin/wizard`: a new wizard session. */
export function startWizard(state: SimState): Response {
  const { config } = state;
  const wizard: Wizard = {
    uuid: newId(state),
    expiresAt: state.now() + config.lifetimes.wizardMs,
    stage: 'login',
    accountId: null,
    sms: null,
    email: null,
    resetCode: null,
  };
  state.wizards.set(wizard.uuid, wizard);
  capSessions(state);
  return step(
    wizard.uuid,
    200,
    'login',
    {
      recaptcha: { enabled: config.recaptchaEnabled },
      is_qr_available: config.qrAvailable,
      is_password_recovery_available: config.passwordRecoveryAvailable,
    },
    false,
  );
}

interface OpenWizard {
  wizard: Wizard;
  body: Record<string, unknown>;
}

/**
 * Parses the body and finds its wizard: 400 without a uuid, 410 when unknown or expired,
 * 409 when `accepts` refuses the wizard's stage.
 */
async function openWizard(
  state: SimState,
  request: Request,
  accepts: (wizard: Wizard, account: AccountRecord | undefined) => boolean,
): Promise<OpenWizard | Response> {
  const body = await readJsonObject(request);
  if (body instanceof Response) return body;
  const fields = requireStrings(body, ['uuid']);
  if (fields instanceof Response) return fields;
  const wizard = state.wizards.get(fields.uuid);
  if (!wizard || wizard.expiresAt <= state.now()) {
    state.wizards.delete(fields.uuid);
    return fail(410, 'wizardExpired', 'The sign-in session has expired. Please start again.');
  }
  if (!accepts(wizard, findAccountById(state, wizard.accountId))) {
    return fail(409, 'wrongStep', `This step is not expected now (the sign-in is at "${wizard.stage}").`);
  }
  return { wizard, body };
}

const atStage =
  (...stages: WizardStage[]) =>
  (wizard: Wizard): boolean =>
    stages.includes(wizard.stage);

/** Both keys an attempt counts against: the account and the wizard. */
const attemptKeys = (kind: string, email: string, uuid: string) => [`${kind}:account:${email}`, `${kind}:wizard:${uuid}`];

const limited = (state: SimState, keys: string[]): Response | null => {
  const verdict = state.limiter.attempt(keys);
  return verdict.allowed ? null : tooMany('tooManyAttempts', verdict.retryAfterMs, 'Too many attempts. Please try again later.');
};

/** Finishes a wizard with tokens: 202 `login`, done. The wizard is used up (then 410). */
function signedIn(state: SimState, wizard: Wizard, account: AccountRecord): Response {
  state.wizards.delete(wizard.uuid);
  const pair = state.tokens.issuePair(account);
  return step(wizard.uuid, 202, 'login', { ...pair, tfaProviders: tfaProviders(account) }, true);
}

/** Whether a fingerprint is Base64 of UTF-8 JSON with a non-empty `user_agent` string. */
export function isValidFingerprint(value: unknown): boolean {
  if (typeof value !== 'string' || value === '') return false;
  const text = decodeBase64Utf8(value);
  if (text === null) return false;
  try {
    const parsed: unknown = JSON.parse(text);
    return isObject(parsed) && typeof parsed.user_agent === 'string' && parsed.user_agent !== '';
  } catch {
    return false;
  }
}

/** The methods whose code the server sends: SMS to the phone, e-mail to the account's address. */
type SentMethod = 'sms' | 'email';

const isSent = (method: TwoFactorMethod): method is SentMethod => method === 'sms' || method === 'email';

const isMethod = (value: unknown): value is TwoFactorMethod => value === 'google' || value === 'sms' || value === 'email';

/** Sends a code by SMS or e-mail to the wizard's account and remembers it as the one to expect. */
function sendFactorCode(state: SimState, wizard: Wizard, account: AccountRecord, method: SentMethod): void {
  wizard[method] = sendCode(state, method, method === 'sms' ? (account.phone ?? '') : account.email);
}

/** `POST /signin`: email + password. */
export async function signIn(state: SimState, request: Request): Promise<Response> {
  const opened = await openWizard(state, request, atStage('login'));
  if (opened instanceof Response) return opened;
  const { wizard, body } = opened;
  const fields = requireStrings(body, ['email', 'password', 'device_fingerprint']);
  if (fields instanceof Response) return fields;
  if (!isValidFingerprint(fields.device_fingerprint)) {
    return fail(400, 'validation', 'The device fingerprint is invalid.', {
      details: [{ field: 'device_fingerprint', issue: 'Expected Base64 of JSON with a user_agent.' }],
    });
  }
  const recaptcha = body.recaptchaResponse;
  if (state.config.recaptchaEnabled && (typeof recaptcha !== 'string' || recaptcha.trim() === '')) {
    return fail(400, 'recaptchaFailed', 'Please confirm that you are not a robot.');
  }
  const email = fields.email.trim().toLowerCase();
  const blocked = limited(state, attemptKeys('signin', email, wizard.uuid));
  if (blocked) return blocked;

  const account = findAccountByEmail(state, email);
  // One answer for an unknown email and a wrong password: never reveal which.
  if (!account || account.password !== fields.password) {
    return fail(400, 'invalidCredentials', 'The email or password is incorrect.');
  }
  wizard.accountId = account.id;

  if (account.forcedPasswordReset) {
    wizard.resetCode = sendCode(state, 'email', account.email);
    wizard.stage = 'reset_password_email';
    return step(wizard.uuid, 200, 'reset_password_email', null, false);
  }
  if (account.twoFactor.length === 0) return signedIn(state, wizard, account);

  wizard.stage = '2fa';
  // An SMS-only or e-mail-only account gets its code right away: there is nothing to choose.
  const only = account.twoFactor.length === 1 ? account.twoFactor[0] : undefined;
  if (only && isSent(only)) sendFactorCode(state, wizard, account, only);
  return step(wizard.uuid, 200, '2fa', { accessToken: {}, refreshToken: {}, tfaProviders: tfaProviders(account) }, false);
}

/**
 * `POST /signin/2fa`: choose a method; `sms` (or `email`) again while on its step is the resend,
 * behind the same cooldown.
 */
export async function chooseTwoFactor(state: SimState, request: Request): Promise<Response> {
  const opened = await openWizard(state, request, atStage('2fa', '2fa_google_auth', '2fa_sms_auth', '2fa_email_auth'));
  if (opened instanceof Response) return opened;
  const { wizard, body } = opened;
  const account = findAccountById(state, wizard.accountId);
  if (!account) return fail(410, 'wizardExpired', 'The sign-in session has expired. Please start again.');
  const type = body.type;
  if (!isMethod(type)) {
    return fail(400, 'validation', 'Unknown two-factor method.', { details: [{ field: 'type', issue: 'Expected "google", "sms" or "email".' }] });
  }
  if (!account.twoFactor.includes(type)) {
    return fail(400, 'validation', 'This two-factor method is not enabled.', {
      details: [{ field: 'type', issue: 'Not enabled for this account.' }],
    });
  }
  const stage = `2fa_${type}_auth` as const;
  if (isSent(type)) {
    const last = wizard[type];
    const sinceLast = last ? state.now() - last.sentAt : Infinity;
    const cooldown = state.config.limits.smsResendCooldownMs;
    if (wizard.stage === stage) {
      // Already on this method's step: this is the resend.
      if (sinceLast < cooldown) {
        return tooMany('resendCooldown', cooldown - sinceLast, 'A code was sent a moment ago. Please wait before asking again.');
      }
      sendFactorCode(state, wizard, account, type);
    } else if (sinceLast >= cooldown) {
      sendFactorCode(state, wizard, account, type);
    }
    // Else entering the step within the cooldown of a send (the one-method account's code sent
    // by /signin, or switching back from another method): the code already sent stays valid.
  }
  wizard.stage = stage;
  return step(wizard.uuid, 200, stage, { tfaProviders: tfaProviders(account) }, false);
}

/** The code endpoints also work straight after `/signin` for an account with that one method. */
const onCodeStep =
  (method: TwoFactorMethod) =>
  (wizard: Wizard, account: AccountRecord | undefined): boolean =>
    wizard.stage === `2fa_${method}_auth` ||
    (wizard.stage === '2fa' && account?.twoFactor.length === 1 && account.twoFactor[0] === method);

/** `POST /2fa/google`, `POST /2fa/sms` and `POST /2fa/email`: the second factor's code. */
export async function verifyCode(state: SimState, request: Request, method: TwoFactorMethod): Promise<Response> {
  const opened = await openWizard(state, request, onCodeStep(method));
  if (opened instanceof Response) return opened;
  const { wizard, body } = opened;
  const account = findAccountById(state, wizard.accountId);
  if (!account) return fail(410, 'wizardExpired', 'The sign-in session has expired. Please start again.');
  const fields = requireStrings(body, ['code']);
  if (fields instanceof Response) return fields;
  const blocked = limited(state, attemptKeys('code', account.email, wizard.uuid));
  if (blocked) return blocked;

  const code = fields.code.trim();
  const now = state.now();
  // SMS and e-mail: the last code sent in this wizard, within the code lifetime (`smsCodeMs` for both).
  const sent = method === 'google' ? null : wizard[method];
  const valid =
    method === 'google'
      ? account.totpSecret !== null && verifyTotp(account.totpSecret, code, now, 1)
      : sent !== null && sent.code === code && now - sent.sentAt < state.config.lifetimes.smsCodeMs;
  if (!valid) return fail(400, 'invalidCode', 'The code is incorrect or has expired.');
  return signedIn(state, wizard, account);
}

/** `POST /signin/password/restore`: the emailed reset code. */
export async function restorePassword(state: SimState, request: Request): Promise<Response> {
  const opened = await openWizard(state, request, atStage('reset_password_email'));
  if (opened instanceof Response) return opened;
  const { wizard, body } = opened;
  const account = findAccountById(state, wizard.accountId);
  if (!account) return fail(410, 'wizardExpired', 'The sign-in session has expired. Please start again.');
  if (body.action !== 'code') {
    return fail(400, 'validation', 'Unknown action.', { details: [{ field: 'action', issue: 'Expected "code".' }] });
  }
  const fields = requireStrings(body, ['code']);
  if (fields instanceof Response) return fields;
  const blocked = limited(state, attemptKeys('code', account.email, wizard.uuid));
  if (blocked) return blocked;
  const sent = wizard.resetCode;
  if (!sent || sent.code !== fields.code.trim() || state.now() - sent.sentAt >= state.config.lifetimes.resetCodeMs) {
    return fail(400, 'invalidCode', 'The code is incorrect or has expired.');
  }
  wizard.stage = 'reset_password';
  return step(wizard.uuid, 200, 'reset_password', null, false);
}

/** `POST /signin/password/reset`: the new password. No tokens: the person signs in again. */
export async function resetPassword(state: SimState, request: Request): Promise<Response> {
  const opened = await openWizard(state, request, atStage('reset_password'));
  if (opened instanceof Response) return opened;
  const { wizard, body } = opened;
  const account = findAccountById(state, wizard.accountId);
  if (!account) return fail(410, 'wizardExpired', 'The sign-in session has expired. Please start again.');
  const fields = requireStrings(body, ['password', 'passwordConfirmation']);
  if (fields instanceof Response) return fields;
  if (fields.password !== fields.passwordConfirmation) {
    return fail(422, 'validation', 'The passwords do not match.', {
      details: [{ field: 'passwordConfirmation', issue: 'Does not match the password.' }],
    });
  }
  const broken = checkPassword(fields.password, state.config.passwordRules);
  if (broken.length > 0) {
    return fail(422, 'passwordRules', 'The password does not meet the requirements.', { details: broken });
  }
  account.password = fields.password;
  account.forcedPasswordReset = false;
  state.wizards.delete(wizard.uuid);
  return step(wizard.uuid, 202, 'login', { client: { id: account.id, email: account.email, settings: {} } }, true);
}
