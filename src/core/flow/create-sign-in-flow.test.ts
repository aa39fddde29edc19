import { describe, expect, it, vi } from 'vitest';
import { stepFixture } from '../../../test/fixtures';
import { createFakeClient, deferred, type FakeClient } from '../../../test/fixtures/fake-client';
import { createVirtualClock } from '../../test-support/qr/virtual-clock';
import type { WizardStep } from '../client/types';
import { createSignInFlow } from './create-sign-in-flow';
import type { LockoutMessage } from './lockout-channel';
import type { SignInFlowEvent } from './funnel-events';
import type { SignInFlowOptions } from './sign-in-flow-types';

const T0 = 1_767_225_600_000;
const credentials = { email: 'client@example.com', password: 'Secret123!' };
const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A flow on a fake client and a virtual clock, with its events, successes and lockout channel recorded. */
function setup(client: FakeClient = createFakeClient(), extra: Partial<SignInFlowOptions> = {}) {
  const clock = createVirtualClock();
  const now = () => T0 + clock.now();
  const events: SignInFlowEvent[] = [];
  const onSuccess = vi.fn();
  const announced: Array<[string, number]> = [];
  let hear: ((message: LockoutMessage) => void) | null = null;
  const flow = createSignInFlow({
    client,
    now,
    onEvent: (event) => events.push(event),
    onSuccess,
    lockoutChannel: (_baseUrl, onLock) => {
      hear = onLock;
      return { announce: (reason, until) => announced.push([reason, until]), close: () => (hear = null) };
    },
    ...extra,
  });
  const snapshots = [flow.getSnapshot()];
  flow.subscribe(() => snapshots.push(flow.getSnapshot()));
  return { flow, client, clock, now, events, onSuccess, announced, snapshots, hear: (m: LockoutMessage) => hear?.(m), isListening: () => hear !== null };
}

/** A wizard answer held until the test releases it. */
function heldWizard(client: FakeClient) {
  const held = deferred<WizardStep>();
  client.answer('wizard', () => held.promise);
  return held;
}

describe('createSignInFlow: lifecycle', () => {
  it('creating it is pure: no request, no clock read', () => {
    const client = createFakeClient();
    const now = vi.fn(() => T0);
    const flow = createSignInFlow({ client, now, lockoutChannel: () => null });
    expect(client.calls).toEqual([]);
    expect(now).not.toHaveBeenCalled();
    expect(flow.getSnapshot()).toMatchObject({ step: { kind: 'credentials', wizard: 'loading' }, isPending: false, pendingAction: null });
  });

  it('start loads the wizard; the snapshot is the same object until something changes', async () => {
    const { flow, client } = setup();
    flow.start();
    expect(client.count('wizard')).toBe(1);
    await tick();
    const snapshot = flow.getSnapshot();
    expect(snapshot.step).toMatchObject({ kind: 'credentials', uuid: expect.any(String) });
    expect(flow.getSnapshot()).toBe(snapshot);
    // The reducer's bookkeeping is private.
    expect(Object.keys(snapshot.state).sort()).toEqual(['email', 'error', 'notice', 'step']);
  });

  it('start, dispose, start (StrictMode) keeps the one wizard request; a final dispose aborts it', async () => {
    const client = createFakeClient();
    const signals: AbortSignal[] = [];
    const held = deferred<WizardStep>();
    const { flow } = setup(client, {
      loadWizard: (signal) => {
        signals.push(signal);
        return held.promise;
      },
    });
    flow.start();
    flow.dispose();
    flow.start();
    await tick();
    expect(signals).toHaveLength(1);
    expect(signals[0]?.aborted).toBe(false);
    held.resolve(await stepFixture('wizard-login'));
    await tick();
    expect(flow.getSnapshot().step).toEqual(expect.objectContaining({ kind: 'credentials', uuid: expect.stringMatching(/./) }));

    const restart = deferred<WizardStep>();
    const second = createSignInFlow({ client, lockoutChannel: () => null, loadWizard: (signal) => (signals.push(signal), restart.promise) });
    second.start();
    second.dispose();
    await tick();
    expect(signals[1]?.aborted).toBe(true);
  });
});

describe('createSignInFlow: requests', () => {
  it('one request at a time: a second call is dropped before the network; never retried', async () => {
    const { flow, client } = setup();
    flow.start();
    await tick();
    const held = deferred<WizardStep>();
    client.answer('signIn', () => held.promise);
    const first = flow.signIn(credentials);
    expect(flow.getSnapshot()).toMatchObject({ isPending: true, pendingAction: 'sign-in' });
    expect(await flow.signIn(credentials)).toBe(false);
    expect(await flow.chooseMethod('sms')).toBe(false);
    expect(client.count('signIn')).toBe(1);
    held.reject(new Error('boom'));
    expect(await first).toBe(false);
    expect(flow.getSnapshot()).toMatchObject({ isPending: false, pendingAction: null, error: { kind: 'unexpected' } });
    expect(client.count('signIn')).toBe(1);
  });

  it('dispose aborts the request in flight, and its late answer dispatches nothing', async () => {
    const client = createFakeClient();
    const signals: AbortSignal[] = [];
    const held = deferred<WizardStep>();
    client.signIn = (_input, options) => {
      if (options?.signal) signals.push(options.signal);
      return held.promise;
    };
    const { flow, onSuccess, snapshots } = setup(client);
    flow.start();
    await tick();
    const pending = flow.signIn(credentials);
    await tick();
    flow.dispose();
    expect(signals[0]?.aborted).toBe(true);
    const count = snapshots.length;
    held.resolve(await stepFixture('signin-success'));
    expect(await pending).toBe(false);
    expect(snapshots).toHaveLength(count);
    expect(onSuccess).not.toHaveBeenCalled();
    expect(flow.getSnapshot().isPending).toBe(false);
    // Disposed: actions do nothing.
    expect(await flow.signIn(credentials)).toBe(false);
  });

  it('a sign-in before the wizard answered waits for it, then sends on its uuid', async () => {
    const { flow, client, onSuccess } = setup();
    const held = heldWizard(client);
    flow.start();
    const result = flow.signIn(credentials);
    await tick();
    expect(flow.getSnapshot().pendingAction).toBe('sign-in');
    expect(client.count('signIn')).toBe(0);
    const wizard = await stepFixture('wizard-login');
    held.resolve(wizard);
    expect(await result).toBe(true);
    expect(client.calls.find((c) => c.method === 'signIn')?.input).toMatchObject({ uuid: wizard.uuid, email: credentials.email });
    expect(onSuccess).toHaveBeenCalledTimes(1);
  });

  it('reCAPTCHA on and no token: nothing is sent, before or after the wizard answered', async () => {
    const { flow, client } = setup(createFakeClient().answer('wizard', 'wizard-login-recaptcha'));
    flow.start();
    expect(await flow.signIn(credentials)).toBe(false);
    expect(await flow.signIn(credentials)).toBe(false);
    expect(client.count('signIn')).toBe(0);
    expect(flow.getSnapshot().step).toMatchObject({ kind: 'credentials', options: { isRecaptchaEnabled: true } });
    expect(await flow.signIn({ ...credentials, recaptchaToken: 'captcha-token' })).toBe(true);
    expect(client.calls.find((c) => c.method === 'signIn')?.input).toMatchObject({ recaptchaResponse: 'captcha-token' });
  });

  it('after a new password it signs in by itself on a fresh wizard; the password is in no snapshot', async () => {
    const { flow, client, onSuccess, snapshots } = setup();
    flow.start();
    await tick();
    flow.receiveStep(await stepFixture('restore-ok'));
    expect(flow.getSnapshot().step.kind).toBe('new-password');
    const password = 'N3w-Secret-Pass!';
    expect(await flow.setNewPassword({ password, confirmation: password })).toBe(true);
    expect(client.calls.map((c) => c.method)).toEqual(['wizard', 'resetPassword', 'wizard', 'signIn']);
    expect(client.calls.at(-1)?.input).toMatchObject({ email: 'reset@example.com', password });
    expect(flow.getSnapshot().step.kind).toBe('signed-in');
    expect(onSuccess).toHaveBeenCalledTimes(1);
    expect(JSON.stringify(snapshots)).not.toContain(password);
  });

  it('success once: a second sign-in (a late QR answer) reports nothing', async () => {
    const { flow, events, onSuccess } = setup();
    flow.start();
    await tick();
    const { tokens } = await stepFixture('signin-success');
    flow.receiveTokens(tokens!);
    flow.receiveTokens(tokens!);
    flow.receiveStep(await stepFixture('signin-success'));
    expect(onSuccess).toHaveBeenCalledTimes(1);
    expect(onSuccess).toHaveBeenCalledWith(tokens);
    expect(events.filter((e) => e.type === 'signed-in')).toHaveLength(1);
  });

  it('tokens from elsewhere enter as their own event: the signed-in step, the form left as is', async () => {
    const { flow } = setup();
    flow.start();
    await tick();
    const { tokens } = await stepFixture('signin-success');
    flow.receiveTokens(tokens!);
    expect(flow.getSnapshot()).toMatchObject({ step: { kind: 'signed-in', tokens }, error: null, isPending: false });
  });
});

describe('createSignInFlow: funnel, lockout, resend', () => {
  it('reports the funnel in order: first screen, a failure, then success', async () => {
    const { flow, client, events } = setup();
    client.answer('signIn', 'error-invalid-credentials', 'signin-2fa-google');
    flow.start();
    await tick();
    await flow.signIn(credentials);
    await flow.signIn(credentials);
    await flow.verifyCode('123456');
    expect(events).toEqual([
      { type: 'step-shown', step: 'credentials' },
      { type: 'step-failed', step: 'credentials', errorKind: 'http', status: 400, serverCode: expect.any(Number) },
      { type: 'step-shown', step: 'verify-code' },
      { type: 'step-shown', step: 'signed-in' },
      { type: 'signed-in' },
    ]);
  });

  it('a 429 locks and tells the other tabs; its end brings a fresh wizard', async () => {
    const { flow, client, now, announced } = setup(createFakeClient().answer('signIn', 'error-rate-limited'));
    flow.start();
    await tick();
    await flow.signIn(credentials);
    const step = flow.getSnapshot().step;
    expect(step).toMatchObject({ kind: 'locked', reason: 'too-many-attempts', until: now() + 600_000 });
    expect(announced).toEqual([['too-many-attempts', now() + 600_000]]);
    flow.endLock();
    await tick();
    expect(flow.getSnapshot()).toMatchObject({ step: { kind: 'credentials' }, notice: 'lock-ended' });
    expect(client.count('wizard')).toBe(2);
  });

  it('a lock heard from another tab locks this one without an echo; dispose closes the channel', async () => {
    const { flow, now, announced, events, hear, isListening } = setup();
    flow.start();
    await tick();
    hear({ type: 'locked', reason: 'maintenance', until: now() + 60_000 });
    expect(flow.getSnapshot().step).toMatchObject({ kind: 'locked', reason: 'maintenance' });
    expect(announced).toEqual([]);
    expect(events).toContainEqual({ type: 'lockout-started', retryAfterSeconds: 60, reason: 'maintenance' });
    flow.dispose();
    expect(isListening()).toBe(false);
  });

  it('resendCooldownSeconds sets the SMS resend time (default 30)', async () => {
    const custom = setup(createFakeClient().answer('signIn', 'signin-2fa-sms'), { resendCooldownSeconds: 90 });
    custom.flow.start();
    await tick();
    await custom.flow.signIn(credentials);
    expect(custom.flow.getSnapshot().step).toMatchObject({ kind: 'verify-code', method: 'sms', resendAt: custom.now() + 90_000 });

    const plain = setup(createFakeClient().answer('signIn', 'signin-2fa-sms'));
    plain.flow.start();
    await tick();
    await plain.flow.signIn(credentials);
    expect(plain.flow.getSnapshot().step).toMatchObject({ resendAt: plain.now() + 30_000 });
  });
});
