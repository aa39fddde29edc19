import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SignInError } from '../core/client/errors';
import { createFakeClient } from '../../test/fixtures/fake-client';
import { credentialsReady, expectNoAxeViolations, findShown, liveRegion, queryShown, renderFlow } from '../../test/fixtures/render-flow';

describe('wizard and flow-level errors', () => {
  it('an unknown workflow: the designed fallback, onUnknownStep, and a restart that keeps the email', async () => {
    const user = userEvent.setup();
    const client = createFakeClient().answer('signIn', 'unknown-workflow');
    const onEvent = vi.fn();
    const { container, onUnknownStep } = renderFlow({ client, onEvent });
    await credentialsReady();
    await user.type(screen.getByLabelText('Email'), 'client@example.com');
    await user.type(screen.getByLabelText('Password'), 'Secret123!');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { name: 'This sign-in step isn’t supported here' })).toBeInTheDocument();
    expect(onUnknownStep).toHaveBeenCalledTimes(1);
    expect(onUnknownStep).toHaveBeenCalledWith(expect.objectContaining({ kind: 'unknown', workflow: 'kyc_questionnaire' }));
    expect(onEvent).toHaveBeenCalledWith({ type: 'unknown-step', workflow: 'kyc_questionnaire' });
    await expectNoAxeViolations(container);
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    expect(await screen.findByLabelText('Email')).toHaveValue('client@example.com');
    expect(client.count('wizard')).toBe(2);
  });

  it.each([
    ['a proxy HTML 502', 'error-proxy-html' as const, 'The server is having trouble. Try again in a moment.'],
    ['a network failure', new SignInError({ kind: 'network' }, '/signin/wizard'), 'We couldn’t reach the server. Check your connection and try again.'],
    ['a timeout', new SignInError({ kind: 'timeout', timeoutMs: 15_000 }, '/signin/wizard'), 'The server took too long to answer. Try again.'],
    ['an unreadable body', new SignInError({ kind: 'invalid-response', status: 200, reason: 'empty body' }, '/signin/wizard'), 'The server sent an answer we couldn’t read. Try again in a moment.'],
  ])('the first wizard fails with %s: the message and "Try again" on the form, which keeps what was typed', async (_label, failure, message) => {
    const user = userEvent.setup();
    const client = createFakeClient().answer('wizard', failure);
    const { container } = renderFlow({ client, forgotPasswordUrl: '/forgot' });
    await credentialsReady();
    await user.type(screen.getByLabelText('Email'), 'client@example.com');
    await user.type(screen.getByLabelText('Password'), 'Secret123!');
    expect(await findShown(message)).toBeInTheDocument();
    await waitFor(() => expect(liveRegion()).toHaveTextContent(message));
    expect(screen.getByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByLabelText('Email')).toHaveValue('client@example.com');
    expect(screen.getByLabelText('Password')).toHaveValue('Secret123!');
    await expectNoAxeViolations(container);
    expect(client.count('wizard')).toBe(1); // never retried by itself
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    // The new wizard arrives under the same form: its options show, nothing typed is lost.
    expect(await screen.findByRole('link', { name: 'Forgot password?' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(queryShown(message)).toBeNull();
    expect(client.count('wizard')).toBe(2);
    expect(client.count('signIn')).toBe(0);
    expect(screen.getByLabelText('Password')).toHaveValue('Secret123!');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByRole('heading', { name: 'You’re signed in' });
    expect(client.calls.map((c) => c.method)).toEqual(['wizard', 'wizard', 'signIn']);
  });

  it('a restart whose wizard fails: the error screen with "Try again" that recovers', async () => {
    const user = userEvent.setup();
    const client = createFakeClient()
      .answer('signIn', 'unknown-workflow')
      .answer('wizard', 'wizard-login', 'error-proxy-html');
    const { container } = renderFlow({ client });
    await credentialsReady();
    await user.type(screen.getByLabelText('Email'), 'client@example.com');
    await user.type(screen.getByLabelText('Password'), 'Secret123!');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await user.click(await screen.findByRole('button', { name: 'Start again' }));
    const heading = await screen.findByRole('heading', { name: 'We couldn’t load sign-in' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(await findShown('The server is having trouble. Try again in a moment.')).toBeInTheDocument();
    await expectNoAxeViolations(container);
    expect(client.count('wizard')).toBe(2);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByLabelText('Email')).toHaveValue('client@example.com');
    await waitFor(() => expect(client.count('wizard')).toBe(3));
  });

  it('an expired wizard restarts once with the email kept and a notice; a second expiry is shown, not looped', async () => {
    const user = userEvent.setup();
    const client = createFakeClient().answer('signIn', 'error-wizard-expired', 'error-wizard-expired', 'signin-success');
    const { container, onSuccess } = renderFlow({ client });
    await credentialsReady();
    await user.type(screen.getByLabelText('Email'), 'client@example.com');
    await user.type(screen.getByLabelText('Password'), 'Secret123!');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(
      await findShown('Your sign-in session expired, so we started a new one. Please enter your password again.'),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText('Email')).toHaveValue('client@example.com'));
    expect(client.count('wizard')).toBe(2);
    await expectNoAxeViolations(container);
    await user.type(screen.getByLabelText('Password'), 'Secret123!');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await findShown('Your sign-in session expired. Start again.')).toBeInTheDocument();
    expect(client.count('wizard')).toBe(2);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByRole('heading', { name: 'You’re signed in' });
    expect(onSuccess).toHaveBeenCalledTimes(1);
  });

  it('unmounting aborts a request in flight', async () => {
    const user = userEvent.setup();
    let signal: AbortSignal | undefined;
    const client = createFakeClient();
    const original = client.signIn;
    client.signIn = (input, options) => {
      signal = options?.signal;
      return original(input, options);
    };
    client.answer('signIn', () => new Promise(() => {}));
    const { unmount } = renderFlow({ client });
    await credentialsReady();
    await user.type(screen.getByLabelText('Email'), 'client@example.com');
    await user.type(screen.getByLabelText('Password'), 'Secret123!');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(signal).toBeDefined());
    expect(signal?.aborted).toBe(false);
    unmount();
    expect(signal?.aborted).toBe(true);
  });

  it('onEvent reports the funnel without secrets or the email', async () => {
    const user = userEvent.setup();
    const client = createFakeClient().answer('signIn', 'error-invalid-credentials', 'signin-success');
    const onEvent = vi.fn();
    renderFlow({ client, onEvent });
    await credentialsReady();
    await user.type(screen.getByLabelText('Email'), 'client@example.com');
    await user.type(screen.getByLabelText('Password'), 'Pw-SENTINEL');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await findShown('The email or password is incorrect.');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByRole('heading', { name: 'You’re signed in' });
    expect(onEvent.mock.calls.map(([e]) => e)).toEqual([
      { type: 'step-shown', step: 'credentials' },
      { type: 'step-failed', step: 'credentials', errorKind: 'http', status: 400, serverCode: 1001 },
      { type: 'step-shown', step: 'signed-in' },
      { type: 'signed-in' },
    ]);
    expect(JSON.stringify(onEvent.mock.calls)).not.toMatch(/SENTINEL|example\.com|eyJ/);
  });
});
