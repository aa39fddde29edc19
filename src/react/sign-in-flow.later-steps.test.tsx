/**
 * The screens after the credentials (issue 13): focus on the input, who is signing in with
 * "Change", one-tap method buttons, the one-line resend, the masked reset address, the live
 * password checklist, and the lock without a ghost form.
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SignInError } from '../core/client/errors';
import type { WizardStep } from '../core/client/types';
import { simulatorPasswordRules } from '../simulator/config';
import { createFakeClient, type FakeClient } from '../../test/fixtures/fake-client';
import { credentialsReady, expectNoAxeViolations, findShown, liveRegion, renderFlow } from '../../test/fixtures/render-flow';
import type { SignInFlowProps } from './sign-in-flow';

afterEach(() => vi.useRealTimers());

async function signIn(client: FakeClient, email = 'client@example.com', props: Partial<SignInFlowProps> = {}, user = userEvent.setup()) {
  const view = renderFlow({ ...props, client });
  await credentialsReady();
  await user.type(screen.getByLabelText('Email'), email);
  await user.type(screen.getByLabelText('Password'), 'Secret123!');
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  return { ...view, user };
}

const signingInAs = (container: HTMLElement) => container.querySelector('[data-part="signing-in-as"]');

describe('who is signing in', () => {
  it('every step after the credentials shows the email (isolated left to right); "Change" starts over with it kept', async () => {
    const client = createFakeClient().answer('signIn', 'signin-2fa-google');
    const { user, container } = await signIn(client);
    const code = await screen.findByLabelText('Verification code');
    await waitFor(() => expect(code).toHaveFocus());
    const line = signingInAs(container);
    expect(line).toHaveTextContent('Signing in as client@example.com Change');
    expect(line?.querySelector('bdi')).toHaveAttribute('dir', 'ltr');
    // Inside the step's region, under its heading (still the region's label).
    expect(screen.getByRole('region', { name: 'Enter the verification code' })).toContainElement(line as HTMLElement);
    await expectNoAxeViolations(container);

    await user.click(screen.getByRole('button', { name: 'Change' }));
    const email = await screen.findByLabelText('Email');
    expect(email).toHaveValue('client@example.com');
    // A fresh wizard; the email is kept, so focus goes on to the password.
    await waitFor(() => expect(screen.getByLabelText('Password')).toHaveFocus());
    expect(client.calls.map((c) => c.method)).toEqual(['wizard', 'signIn', 'wizard']);
    expect(signingInAs(container)).toBeNull(); // not on the credentials form
  });

  it('in a right-to-left card the address still reads left to right', async () => {
    const client = createFakeClient().answer('signIn', 'signin-2fa-google');
    const { container } = await signIn(client, 'client@example.com', { dir: 'rtl' });
    await screen.findByLabelText('Verification code');
    expect(container.firstElementChild).toHaveAttribute('dir', 'rtl');
    expect(signingInAs(container)?.querySelector('bdi[dir="ltr"]')).toHaveTextContent('client@example.com');
  });

  it('Escape is not swallowed: no handler of a later step cancels it', async () => {
    const client = createFakeClient().answer('signIn', 'signin-2fa-sms');
    await signIn(client);
    const code = await screen.findByLabelText('Verification code');
    await waitFor(() => expect(code).toHaveFocus());
    // fireEvent returns false when a handler called preventDefault().
    expect(fireEvent.keyDown(code, { key: 'Escape' })).toBe(true);
    expect(fireEvent.keyDown(screen.getByRole('button', { name: 'Change' }), { key: 'Escape' })).toBe(true);
    expect(screen.getByLabelText('Verification code')).toBeInTheDocument(); // and it does nothing else
  });
});

describe('the method chooser', () => {
  it('one large button per method with its icon; a tap sends it at once, pending on that button, the others disabled', async () => {
    let answer: (step: WizardStep) => void = () => {};
    const client = createFakeClient().answer('signIn', 'signin-2fa-both');
    const { user, container } = await signIn(client);
    await screen.findByRole('heading', { name: 'Choose a verification method' });
    const list = container.querySelector('[data-part="method-list"]');
    expect(list?.tagName).toBe('UL');
    const sms = screen.getByRole('button', { name: 'SMS' });
    const google = screen.getByRole('button', { name: 'Google Authenticator' });
    expect(sms.querySelector('svg[data-part="method-icon"]')).toHaveAttribute('data-variant', 'sms');
    expect(google.querySelector('svg[data-part="method-icon"]')).toHaveAttribute('data-variant', 'authenticator');
    expect(sms.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
    await expectNoAxeViolations(container);

    // The answer waits, so the pending state can be seen.
    const fixture = await client.chooseTwoFactor({ uuid: 'x', type: 'google' });
    client.calls.pop();
    client.answer('chooseTwoFactor', () => new Promise<WizardStep>((resolve) => (answer = resolve)));
    await user.click(google);
    await waitFor(() => expect(google).toHaveAttribute('aria-busy', 'true'));
    expect(sms).toBeDisabled();
    await user.click(google);
    await user.click(sms);
    expect(client.count('chooseTwoFactor')).toBe(1);
    expect(client.calls.at(-1)).toMatchObject({ method: 'chooseTwoFactor', input: { type: 'google' } });
    answer(fixture);
    await waitFor(() => expect(screen.getByLabelText('Verification code')).toHaveFocus());
  });
});

describe('SMS resend: one line', () => {
  it('"Didn’t get it? Resend in 0:29", then a link; the live region speaks once, when it becomes available', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const client = createFakeClient().answer('signIn', 'signin-2fa-sms');
    const { container } = await signIn(client, 'client@example.com', {}, user);
    await screen.findByLabelText('Verification code');
    const line = () => container.querySelector('[data-variant="resend"] > [data-part="hint"]');
    expect(line()).toHaveTextContent(/^Didn’t get it\? Resend in 0:(30|29)$/);
    expect(line()?.querySelectorAll('button')).toHaveLength(0);
    await waitFor(() => expect(liveRegion()).toHaveTextContent('Enter the verification code'));
    const heard: string[] = [];
    const observer = new MutationObserver(() => heard.push(liveRegion()?.textContent ?? ''));
    observer.observe(liveRegion() as Node, { childList: true, characterData: true, subtree: true });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(heard).toEqual([]); // no tick is announced
    await vi.advanceTimersByTimeAsync(21_000);
    expect(await screen.findByRole('button', { name: 'Resend code' })).toBeEnabled();
    expect(line()).toHaveTextContent(/^Didn’t get it\? Resend code$/);
    await waitFor(() => expect(heard).toEqual(['You can resend the code.']));
    observer.disconnect();
    await expectNoAxeViolations(container);
  });
});

describe('reset code', () => {
  it('says which (masked) address the code went to', async () => {
    const client = createFakeClient().answer('signIn', 'signin-reset-required');
    const { container } = await signIn(client, 'reset@example.com');
    const code = await screen.findByLabelText('Verification code');
    await waitFor(() => expect(code).toHaveFocus());
    const description = container.querySelector('[data-part="description"]');
    expect(description).toHaveTextContent('Your password has to be changed. We emailed a 6-digit code to r•••t@example.com.');
    expect(description?.querySelector('bdi[dir="ltr"]')).toHaveTextContent('r•••t@example.com');
    await expectNoAxeViolations(container);
  });
});

describe('new password', () => {
  async function toNewPassword(props: Partial<SignInFlowProps> = {}) {
    const client = createFakeClient().answer('signIn', 'signin-reset-required');
    const view = await signIn(client, 'reset@example.com', props);
    await view.user.type(await screen.findByLabelText('Verification code'), '761522');
    await screen.findByRole('heading', { name: 'Choose a new password' });
    return view;
  }
  const items = (container: HTMLElement) =>
    [...container.querySelectorAll('[data-part="password-rules"] li')].map((li) => `${li.textContent} [${li.getAttribute('data-state')}]`);

  it('the rules are a checklist from the start, ticked off while typing; state in words for AT; the value never in the DOM', async () => {
    const { user, container } = await toNewPassword({ passwordRules: simulatorPasswordRules });
    const password = screen.getByLabelText('New password');
    await waitFor(() => expect(password).toHaveFocus());
    expect(screen.getByRole('list', { name: 'Your password needs:' })).toBeInTheDocument();
    expect(items(container)).toEqual(['At least 8 characters, not met [unmet]', 'A digit, not met [unmet]', 'A letter, not met [unmet]']);
    expect(password).toHaveAccessibleDescription(expect.stringContaining('At least 8 characters'));
    await expectNoAxeViolations(container);
    await user.type(password, 'SENTINEL', { skipClick: true });
    expect(items(container)).toEqual(['At least 8 characters, met [met]', 'A digit, not met [unmet]', 'A letter, met [met]']);
    await user.type(password, '7', { skipClick: true });
    expect(items(container)).toEqual(['At least 8 characters, met [met]', 'A digit, met [met]', 'A letter, met [met]']);
    expect(password.getAttribute('value')).toBeNull();
    expect(container.innerHTML).not.toContain('SENTINEL');
  });

  it('without passwordRules there is no checklist', async () => {
    const { container } = await toNewPassword();
    expect(container.querySelector('[data-part="password-rules"]')).toBeNull();
  });
});

describe('locked', () => {
  it('on a code: the large countdown and who is locked, no form, no "Forgot password?"', async () => {
    const limited = new SignInError({ kind: 'rate-limited', status: 429, retryAfterSeconds: 120, serverMessage: null }, '/signin/2fa/google');
    const client = createFakeClient().answer('signIn', 'signin-2fa-google').answer('verifyGoogleCode', limited);
    const { user, container } = await signIn(client, 'client@example.com', { forgotPasswordUrl: '/forgot' });
    await user.type(await screen.findByLabelText('Verification code'), '123456');
    const heading = await screen.findByRole('heading', { name: 'Too many attempts' });
    await waitFor(() => expect(heading).toHaveFocus()); // no input on this step
    expect(container.querySelector('[data-part="lock-timer"]')).toHaveTextContent(/^Try again in(2:00|1:59)$/);
    expect(signingInAs(container)).toHaveTextContent('client@example.com');
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('link', { name: 'Forgot password?' })).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('on the password, when the wizard offers QR: the QR panel stays a way in', async () => {
    const limited = new SignInError({ kind: 'rate-limited', status: 429, retryAfterSeconds: 60, serverMessage: null }, '/signin');
    const client = createFakeClient().answer('signIn', limited);
    await signIn(client, 'client@example.com', { qrPanel: <p>QR sign-in here</p>, forgotPasswordUrl: '/forgot' });
    await screen.findByRole('heading', { name: 'Too many attempts' });
    expect(await findShown('QR sign-in here')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Forgot password?' })).toBeInTheDocument();
  });
});
