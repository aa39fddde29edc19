import { isObject } from '../core/is-object';
import { tfaProviders, type AccountRecord } from './accounts';
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

/** Sends an SMS code to the wizard's account and remembers it as the one to expect. */
function sendSms(state: SimState, wizard: Wizard, account: AccountRecord): void {
  wizard.sms = sendCode(state, 'sms', account.phone ?? '');
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
  // An SMS-only account gets its code right away: there is nothing to choose.
  if (account.twoFactor.length === 1 && account.twoFactor[0] === 'sms') sendSms(state, wizard, account);
  return step(wizard.uuid, 200, '2fa', { accessToken: {}, refreshToken: {}, tfaProviders: tfaProviders(account) }, false);
}

/** `POST /signin/2fa`: choose a method; `sms` again while on the SMS step is the resend. */
export async function chooseTwoFactor(state: SimState, request: Request): Promise<Response> {
  const opened = await openWizard(state, request, atStage('2fa', '2fa_google_auth', '2fa_sms_auth'));
  if (opened instanceof Response) return opened;
  const { wizard, body } = opened;
  const account = findAccountById(state, wizard.accountId);
  if (!account) return fail(410, 'wizardExpired', 'The sign-in session has expired. Please start again.');
  const type = body.type;
  if (type !== 'google' && type !== 'sms') {
    return fail(400, 'validation', 'Unknown two-factor method.', { details: [{ field: 'type', issue: 'Expected "google" or "sms".' }] });
  }
  if (!account.twoFactor.includes(type)) {
    return fail(400, 'validation', 'This two-factor method is not enabled.', {
      details: [{ field: 'type', issue: 'Not enabled for this account.' }],
    });
  }
  if (type === 'sms') {
    const sinceLast = wizard.sms ? state.now() - wizard.sms.sentAt : Infinity;
    const cooldown = state.config.limits.smsResendCooldownMs;
    if (wizard.stage === '2fa_sms_auth') {
      // Already on the SMS step: this is the resend.
      if (sinceLast < cooldown) {
        return tooMany('resendCooldown', cooldown - sinceLast, 'A code was sent a moment ago. Please wait before asking again.');
      }
      sendSms(state, wizard, account);
    } else if (sinceLast >= cooldown) {
      sendSms(state, wizard, account);
    }
    // Else entering the SMS step within the cooldown of a send (the SMS-only account's code
    // sent by /signin, or switching back from Google): the code already sent stays valid.
    wizard.stage = '2fa_sms_auth';
    return step(wizard.uuid, 200, '2fa_sms_auth', { tfaProviders: tfaProviders(account) }, false);
  }
  wizard.stage = '2fa_google_auth';
  return step(wizard.uuid, 200, '2fa_google_auth', { tfaProviders: tfaProviders(account) }, false);
}

/** The code endpoints also work straight after `/signin` for an account with that one method. */
const onCodeStep =
  (method: 'google' | 'sms') =>
  (wizard: Wizard, account: AccountRecord | undefined): boolean =>
    wizard.stage === `2fa_${method === 'google' ? 'google' : 'sms'}_auth` ||
    (wizard.stage === '2fa' && account?.twoFactor.length === 1 && account.twoFactor[0] === method);

/** `POST /2fa/google` and `POST /2fa/sms`: the second factor's code. */
export async function verifyCode(state: SimState, request: Request, method: 'google' | 'sms'): Promise<Response> {
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
  const valid =
    method === 'google'
      ? account.totpSecret !== null && verifyTotp(account.totpSecret, code, now, 1)
      : wizard.sms !== null && wizard.sms.code === code && now - wizard.sms.sentAt < state.config.lifetimes.smsCodeMs;
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
