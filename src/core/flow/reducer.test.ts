import { describe, expect, it } from 'vitest';
import {
  errorFixture,
  errorFixtureNames,
  stepFixture,
  stepFixtureNames,
  type FixtureName,
} from '../../../test/fixtures';
import { toFlowError } from './flow-error';
import { awaitsWizard, flowReducer, initialFlowState, type FlowReducerState } from './reducer';
import { toStep } from './to-step';
import type { Step, StepKind } from './types';

const NOW = 1_767_225_600_000;
const uuid = '36f59381-5b54-48bd-a0c7-3b908c476732';
const options = { isRecaptchaEnabled: false, isQrAvailable: true, isPasswordRecoveryAvailable: true };
const both = [
  { name: 'sms', localizedCaption: 'SMS', enabled: true },
  { name: 'google', localizedCaption: 'Google Authenticator', enabled: true },
];
const at = (step: Step, patch: Partial<FlowReducerState> = {}): FlowReducerState => ({ ...initialFlowState(), step, ...patch });
const credentials = at({ kind: 'credentials', uuid, options }, { email: 'client@example.com' });
const chooser = at({ kind: 'choose-factor', uuid, providers: both });
const smsCode = at({ kind: 'verify-code', uuid, method: 'sms', providers: both, resendAt: NOW });
const googleOnly = at({ kind: 'verify-code', uuid, method: 'google', providers: [both[1]!], resendAt: null });

describe('toStep over every step fixture', () => {
  const table: Array<[FixtureName, StepKind, Record<string, unknown>?]> = [
    ['wizard-login', 'credentials', { options }],
    ['wizard-login-recaptcha', 'credentials', { options: { isRecaptchaEnabled: true, isQrAvailable: false, isPasswordRecoveryAvailable: false } }],
    ['signin-success', 'signed-in'],
    ['signin-2fa-both', 'choose-factor', { providers: both }],
    ['signin-2fa-google', 'verify-code', { method: 'google', resendAt: null }],
    ['signin-2fa-sms', 'verify-code', { method: 'sms', resendAt: NOW + 30_000 }],
    ['choose-google', 'verify-code', { method: 'google' }],
    ['choose-sms', 'verify-code', { method: 'sms', resendAt: NOW + 30_000 }],
    ['signin-2fa-email', 'verify-code', { method: 'email', resendAt: null }],
    ['choose-email', 'verify-code', { method: 'email', resendAt: null }],
    ['signin-reset-required', 'reset-code', { uuid }],
    ['restore-ok', 'new-password', { uuid }],
    ['reset-ok', 'password-changed', { email: 'reset@example.com' }],
    ['unknown-workflow', 'unknown', { workflow: 'kyc_questionnaire' }],
  ];

  it('covers every step fixture', () => {
    expect(table.map(([name]) => name).sort()).toEqual([...stepFixtureNames].sort());
  });

  it.each(table)('%s → %s', async (name, kind, fields) => {
    const step = toStep(await stepFixture(name), { now: NOW });
    expect(step.kind).toBe(kind);
    if (fields) expect(step).toMatchObject(fields);
  });

  it('signed-in carries the token pair', async () => {
    const step = toStep(await stepFixture('signin-success'));
    expect(step.kind === 'signed-in' && step.tokens.accessToken.token).toMatch(/^ey/);
  });

  it('an unknown workflow or a 2fa with no enabled method is a kind, never a throw', async () => {
    const wizard = await stepFixture('signin-2fa-both');
    expect(toStep({ ...wizard, providers: [] }).kind).toBe('unknown');
    expect(toStep({ ...wizard, workflow: '2fa_../signout_auth' }).kind).toBe('unknown');
    // One method the package cannot verify goes to the picker, which shows the server's caption.
    const custom = [{ name: 'yubikey', localizedCaption: 'Security key', enabled: true }];
    expect(toStep({ ...wizard, providers: custom })).toMatchObject({ kind: 'choose-factor', providers: custom });
  });
});

describe('flowReducer, answered: table over fixtures', () => {
  const table: Array<[string, FlowReducerState, FixtureName, Partial<FlowReducerState> & { kind: StepKind }]> = [
    ['credentials → signed in', credentials, 'signin-success', { kind: 'signed-in' }],
    ['credentials → chooser', credentials, 'signin-2fa-both', { kind: 'choose-factor' }],
    ['credentials → google code', credentials, 'signin-2fa-google', { kind: 'verify-code' }],
    ['credentials → reset code', credentials, 'signin-reset-required', { kind: 'reset-code' }],
    ['credentials → unknown', credentials, 'unknown-workflow', { kind: 'unknown' }],
    ['chooser → sms code keeps both methods', chooser, 'choose-sms', { kind: 'verify-code' }],
    ['reset code → new password', at({ kind: 'reset-code', uuid }), 'restore-ok', { kind: 'new-password' }],
    [
      'new password → fresh wizard with the email filled in',
      at({ kind: 'new-password', uuid }, { generation: 3 }),
      'reset-ok',
      { kind: 'loading', email: 'reset@example.com', notice: 'password-changed', generation: 4 },
    ],
  ];

  it.each(table)('%s', async (_label, from, name, expected) => {
    const { kind, ...rest } = expected;
    const next = flowReducer({ ...from, error: toFlowError(new Error('old')) }, { type: 'answered', wizard: await stepFixture(name), now: NOW });
    expect(next.step.kind).toBe(kind);
    expect(next).toMatchObject(rest);
    if (kind !== 'loading') expect(next.error).toBeNull();
  });

  it('a code step reached from the chooser offers the other method', async () => {
    const next = flowReducer(chooser, { type: 'answered', wizard: await stepFixture('choose-google'), now: NOW });
    expect(next.step).toMatchObject({ kind: 'verify-code', method: 'google', providers: both, resendAt: null });
    const back = flowReducer(next, { type: 'choose-another-method' });
    expect(back.step).toEqual({ kind: 'choose-factor', uuid, providers: both });
    // With one method there is nothing to go back to.
    expect(flowReducer(googleOnly, { type: 'choose-another-method' })).toBe(googleOnly);
  });
});

describe('flowReducer, failed: table over error fixtures', () => {
  const table: Array<[FixtureName, FlowReducerState, (s: FlowReducerState) => void]> = [
    ['error-invalid-credentials', credentials, (s) => expect(s).toMatchObject({ step: credentials.step, error: { serverCode: 1001 } })],
    ['error-invalid-code', smsCode, (s) => expect(s).toMatchObject({ step: smsCode.step, error: { serverCode: 1002 } })],
    ['error-recaptcha', credentials, (s) => expect(s.error).toMatchObject({ serverCode: 1005, status: 400 })],
    [
      'error-rate-limited',
      credentials,
      (s) => {
        expect(s.step).toEqual({ kind: 'locked', reason: 'too-many-attempts', until: NOW + 600_000, retryAfterSeconds: 600, resume: credentials.step });
        expect(s.error).toBeNull();
      },
    ],
    [
      'error-resend-cooldown',
      smsCode,
      (s) => expect(s).toMatchObject({ step: { kind: 'verify-code', resendAt: NOW + 25_000 }, error: { kind: 'rate-limited' } }),
    ],
    [
      'error-wizard-expired',
      credentials,
      (s) => expect(s).toMatchObject({ step: { kind: 'loading' }, email: 'client@example.com', notice: 'wizard-expired', generation: 1, hasRestarted: true }),
    ],
    ['error-password-rules', at({ kind: 'new-password', uuid }), (s) => expect(s.error?.details).toEqual([{ field: 'password', issue: 'The password must contain at least one digit.' }])],
    [
      'error-maintenance',
      credentials,
      (s) => {
        expect(s.step).toEqual({ kind: 'locked', reason: 'maintenance', until: NOW + 300_000, retryAfterSeconds: 300, resume: credentials.step });
        expect(s.error).toBeNull();
      },
    ],
    ['error-server', credentials, (s) => expect(s).toMatchObject({ step: credentials.step, error: { kind: 'http', status: 500 } })],
    ['error-proxy-html', credentials, (s) => expect(s).toMatchObject({ step: credentials.step, error: { kind: 'http', status: 502, serverMessage: null } })],
  ];

  it('covers every error fixture', () => {
    expect(table.map(([name]) => name).sort()).toEqual([...errorFixtureNames].sort());
  });

  it.each(table)('%s', async (name, from, check) => {
    check(flowReducer(from, { type: 'failed', error: toFlowError(await errorFixture(name)), now: NOW }));
  });

  it('an expired wizard restarts once, then shows the error (no loop)', async () => {
    const error = toFlowError(await errorFixture('error-wizard-expired'));
    const restarted = flowReducer(credentials, { type: 'failed', error, now: NOW });
    const loaded = flowReducer(restarted, { type: 'wizard-loaded', wizard: await stepFixture('wizard-login'), generation: 1, now: NOW });
    expect(loaded).toMatchObject({ step: { kind: 'credentials' }, notice: 'wizard-expired', email: 'client@example.com' });
    const again = flowReducer(loaded, { type: 'failed', error, now: NOW });
    expect(again).toMatchObject({ step: { kind: 'credentials' }, error: { serverCode: 1003 }, generation: 1 });
    // An answered step ends the episode: a later expiry may restart again.
    const answered = flowReducer(again, { type: 'answered', wizard: await stepFixture('signin-2fa-google'), now: NOW });
    expect(answered.hasRestarted).toBe(false);
  });

  it('a 429 while locked extends the lock and keeps the step to resume', async () => {
    const error = toFlowError(await errorFixture('error-rate-limited'));
    const locked = flowReducer(smsCode, { type: 'failed', error, now: NOW });
    const later = flowReducer(locked, { type: 'failed', error, now: NOW + 1000 });
    expect(later.step).toMatchObject({ kind: 'locked', until: NOW + 601_000, resume: smsCode.step });
  });

  it.each([Infinity, Number.NaN, -1e9, 1e15])('a 429 whose retryAfterSeconds is absurd (%d) locks within 1 s … 24 h', async (seconds) => {
    const error = { ...toFlowError(await errorFixture('error-rate-limited')), retryAfterSeconds: seconds };
    const locked = flowReducer(credentials, { type: 'failed', error, now: NOW });
    expect(locked.step.kind).toBe('locked');
    if (locked.step.kind !== 'locked') return;
    expect(Number.isFinite(locked.step.until)).toBe(true);
    expect(locked.step.until - NOW).toBeGreaterThanOrEqual(1000);
    expect(locked.step.until - NOW).toBeLessThanOrEqual(86_400_000);
    const cooldown = flowReducer(smsCode, { type: 'failed', error: { ...error, serverCode: 1009 }, now: NOW });
    expect(cooldown.step).toMatchObject({ kind: 'verify-code', resendAt: expect.any(Number) });
    if (cooldown.step.kind === 'verify-code') expect((cooldown.step.resendAt ?? 0) - NOW).toBeLessThanOrEqual(86_400_000);
  });

  it('a 429 with nothing to resume is shown as an error', async () => {
    const error = toFlowError(await errorFixture('error-rate-limited'));
    const unknown = at({ kind: 'unknown', uuid, workflow: 'x', raw: null });
    expect(flowReducer(unknown, { type: 'failed', error, now: NOW })).toMatchObject({ step: unknown.step, error: { kind: 'rate-limited' } });
  });
});

describe('flowReducer, lifecycle events', () => {
  it('the wizard of the current generation loads; a stale one is ignored', async () => {
    const wizard = await stepFixture('wizard-login');
    const start = initialFlowState('kept@example.com');
    expect(flowReducer(start, { type: 'wizard-loaded', wizard, generation: 5, now: NOW })).toBe(start);
    expect(flowReducer(start, { type: 'wizard-loaded', wizard, generation: 0, now: NOW })).toMatchObject({
      step: { kind: 'credentials', uuid },
      email: 'kept@example.com',
    });
  });

  it('starts on the credentials form, before its wizard: no uuid, every option off, wizard loading', () => {
    expect(initialFlowState('kept@example.com')).toEqual({
      step: {
        kind: 'credentials',
        uuid: '',
        options: { isRecaptchaEnabled: false, isQrAvailable: false, isPasswordRecoveryAvailable: false },
        wizard: 'loading',
      },
      email: 'kept@example.com',
      error: null,
      notice: null,
      generation: 0,
      hasRestarted: false,
    });
    expect(awaitsWizard(initialFlowState().step)).toBe(true);
    expect(awaitsWizard({ kind: 'loading' })).toBe(true);
    expect(awaitsWizard(credentials.step)).toBe(false);
  });

  it('the first wizard fills in the form it arrived under: uuid and options, the wizard no longer pending', async () => {
    const loaded = flowReducer(initialFlowState(), { type: 'wizard-loaded', wizard: await stepFixture('wizard-login-recaptcha'), generation: 0, now: NOW });
    expect(loaded.step).toEqual({
      kind: 'credentials',
      uuid,
      options: { isRecaptchaEnabled: true, isQrAvailable: false, isPasswordRecoveryAvailable: false },
    });
    expect(awaitsWizard(loaded.step)).toBe(false);
    // Arriving twice (StrictMode effects) changes nothing.
    expect(flowReducer(loaded, { type: 'wizard-loaded', wizard: await stepFixture('wizard-login'), generation: 0, now: NOW })).toBe(loaded);
  });

  it('the first wizard fails: the form stays with the error on it; restart retries under the same form', async () => {
    const error = toFlowError(await errorFixture('error-proxy-html'));
    const start = flowReducer(initialFlowState(), { type: 'submitted', email: 'typed@example.com' });
    const failed = flowReducer(start, { type: 'wizard-failed', error, generation: 0, now: NOW });
    expect(failed).toMatchObject({ step: { kind: 'credentials', uuid: '', wizard: 'failed' }, error, email: 'typed@example.com' });
    // A late or stale answer for the failed generation is ignored.
    expect(flowReducer(failed, { type: 'wizard-loaded', wizard: await stepFixture('wizard-login'), generation: 0, now: NOW })).toBe(failed);
    const retried = flowReducer(failed, { type: 'restart' });
    expect(retried).toMatchObject({ step: { kind: 'credentials', wizard: 'loading' }, generation: 1, error: null, email: 'typed@example.com' });
    expect(flowReducer(retried, { type: 'wizard-loaded', wizard: await stepFixture('wizard-login'), generation: 1, now: NOW })).toMatchObject({
      step: { kind: 'credentials', uuid, options },
      error: null,
    });
  });

  it("a restart's wizard that fails to load is the error step; restart fetches a new one", async () => {
    const error = toFlowError(await errorFixture('error-proxy-html'));
    const restarting = flowReducer(credentials, { type: 'restart' });
    expect(restarting).toMatchObject({ step: { kind: 'loading' }, generation: 1 });
    const failed = flowReducer(restarting, { type: 'wizard-failed', error, generation: 1, now: NOW });
    expect(failed.step).toEqual({ kind: 'error', error });
    expect(flowReducer(failed, { type: 'restart' })).toMatchObject({ step: { kind: 'loading' }, generation: 2, error: null });
  });

  it('submitted records the email and clears the last error and notice', () => {
    const withError = { ...credentials, error: toFlowError(null), notice: 'wizard-expired' as const };
    expect(flowReducer(withError, { type: 'submitted', email: 'new@example.com' })).toMatchObject({
      email: 'new@example.com',
      error: null,
      notice: null,
    });
    expect(flowReducer(withError, { type: 'submitted' }).email).toBe('client@example.com');
  });

  it('lock-ended: credentials come back on a fresh wizard, a code step as it was', () => {
    const locked = (resume: FlowReducerState['step']) =>
      at({ kind: 'locked', reason: 'too-many-attempts', until: NOW, retryAfterSeconds: 1, resume } as Step, { email: 'client@example.com' });
    expect(flowReducer(locked(credentials.step), { type: 'lock-ended' })).toMatchObject({
      step: { kind: 'loading' },
      generation: 1,
      notice: 'lock-ended',
      email: 'client@example.com',
    });
    expect(flowReducer(locked(smsCode.step), { type: 'lock-ended' })).toMatchObject({ step: smsCode.step, notice: 'lock-ended' });
    expect(flowReducer(credentials, { type: 'lock-ended' })).toBe(credentials);
  });

  it('maintenance (503 + Retry-After): the locked step with its reason; at the end the form comes back with its own notice', async () => {
    const error = toFlowError(await errorFixture('error-maintenance'));
    expect(error).toMatchObject({ kind: 'http', status: 503, retryAfterSeconds: 300 });
    const down = flowReducer(smsCode, { type: 'failed', error, now: NOW });
    expect(down.step).toMatchObject({ kind: 'locked', reason: 'maintenance', until: NOW + 300_000, resume: smsCode.step });
    expect(flowReducer(down, { type: 'lock-ended' })).toMatchObject({ step: smsCode.step, notice: 'maintenance-ended' });
    // A 503 without Retry-After stays an error on the step.
    const plain = flowReducer(smsCode, { type: 'failed', error: { ...error, retryAfterSeconds: null }, now: NOW });
    expect(plain).toMatchObject({ step: smsCode.step, error: { status: 503 } });
  });

  it('a wizard that answers 429 or maintenance: a countdown, then a fresh wizard', async () => {
    const error = toFlowError(await errorFixture('error-maintenance'));
    const first = flowReducer(initialFlowState(), { type: 'wizard-failed', error, generation: 0, now: NOW });
    expect(first.step).toMatchObject({ kind: 'locked', reason: 'maintenance', until: NOW + 300_000, resume: { kind: 'credentials' } });
    expect(flowReducer(first, { type: 'lock-ended' })).toMatchObject({ step: { kind: 'loading' }, generation: 1, notice: 'maintenance-ended' });
    const restarting = flowReducer(credentials, { type: 'restart' });
    const limited = toFlowError(await errorFixture('error-rate-limited'));
    const again = flowReducer(restarting, { type: 'wizard-failed', error: limited, generation: 1, now: NOW });
    expect(again.step).toMatchObject({ kind: 'locked', reason: 'too-many-attempts', until: NOW + 600_000 });
  });

  it('a Retry-After beyond 24 h is bounded to 24 h', async () => {
    const error = { ...toFlowError(await errorFixture('error-rate-limited')), retryAfterSeconds: 10 ** 12 };
    expect(flowReducer(credentials, { type: 'failed', error, now: NOW }).step).toMatchObject({ kind: 'locked', until: NOW + 86_400_000, retryAfterSeconds: 86_400 });
  });

  it('locked-elsewhere: another tab\'s lock locks this step until the same deadline; never shortened, never past', () => {
    const elsewhere = (until: number, reason: 'too-many-attempts' | 'maintenance' = 'too-many-attempts') =>
      ({ type: 'locked-elsewhere', reason, until, now: NOW }) as const;
    const locked = flowReducer(credentials, elsewhere(NOW + 90_000));
    expect(locked).toMatchObject({ step: { kind: 'locked', reason: 'too-many-attempts', until: NOW + 90_000, retryAfterSeconds: 90, resume: credentials.step }, error: null });
    // A shorter or equal lock changes nothing; a longer one extends it, keeping what comes back.
    expect(flowReducer(locked, elsewhere(NOW + 30_000))).toBe(locked);
    expect(flowReducer(locked, elsewhere(NOW + 90_000))).toBe(locked);
    expect(flowReducer(locked, elsewhere(NOW + 120_000, 'maintenance')).step).toMatchObject({ reason: 'maintenance', until: NOW + 120_000, resume: credentials.step });
    // A deadline in the past, or a screen with nothing to lock, is left alone.
    expect(flowReducer(credentials, elsewhere(NOW - 1))).toBe(credentials);
    expect(flowReducer(credentials, elsewhere(NOW))).toBe(credentials);
    const signedIn = at({ kind: 'signed-in', tokens: { accessToken: 'a', refreshToken: 'r', expiresAt: 0, createdAt: 0 } } as unknown as Step);
    expect(flowReducer(signedIn, elsewhere(NOW + 90_000))).toBe(signedIn);
    // Bounded to 24 h like a header.
    expect(flowReducer(credentials, elsewhere(NOW + 10 ** 12)).step).toMatchObject({ until: NOW + 86_400_000 });
  });

  it('never holds a secret: the state serialises without the password or code', async () => {
    let state = flowReducer(credentials, { type: 'submitted', email: 'client@example.com' });
    state = flowReducer(state, { type: 'failed', error: toFlowError(await errorFixture('error-invalid-credentials')), now: NOW });
    expect(JSON.stringify(state)).not.toMatch(/Secret123|password"/);
  });
});
