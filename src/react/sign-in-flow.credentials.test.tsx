import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SignInError } from '../core/client/errors';
import { deferred } from '../../test/fixtures/fake-client';
import { createFakeClient } from '../../test/fixtures/fake-client';
import { stepFixture } from '../../test/fixtures';
import { credentialsReady, expectNoAxeViolations, findShown, liveRegion, renderFlow } from '../../test/fixtures/render-flow';

const PASSWORD = 'Pw-SENTINEL-7f3a 😀 spaces';

describe('credentials step', () => {
  it('shows labelled fields with autocomplete tokens, fetches the wizard once under StrictMode, and is axe clean', async () => {
    const { client, container } = renderFlow({ forgotPasswordUrl: '/forgot' });
    await credentialsReady();
    const email = screen.getByLabelText('Email');
    const password = screen.getByLabelText('Password');
    expect(email).toHaveAttribute('autocomplete', 'username');
    expect(password).toHaveAttribute('autocomplete', 'current-password');
    expect(password).toHaveAttribute('type', 'password');
    expect(screen.getByRole('button', { name: 'Sign in' })).toHaveAttribute('type', 'submit');
    // Recovery is a wizard option: the link arrives with it.
    expect(await screen.findByRole('link', { name: 'Forgot password?' })).toHaveAttribute('href', '/forgot');
    expect(client.count('wizard')).toBe(1);
    expect(container.querySelector('[data-part="root"]')).toHaveAttribute('dir', 'ltr');
    await expectNoAxeViolations(container);
  });

  it('validates before sending: no request, errors on the fields with aria-invalid and aria-describedby', async () => {
    const user = userEvent.setup();
    const { client, container } = renderFlow();
    await credentialsReady();
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    const email = await screen.findByLabelText('Email');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription('Enter your email.');
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('Enter your password.');
    await user.type(email, 'not-an-email');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await findShown('Enter a valid email address.')).toBeInTheDocument();
    expect(client.count('signIn')).toBe(0);
    await expectNoAxeViolations(container);
  });

  it('signs in: sends the password byte for byte, calls onSuccess exactly once', async () => {
    const user = userEvent.setup();
    const { client, onSuccess } = renderFlow();
    await credentialsReady();
    await user.type(screen.getByLabelText('Email'), 'client@example.com');
    await user.type(screen.getByLabelText('Password'), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { name: 'You’re signed in' })).toBeInTheDocument();
    expect(client.calls.find((c) => c.method === 'signIn')?.input).toMatchObject({ email: 'client@example.com', password: PASSWORD });
    const tokens = (await stepFixture('signin-success')).tokens;
    expect(onSuccess).toHaveBeenCalledTimes(1);
    expect(onSuccess).toHaveBeenCalledWith(tokens);
  });

  it('one request per intent: double click and Enter while pending send one POST; the button is aria-busy', async () => {
    const user = userEvent.setup();
    const pending = deferred<Awaited<ReturnType<typeof stepFixture>>>();
    const client = createFakeClient().answer('signIn', () => pending.promise);
    const { onSuccess } = renderFlow({ client });
    await credentialsReady();
    await user.type(screen.getByLabelText('Email'), 'client@example.com');
    await user.type(screen.getByLabelText('Password'), PASSWORD);
    const button = screen.getByRole('button', { name: 'Sign in' });
    await user.dblClick(button);
    await user.type(screen.getByLabelText('Password'), '{Enter}');
    await waitFor(() => expect(button).toHaveAttribute('aria-busy', 'true'));
    expect(client.count('signIn')).toBe(1);
    pending.resolve(await stepFixture('signin-success'));
    await screen.findByRole('heading', { name: 'You’re signed in' });
    expect(client.count('signIn')).toBe(1);
    expect(onSuccess).toHaveBeenCalledTimes(1);
  });

  it('a wrong password: one generic message, announced; the email and the typed password stay', async () => {
    const user = userEvent.setup();
    const client = createFakeClient().answer('signIn', 'error-invalid-credentials');
    const { container } = renderFlow({ client });
    await credentialsReady();
    await user.type(screen.getByLabelText('Email'), 'client@example.com');
    await user.type(screen.getByLabelText('Password'), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await findShown('The email or password is incorrect.')).toBeInTheDocument();
    expect(screen.queryByText('Invalid email or password.')).toBeNull(); // never the server's text for a known code
    await waitFor(() => expect(liveRegion()).toHaveTextContent('The email or password is incorrect.'));
    expect(screen.getByLabelText('Email')).toHaveValue('client@example.com');
    expect(screen.getByLabelText('Password')).toHaveValue(PASSWORD);
    // The password is in the input's property only: no attribute, nowhere in the markup.
    expect(screen.getByLabelText('Password').getAttribute('value')).toBeNull();
    expect(container.innerHTML).not.toContain('SENTINEL');
    await expectNoAxeViolations(container);
    // Retrying sends the same password again without retyping.
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByRole('heading', { name: 'You’re signed in' });
    expect(client.calls.filter((c) => c.method === 'signIn').map((c) => (c.input as { password: string }).password)).toEqual([
      PASSWORD,
      PASSWORD,
    ]);
  });

  it('the show-password toggle flips the type and its name (Show → Hide password), keeping the value', async () => {
    const user = userEvent.setup();
    renderFlow();
    await credentialsReady();
    const password = screen.getByLabelText('Password');
    await user.type(password, 'abc');
    const toggle = screen.getByRole('button', { name: 'Show password' });
    // One pattern: the name says what a press does; no aria-pressed beside it. The icon is hidden.
    expect(toggle).not.toHaveAttribute('aria-pressed');
    expect(toggle.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
    await user.click(toggle);
    expect(password).toHaveAttribute('type', 'text');
    expect(toggle).toHaveAccessibleName('Hide password');
    expect(password).toHaveValue('abc');
    expect(password.getAttribute('value')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Hide password' }));
    expect(password).toHaveAttribute('type', 'password');
  });

  it.each([
    ['network', new SignInError({ kind: 'network' }, '/signin'), 'We couldn’t reach the server. Check your connection and try again.'],
    ['timeout', new SignInError({ kind: 'timeout', timeoutMs: 15000 }, '/signin'), 'The server took too long to answer. Try again.'],
    ['proxy HTML 502', 'error-proxy-html' as const, 'The server is having trouble. Try again in a moment.'],
    ['server 500', 'error-server' as const, 'The server is having trouble. Try again in a moment.'],
    [
      'invalid response',
      new SignInError({ kind: 'invalid-response', status: 200, reason: 'body is not JSON' }, '/signin'),
      'The server sent an answer we couldn’t read. Try again in a moment.',
    ],
    ['unknown server code', new SignInError({ kind: 'http', status: 400, serverCode: 4242, serverMessage: 'Account frozen', details: [] }, '/signin'), 'Account frozen'],
  ])('%s: a clear message, the form kept, retry works', async (_label, failure, message) => {
    const user = userEvent.setup();
    const client = createFakeClient().answer('signIn', failure);
    const { container, onSuccess } = renderFlow({ client });
    await credentialsReady();
    await user.type(screen.getByLabelText('Email'), 'client@example.com');
    await user.type(screen.getByLabelText('Password'), 'Secret123!');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await findShown(message)).toBeInTheDocument();
    await expectNoAxeViolations(container);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByRole('heading', { name: 'You’re signed in' });
    expect(onSuccess).toHaveBeenCalledTimes(1);
  });
});
