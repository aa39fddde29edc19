import { describe, expect, it } from 'vitest';
import { toFlowError } from './flow-error';
import { funnelEvents } from './funnel-events';
import { credentialsBeforeWizard } from './reducer';
import type { FlowState, Step } from './types';
import { errorFixture, stepFixture } from '../../../test/fixtures';

const uuid = 'a1b2';
const off = { isRecaptchaEnabled: false, isQrAvailable: false, isPasswordRecoveryAvailable: false };
const at = (step: Step, patch: Partial<FlowState> = {}): FlowState => ({ step, email: '', error: null, notice: null, ...patch });
const form = at({ kind: 'credentials', uuid, options: off });

describe('funnelEvents', () => {
  it('nothing changed on screen: nothing to report', () => {
    expect(funnelEvents(form, { ...form, email: 'x@example.com' })).toEqual([]);
  });

  it('the wizard arriving under the form shown before it is not a new screen; a captcha it turns on is', () => {
    expect(funnelEvents(at(credentialsBeforeWizard), form)).toEqual([]);
    const captcha = at({ kind: 'credentials', uuid, options: { ...off, isRecaptchaEnabled: true } });
    expect(funnelEvents(at(credentialsBeforeWizard), captcha)).toEqual([{ type: 'captcha-shown' }]);
  });

  it('a new error on the step is a failure with its kind, status and server code, never its text', async () => {
    const error = toFlowError(await errorFixture('error-invalid-credentials'));
    const events = funnelEvents(form, { ...form, error });
    expect(events).toEqual([{ type: 'step-failed', step: 'credentials', errorKind: 'http', status: 400, serverCode: error.serverCode }]);
    expect(funnelEvents({ ...form, error }, { ...form, error })).toEqual([]);
  });

  it('a lock, an unknown step and the signed-in step each say so after step-shown', async () => {
    const locked = at({ kind: 'locked', reason: 'too-many-attempts', until: 1, retryAfterSeconds: 600, resume: form.step as never });
    expect(funnelEvents(form, locked)).toEqual([
      { type: 'step-shown', step: 'locked' },
      { type: 'lockout-started', retryAfterSeconds: 600, reason: 'too-many-attempts' },
    ]);
    // A longer lock from another tab replaces the step, but it is the same lockout.
    expect(funnelEvents(locked, at({ ...locked.step, until: 2 } as Step))).toEqual([{ type: 'step-shown', step: 'locked' }]);
    expect(funnelEvents(form, at({ kind: 'unknown', uuid, workflow: 'kyc', raw: null }))).toEqual([
      { type: 'step-shown', step: 'unknown' },
      { type: 'unknown-step', workflow: 'kyc' },
    ]);
    const { tokens } = await stepFixture('signin-success');
    const signedIn = at({ kind: 'signed-in', tokens: tokens! });
    expect(funnelEvents(form, signedIn)).toEqual([{ type: 'step-shown', step: 'signed-in' }, { type: 'signed-in' }]);
    expect(JSON.stringify(funnelEvents(form, signedIn))).not.toContain(tokens!.accessToken.token);
  });
});
