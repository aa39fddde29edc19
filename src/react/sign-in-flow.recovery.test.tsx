import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SignInError } from '../core/client/errors';
import { createFakeClient, type FakeClient } from '../../test/fixtures/fake-client';
import { credentialsReady, expectNoAxeViolations, findShown, liveRegion, renderFlow } from '../../test/fixtures/render-flow';

afterEach(() => vi.useRealTimers());

async function submitCredentials(user: ReturnType<typeof userEvent.setup>, email = 'reset@example.com', password = 'Secret123!') {
  const emailInput = screen.getByLabelText('Email');
  await user.clear(emailInput);
  await user.type(emailInput, email);
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('forced password reset', () => {
  const resetClient = () =>
    createFakeClient()
      .answer('signIn', 'signin-reset-required', 'signin-success')
      .answer('wizard', 'wizard-login', 'wizard-login');

  async function toNewPassword(client: FakeClient) {
    const user = userEvent.setup();
    const view = renderFlow({ client });
    await credentialsReady();
    await submitCredentials(user);
    expect(await screen.findByRole('heading', { name: 'Reset your password' })).toBeInTheDocument();
    await expectNoAxeViolations(view.container);
    await user.type(screen.getByLabelText('Verification code'), '761522');
    expect(await screen.findByRole('heading', { name: 'Choose a new password' })).toBeInTheDocument();
    await expectNoAxeViolations(view.container);
    return { ...view, user };
  }

  it('code, then new password, then signed in with it on a fresh wizard without retyping', async () => {
    const client = resetClient();
    const { user, onSuccess, container } = await toNewPassword(client);
    expect(screen.getByLabelText('New password')).toHaveAttribute('autocomplete', 'new-password');
    expect(screen.getByLabelText('Confirm new password')).toHaveAttribute('autocomplete', 'new-password');
    await user.type(screen.getByLabelText('New password'), 'N3w-SENTINEL-pass');
    await user.type(screen.getByLabelText('Confirm new password'), 'N3w-SENTINEL-pass');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { name: 'You’re signed in' });
    expect(client.calls.map((c) => c.method)).toEqual(['wizard', 'signIn', 'restorePassword', 'resetPassword', 'wizard', 'signIn']);
    expect(client.calls.at(-1)?.input).toMatchObject({ email: 'reset@example.com', password: 'N3w-SENTINEL-pass' });
    expect(onSuccess).toHaveBeenCalledTimes(1);
    expect(container.innerHTML).not.toContain('SENTINEL');
  });

  it('a mismatch is caught before sending', async () => {
    const client = resetClient();
    const { user } = await toNewPassword(client);
    await user.type(screen.getByLabelText('New password'), 'abcdefgh1');
    await user.type(screen.getByLabelText('Confirm new password'), 'abcdefgh2');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await findShown('The passwords don’t match.')).toBeInTheDocument();
    expect(screen.getByLabelText('Confirm new password')).toHaveAttribute('aria-invalid', 'true');
    expect(client.count('resetPassword')).toBe(0);
  });

  it("the server's password rules show on the password field", async () => {
    const client = resetClient().answer('resetPassword', 'error-password-rules');
    const { user, container } = await toNewPassword(client);
    await user.type(screen.getByLabelText('New password'), 'abcdefgh');
    await user.type(screen.getByLabelText('Confirm new password'), 'abcdefgh');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const field = screen.getByLabelText('New password');
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    expect(field).toHaveAccessibleDescription(expect.stringContaining('The password must contain at least one digit.'));
    // Shown once, on the field it names (no banner repeating it), and focus goes there.
    expect(screen.queryByText('The new password doesn’t meet the requirements.', { ignore: '[data-part="live-region"]' })).toBeNull();
    expect(screen.getAllByText('The password must contain at least one digit.')).toHaveLength(1);
    await waitFor(() => expect(field).toHaveFocus());
    await expectNoAxeViolations(container);
  });

  it('when the automatic sign-in fails, the credentials come back with the email and a notice', async () => {
    // The automatic sign-in's wizard fails; the flow then loads a fresh one for the person.
    const client = createFakeClient()
      .answer('signIn', 'signin-reset-required')
      .answer('wizard', 'wizard-login', new SignInError({ kind: 'network' }, '/signin/wizard'), 'wizard-login');
    const { user } = await toNewPassword(client);
    await user.type(screen.getByLabelText('New password'), 'abcdefgh1');
    await user.type(screen.getByLabelText('Confirm new password'), 'abcdefgh1');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await findShown('Your password was changed. Sign in with your new password.')).toBeInTheDocument();
    expect(await screen.findByLabelText('Email')).toHaveValue('reset@example.com');
  });
});

describe('lockout', () => {
  it('a 429 locks with a large ticking countdown and no ghost form; at zero the form comes back with the email', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const client = createFakeClient().answer(
      'signIn',
      new SignInError({ kind: 'rate-limited', status: 429, retryAfterSeconds: 90, serverMessage: null }, '/signin'),
    );
    const { container, onSuccess } = renderFlow({ client, forgotPasswordUrl: '/forgot' });
    await credentialsReady();
    await submitCredentials(user, 'client@example.com');
    const heading = await screen.findByRole('heading', { name: 'Too many attempts' });
    await waitFor(() => expect(heading).toHaveFocus());
    const countdown = container.querySelector('[data-part="countdown"]');
    expect(countdown).toHaveTextContent(/^1:(30|29)$/);
    expect(countdown).toHaveAttribute('data-state', 'running');
    expect(countdown?.closest('[data-part="lock-timer"]')).toHaveTextContent(/^Try again in1:(30|29)$/);
    // No disabled copy of the form: only who is locked, and the ways in that still work.
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByLabelText('Password')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Sign in' })).toBeNull();
    expect(container.querySelector('[data-part="signing-in-as"]')).toHaveTextContent('client@example.com');
    expect(screen.queryByRole('button', { name: 'Change' })).toBeNull(); // a restart would not lift the lock
    // Locked on the password: "Forgot password?" still helps.
    expect(screen.getByRole('link', { name: 'Forgot password?' })).toBeInTheDocument();
    await waitFor(() => expect(liveRegion()).toHaveTextContent('Too many attempts'));
    await expectNoAxeViolations(container);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(container.querySelector('[data-part="countdown"]')).toHaveTextContent(/^1:0\d$|^0:59$|^1:00$/);
    expect(client.count('signIn')).toBe(1); // nothing sent during the block
    await vi.advanceTimersByTimeAsync(61_000);
    const email = await screen.findByLabelText('Email');
    await waitFor(() => expect(email).toBeEnabled());
    expect(email).toHaveValue('client@example.com');
    // The email is kept: focus goes to the first empty field, the password.
    await waitFor(() => expect(screen.getByLabelText('Password')).toHaveFocus());
    expect(await findShown('You can try again now.')).toBeInTheDocument();
    expect(client.count('wizard')).toBe(2); // credentials come back on a fresh wizard
    await user.type(screen.getByLabelText('Password'), 'Secret123!');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByRole('heading', { name: 'You’re signed in' });
    expect(onSuccess).toHaveBeenCalledTimes(1);
  });

  it('the countdown is deadline-based: a stalled timer still shows the right time', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const client = createFakeClient().answer(
      'signIn',
      new SignInError({ kind: 'rate-limited', status: 429, retryAfterSeconds: 600, serverMessage: null }, '/signin'),
    );
    const { container } = renderFlow({ client });
    await credentialsReady();
    await submitCredentials(user, 'client@example.com');
    await screen.findByRole('heading', { name: 'Too many attempts' });
    // The clock jumps (sleep, throttled tab) without timers firing; a visibility check catches up.
    vi.setSystemTime(Date.now() + 300_000);
    document.dispatchEvent(new Event('visibilitychange'));
    await waitFor(() => expect(container.querySelector('[data-part="countdown"]')).toHaveTextContent(/^(5:00|4:59)$/));
  });
});
