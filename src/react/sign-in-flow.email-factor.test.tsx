import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stepFixture } from '../../test/fixtures';
import { createFakeClient } from '../../test/fixtures/fake-client';
import { credentialsReady, expectNoAxeViolations, findShown, renderFlow } from '../../test/fixtures/render-flow';
import type { WizardStep } from '../core/client/types';
import { DEMO_PASSWORD } from '../simulator/accounts';
import { renderSignInFlow } from '../testing/vitest/render-sign-in-flow';

async function typeCredentials(email: string, user = userEvent.setup()) {
  await user.type(await screen.findByLabelText('Email'), email);
  await user.type(screen.getByLabelText('Password'), DEMO_PASSWORD);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  return user;
}

const paths = (flow: ReturnType<typeof renderSignInFlow>) => flow.simulator.requestLog().map((entry) => `${entry.method} ${entry.path.replace('/api/v2/my', '')} ${entry.status}`);

describe('the e-mail second factor, through <SignInFlow> and the simulator', () => {
  it('email2fa@: straight to the e-mail code screen (own heading, no resend), code from the outbox, signed in', async () => {
    const flow = renderSignInFlow({ config: { qrAvailable: false } });
    const user = await typeCredentials('email2fa@example.com');
    await screen.findByRole('heading', { name: 'Check your email' });
    // Focus goes to the code input (the numeric keypad and the one-time-code suggestion at once).
    await waitFor(() => expect(screen.getByLabelText('Verification code')).toHaveFocus());
    expect(screen.getByText('Enter the 6-digit code we emailed to you.')).toBeInTheDocument();
    // Nothing published says re-choosing e-mail sends a new one: no resend, and one method: no "another method".
    expect(screen.queryByRole('button', { name: 'Resend code' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Use another method' })).toBeNull();
    await expectNoAxeViolations(flow.container);
    expect(flow.outbox()).toEqual([expect.objectContaining({ recipient: 'email2fa@example.com', channel: 'email' })]);
    const code = screen.getByLabelText('Verification code');
    expect(code).toHaveAttribute('autocomplete', 'one-time-code');
    await user.type(code, flow.latestCode('email2fa@example.com'));
    expect((await flow.signedIn()).accessToken.token).toMatch(/^eyJ/);
    expect(flow.successes).toHaveLength(1);
    expect(paths(flow)).toEqual(['GET /signin/wizard 200', 'POST /signin 200', 'POST /2fa/email 202']);
  });

  it('all@: the chooser lists e-mail too; a wrong code is refused on the field, the right one signs in', async () => {
    const flow = renderSignInFlow({ config: { qrAvailable: false } });
    const user = await typeCredentials('all@example.com');
    await screen.findByRole('heading', { name: 'Choose a verification method' });
    expect([...document.querySelectorAll('[data-part="method-option"]')].map((button) => button.getAttribute('data-variant'))).toEqual(['sms', 'google', 'email']);
    await user.click(screen.getByRole('button', { name: 'Email' }));
    await screen.findByRole('heading', { name: 'Check your email' });
    expect(screen.getByRole('button', { name: 'Use another method' })).toBeInTheDocument();
    const sent = flow.latestCode('all@example.com');
    const code = screen.getByLabelText('Verification code');
    await user.type(code, sent === '000000' ? '111111' : '000000');
    await waitFor(() => expect(code).toHaveAttribute('aria-invalid', 'true'));
    expect(code).toHaveAccessibleDescription(expect.stringContaining('That code is incorrect or has expired.'));
    await user.type(code, sent, { skipClick: true });
    await flow.signedIn();
    expect(paths(flow)).toEqual([
      'GET /signin/wizard 200',
      'POST /signin 200',
      'POST /signin/2fa 200',
      'POST /2fa/email 400',
      'POST /2fa/email 202',
    ]);
  });

  it('all@: "Use another method" from e-mail goes back to the chooser and SMS still works', async () => {
    const flow = renderSignInFlow({ config: { qrAvailable: false } });
    const user = await typeCredentials('all@example.com');
    await user.click(await screen.findByRole('button', { name: 'Email' }));
    await user.click(await screen.findByRole('button', { name: 'Use another method' }));
    await user.click(await screen.findByRole('button', { name: 'SMS' }));
    expect(await screen.findByText('We sent a 6-digit code to your phone by SMS.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Verification code'), flow.latestCode('+1 555 0102'));
    await flow.signedIn();
    expect(paths(flow).at(-1)).toBe('POST /2fa/sms 202');
  });
});

describe('an admin-added method (2fa_{name}_auth)', () => {
  const withProviders = async (providers: WizardStep['providers']): Promise<WizardStep> => ({ ...(await stepFixture('signin-2fa-both')), providers });

  it("is offered by the server's caption (as text), verified at its own name, and never under an unsafe one", async () => {
    const signInAnswer = await withProviders([
      { name: 'google', localizedCaption: 'Google Authenticator', enabled: true },
      { name: 'yubi', localizedCaption: 'YubiKey <b>OTP</b>', enabled: true },
      { name: '../signout', localizedCaption: 'Evil', enabled: true },
    ]);
    const chosen: WizardStep = { ...(await stepFixture('choose-email')), workflow: '2fa_yubi_auth' };
    const client = createFakeClient()
      .answer('signIn', () => Promise.resolve(signInAnswer))
      .answer('chooseTwoFactor', () => Promise.resolve(chosen));
    const { container } = renderFlow({ client });
    await credentialsReady();
    const user = await typeCredentials('both@example.com');
    await screen.findByRole('heading', { name: 'Choose a verification method' });
    expect([...document.querySelectorAll('[data-part="method-option"]')].map((button) => button.getAttribute('data-variant'))).toEqual(['google', 'yubi']);
    expect(container.querySelector('b')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'YubiKey <b>OTP</b>' }));
    expect(await findShown('Enter the 6-digit code from YubiKey <b>OTP</b>.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Verification code'), '424242');
    await screen.findByRole('heading', { name: 'You’re signed in' });
    expect(client.calls.map((c) => c.method)).toEqual(['wizard', 'signIn', 'chooseTwoFactor', 'verifyTwoFactorCode']);
    expect(client.calls.at(-1)?.input).toEqual({ method: 'yubi', uuid: expect.any(String), code: '424242' });
  });

  it('a code workflow with an unsafe name is the unknown-step fallback: no code screen, no request', async () => {
    const unsafe: WizardStep = { ...(await stepFixture('choose-email')), workflow: '2fa_../../signout_auth' };
    const client = createFakeClient().answer('signIn', () => Promise.resolve(unsafe));
    const { onUnknownStep } = renderFlow({ client });
    await credentialsReady();
    await typeCredentials('both@example.com');
    await screen.findByRole('heading', { name: 'This sign-in step isn’t supported here' });
    expect(screen.queryByLabelText('Verification code')).toBeNull();
    expect(onUnknownStep).toHaveBeenCalled();
    expect(client.calls.map((c) => c.method)).toEqual(['wizard', 'signIn']);
  });
});
