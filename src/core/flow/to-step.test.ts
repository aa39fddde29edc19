import { describe, expect, it } from 'vitest';
import type { TwoFactorProvider, WizardStep } from '../client/types';
import { toStep, workflows } from './to-step';

const NOW = 1_767_225_600_000;
const uuid = '36f59381-5b54-48bd-a0c7-3b908c476732';
const provider = (name: string, localizedCaption: string, enabled = true): TwoFactorProvider => ({ name, localizedCaption, enabled });
const step = (workflow: string, providers: TwoFactorProvider[] = []): WizardStep => ({
  code: 200,
  done: false,
  uuid,
  workflow,
  options: null,
  tokens: null,
  providers,
  client: null,
  raw: null,
});

describe('toStep: the open set of code steps (2fa_{name}_auth → POST /2fa/{name})', () => {
  it('2fa_email_auth is the e-mail code step, without a resend', () => {
    expect(workflows.emailCode).toBe('2fa_email_auth');
    const email = provider('email', 'E-mail');
    expect(toStep(step('2fa_email_auth', [email]), { now: NOW })).toEqual({
      kind: 'verify-code',
      uuid,
      method: 'email',
      providers: [email],
      resendAt: null,
    });
  });

  it('2fa_yubi_auth is a code step named yubi, offering the methods the chooser had (with their captions)', () => {
    const earlier = [provider('yubi', 'YubiKey'), provider('google', 'Google Authenticator')];
    expect(toStep(step('2fa_yubi_auth'), { now: NOW, providers: earlier })).toEqual({
      kind: 'verify-code',
      uuid,
      method: 'yubi',
      providers: earlier,
      resendAt: null,
    });
    // Alone, with nothing known before: the method itself, labelled with its name.
    expect(toStep(step('2fa_yubi_auth'))).toMatchObject({ method: 'yubi', providers: [{ name: 'yubi', localizedCaption: 'yubi', enabled: true }] });
  });

  it('SMS keeps its resend countdown', () => {
    expect(toStep(step('2fa_sms_auth'), { now: NOW })).toMatchObject({ method: 'sms', resendAt: NOW + 30_000 });
  });

  it.each(['2fa_../signout_auth', '2fa_Email_auth', '2fa__auth', `2fa_${'x'.repeat(33)}_auth`, '2fa_email_auth/x', '2fa_email'])(
    '%s (not a safe name) is the unknown step, never a code step',
    (workflow) => {
      expect(toStep(step(workflow, [provider('email', 'E-mail')]))).toMatchObject({ kind: 'unknown', workflow });
    },
  );

  it('the chooser lists the e-mail method too, and never a method with an unsafe name', () => {
    const providers = [provider('sms', 'SMS'), provider('google', 'Google Authenticator'), provider('email', 'E-mail'), provider('../x', 'Evil'), provider('off', 'Off', false)];
    const chooser = toStep(step('2fa', providers));
    expect(chooser).toMatchObject({ kind: 'choose-factor' });
    expect(chooser.kind === 'choose-factor' && chooser.providers.map((p) => p.name)).toEqual(['sms', 'google', 'email']);
  });

  it('e-mail as the only method goes straight to its code; an admin-added one through the chooser', () => {
    expect(toStep(step('2fa', [provider('sms', 'SMS', false), provider('email', 'E-mail')]))).toMatchObject({ kind: 'verify-code', method: 'email' });
    expect(toStep(step('2fa', [provider('yubi', 'YubiKey')]))).toMatchObject({ kind: 'choose-factor', providers: [{ name: 'yubi' }] });
    // Only unsafe names: nothing this package can offer.
    expect(toStep(step('2fa', [provider('a/b', 'AB')]))).toMatchObject({ kind: 'unknown' });
  });
});
