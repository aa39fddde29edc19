import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeClient } from '../../test/fixtures/fake-client';
import { credentialsReady, expectNoAxeViolations, findShown, renderFlow } from '../../test/fixtures/render-flow';

async function signInAs(client: ReturnType<typeof createFakeClient>, user = userEvent.setup()) {
  const view = renderFlow({ client });
  await credentialsReady();
  await user.type(screen.getByLabelText('Email'), 'both@example.com');
  await user.type(screen.getByLabelText('Password'), 'Secret123!');
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  return { ...view, user };
}

afterEach(() => vi.useRealTimers());

describe('second factor', () => {
  it('two methods: one button per server caption, focus on the heading (no input); one tap chooses; focus on the code; 4 requests in all', async () => {
    const client = createFakeClient().answer('signIn', 'signin-2fa-both').answer('chooseTwoFactor', 'choose-google');
    const { user, container, onSuccess } = await signInAs(client);
    const heading = await screen.findByRole('heading', { name: 'Choose a verification method' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByRole('button', { name: 'SMS' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Google Authenticator' })).toBeEnabled();
    expect(screen.queryByRole('radio')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Continue' })).toBeNull();
    await expectNoAxeViolations(container);
    await user.click(screen.getByRole('button', { name: 'Google Authenticator' }));
    expect(client.calls.at(-1)).toMatchObject({ method: 'chooseTwoFactor', input: { type: 'google' } });
    const code = await screen.findByLabelText('Verification code');
    // The code input, not the heading: the numeric keypad and the one-time-code suggestion come up at once.
    await waitFor(() => expect(code).toHaveFocus());
    expect(screen.getByRole('region', { name: 'Enter the verification code' })).toContainElement(code);
    expect(code).toHaveAttribute('inputmode', 'numeric');
    expect(code).toHaveAttribute('autocomplete', 'one-time-code');
    expect(code).toHaveAttribute('data-part', 'code-input');
    expect(screen.queryByRole('button', { name: 'Resend code' })).toBeNull(); // Google has no resend
    await expectNoAxeViolations(container);
    await user.type(code, '123456'); // auto-submits at 6 digits
    await screen.findByRole('heading', { name: 'You’re signed in' });
    expect(client.calls.map((c) => c.method)).toEqual(['wizard', 'signIn', 'chooseTwoFactor', 'verifyGoogleCode']);
    expect(onSuccess).toHaveBeenCalledTimes(1);
  });

  it('Google as the only method: straight to the code, no picker, 3 requests', async () => {
    const client = createFakeClient().answer('signIn', 'signin-2fa-google');
    const { user } = await signInAs(client);
    await user.type(await screen.findByLabelText('Verification code'), '654321');
    await screen.findByRole('heading', { name: 'You’re signed in' });
    expect(client.calls.map((c) => c.method)).toEqual(['wizard', 'signIn', 'verifyGoogleCode']);
    expect(screen.queryByRole('button', { name: 'Use another method' })).toBeNull();
  });

  it('SMS as the only method: straight to the code (the server sent it with its answer), 3 requests', async () => {
    const client = createFakeClient().answer('signIn', 'signin-2fa-sms');
    const { user, container } = await signInAs(client);
    expect(await screen.findByText('We sent a 6-digit code to your phone by SMS.')).toBeInTheDocument();
    // One line: the countdown in place of the link until a resend is allowed.
    expect(container.querySelector('[data-variant="resend"] > [data-part="hint"]')).toHaveTextContent(/^Didn’t get it\? Resend in 0:(30|29)$/);
    expect(screen.queryByRole('button', { name: 'Resend code' })).toBeNull();
    await user.type(screen.getByLabelText('Verification code'), '246810');
    await screen.findByRole('heading', { name: 'You’re signed in' });
    expect(client.calls.map((c) => c.method)).toEqual(['wizard', 'signIn', 'verifySmsCode']);
  });

  it('a pasted code with spaces or dashes is cleaned and submitted once', async () => {
    const client = createFakeClient().answer('signIn', 'signin-2fa-google');
    const { user } = await signInAs(client);
    const code = await screen.findByLabelText('Verification code');
    await user.click(code);
    await user.paste('123-456 ');
    await screen.findByRole('heading', { name: 'You’re signed in' });
    expect(client.calls.filter((c) => c.method === 'verifyGoogleCode').map((c) => c.input)).toEqual([
      { uuid: expect.any(String), code: '123456' },
    ]);
  });

  it('a wrong code: the message is on the field (aria-invalid), the code stays selected for the next try', async () => {
    const client = createFakeClient().answer('signIn', 'signin-2fa-google').answer('verifyGoogleCode', 'error-invalid-code');
    const { user, container } = await signInAs(client);
    const code = await screen.findByLabelText('Verification code');
    await user.type(code, '000000');
    await waitFor(() => expect(code).toHaveAttribute('aria-invalid', 'true'));
    expect(code).toHaveAccessibleDescription(expect.stringContaining('That code is incorrect or has expired.'));
    await waitFor(() => expect(code).toHaveFocus());
    expect(code.getAttribute('value')).toBeNull();
    expect(container.innerHTML).not.toContain('000000');
    await expectNoAxeViolations(container);
    // Typing goes over the selected code (no click: the caret stays where the flow put it).
    await user.type(code, '111111', { skipClick: true });
    await screen.findByRole('heading', { name: 'You’re signed in' });
    expect(client.calls.filter((c) => c.method === 'verifyGoogleCode').map((c) => (c.input as { code: string }).code)).toEqual(['000000', '111111']);
  });

  it('a short code is refused before sending', async () => {
    const client = createFakeClient().answer('signIn', 'signin-2fa-google');
    const { user } = await signInAs(client);
    await user.type(await screen.findByLabelText('Verification code'), '12{Enter}');
    expect(await findShown('Enter the 6-digit code.')).toBeInTheDocument();
    expect(client.count('verifyGoogleCode')).toBe(0);
  });

  it('SMS: "Resend code" waits for its countdown, then resends; "Use another method" goes back to the picker', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const client = createFakeClient().answer('signIn', 'signin-2fa-both').answer('chooseTwoFactor', 'choose-sms', 'choose-sms');
    const { container } = await signInAs(client, user);
    await user.click(await screen.findByRole('button', { name: 'SMS' }));
    await screen.findByLabelText('Verification code');
    expect(screen.queryByRole('button', { name: 'Resend code' })).toBeNull();
    expect(container.querySelector('[data-part="countdown"]')).toHaveTextContent(/^0:(30|29)$/);
    await expectNoAxeViolations(container);
    await vi.advanceTimersByTimeAsync(31_000);
    const resend = await screen.findByRole('button', { name: 'Resend code' });
    await user.click(resend);
    expect(await findShown('We sent a new code.')).toBeInTheDocument();
    expect(client.calls.filter((c) => c.method === 'chooseTwoFactor')).toHaveLength(2);
    expect(screen.queryByRole('button', { name: 'Resend code' })).toBeNull(); // counting again
    await waitFor(() => expect(screen.getByLabelText('Verification code')).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Use another method' }));
    expect(await screen.findByRole('heading', { name: 'Choose a verification method' })).toBeInTheDocument();
  });

  it('a resend inside the server cooldown shows the message and restarts the countdown, without a lock', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const client = createFakeClient()
      .answer('signIn', 'signin-2fa-sms')
      .answer('chooseTwoFactor', 'error-resend-cooldown');
    await signInAs(client, user);
    await screen.findByLabelText('Verification code');
    await vi.advanceTimersByTimeAsync(31_000);
    // The link replaces the countdown once its last tick has re-rendered.
    await user.click(await screen.findByRole('button', { name: 'Resend code' }));
    expect(await findShown('Please wait before requesting another code.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Resend code' })).toBeNull(); // counting again
    expect(screen.queryByRole('heading', { name: 'Too many attempts' })).toBeNull();
  });
});
