import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SignInError } from '../core/client/errors';
import { createFakeClient, type FakeClient } from '../../test/fixtures/fake-client';
import { credentialsReady, expectNoAxeViolations, findShown, liveRegion, renderFlow } from '../../test/fixtures/render-flow';

afterEach(() => {
  vi.useRealTimers();
  Reflect.deleteProperty(window, 'OTPCredential');
  Reflect.deleteProperty(navigator, 'credentials');
});

/** Stubs `navigator.credentials.get` (own property, removed after each test). */
const stubCredentialsGet = <T extends (...args: never[]) => unknown>(get: T) =>
  Object.defineProperty(navigator, 'credentials', { value: { get }, configurable: true });

async function signIn(client: FakeClient, user = userEvent.setup()) {
  const view = renderFlow({ client });
  await credentialsReady();
  await user.type(screen.getByLabelText('Email'), 'client@example.com');
  await user.type(screen.getByLabelText('Password'), 'Secret123!');
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  return { ...view, user };
}

const invalidCode = () =>
  new SignInError({ kind: 'http', status: 400, serverCode: 1002, serverMessage: 'Invalid code', details: [] }, '/2fa/google');

describe('codes: no auto-submit burst after a wrong code', () => {
  it('the refused code does not submit again by itself (a stray key, a re-paste); an edited one does; Continue always does', async () => {
    const client = createFakeClient().answer('signIn', 'signin-2fa-google').answer('verifyGoogleCode', invalidCode(), invalidCode());
    const { user } = await signIn(client);
    const code = await screen.findByLabelText('Verification code');
    await user.type(code, '000000');
    await waitFor(() => expect(code).toHaveAttribute('aria-invalid', 'true'));
    expect(client.count('verifyGoogleCode')).toBe(1);
    // A stray letter is sanitised back to the same six digits; the same code pasted again.
    await user.type(code, 'x', { initialSelectionStart: 6, initialSelectionEnd: 6 });
    await user.clear(code);
    await user.paste('000-000');
    expect(code).toHaveValue('000000');
    expect(client.count('verifyGoogleCode')).toBe(1);
    // The person presses Continue: an explicit submit goes out.
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(client.count('verifyGoogleCode')).toBe(2));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Continue' })).not.toHaveAttribute('aria-busy', 'true'));
    // An edited code submits by itself again.
    await user.clear(code);
    await user.type(code, '123456');
    await screen.findByRole('heading', { name: 'You’re signed in' });
    expect(client.calls.filter((c) => c.method === 'verifyGoogleCode').map((c) => (c.input as { code: string }).code)).toEqual([
      '000000',
      '000000',
      '123456',
    ]);
  });
});

describe('codes typed on a Persian or Thai keyboard', () => {
  it('their digits count: ۱۲۳۴۵۶ submits 123456 by itself', async () => {
    const client = createFakeClient().answer('signIn', 'signin-2fa-google');
    const { user } = await signIn(client);
    const code = await screen.findByLabelText('Verification code');
    await user.type(code, '۱۲۳۴۵۶');
    await screen.findByRole('heading', { name: 'You’re signed in' });
    expect(client.calls.filter((c) => c.method === 'verifyGoogleCode').map((c) => c.input)).toEqual([{ uuid: expect.any(String), code: '123456' }]);
  });
});

describe('WebOTP on the SMS step', () => {
  type OtpRequest = { otp?: { transport: string[] }; signal?: AbortSignal };
  const supportWebOtp = (get: (options: OtpRequest) => Promise<unknown>) => {
    Object.defineProperty(window, 'OTPCredential', { value: class {}, configurable: true });
    const spy = vi.fn(get);
    stubCredentialsGet(spy);
    return spy;
  };

  it('the code arrives by itself and submits once', async () => {
    const get = supportWebOtp(() => Promise.resolve({ type: 'otp', code: '246810' }));
    const client = createFakeClient().answer('signIn', 'signin-2fa-sms');
    await signIn(client);
    await screen.findByRole('heading', { name: 'You’re signed in' });
    expect(get).toHaveBeenCalledWith(expect.objectContaining({ otp: { transport: ['sms'] }, signal: expect.any(AbortSignal) }));
    expect(client.calls.filter((c) => c.method === 'verifySmsCode').map((c) => c.input)).toEqual([{ uuid: expect.any(String), code: '246810' }]);
  });

  it('is aborted when the step changes and when the flow unmounts; never asked for on a Google code', async () => {
    const signals: AbortSignal[] = [];
    const get = supportWebOtp((options) => {
      if (options.signal) signals.push(options.signal);
      return new Promise(() => undefined);
    });
    const client = createFakeClient().answer('signIn', 'signin-2fa-both').answer('chooseTwoFactor', 'choose-sms');
    const { user, unmount } = await signIn(client);
    expect(get).not.toHaveBeenCalled(); // the method picker
    await user.click(await screen.findByRole('button', { name: 'SMS' }));
    await screen.findByText('We sent a 6-digit code to your phone by SMS.');
    await waitFor(() => expect(signals.some((s) => !s.aborted)).toBe(true));
    await user.click(screen.getByRole('button', { name: 'Use another method' }));
    await screen.findByRole('heading', { name: 'Choose a verification method' });
    expect(signals.every((s) => s.aborted)).toBe(true);
    await user.click(screen.getByRole('button', { name: 'SMS' }));
    await screen.findByText('We sent a 6-digit code to your phone by SMS.');
    await waitFor(() => expect(signals.some((s) => !s.aborted)).toBe(true));
    unmount();
    expect(signals.every((s) => s.aborted)).toBe(true);
  });

  it('without WebOTP nothing is asked', async () => {
    const get = vi.fn();
    stubCredentialsGet(get);
    const client = createFakeClient().answer('signIn', 'signin-2fa-sms');
    await signIn(client);
    await screen.findByText('We sent a 6-digit code to your phone by SMS.');
    expect(get).not.toHaveBeenCalled();
  });
});

describe('maintenance: 503 with Retry-After', () => {
  it('its own text and a large countdown, no form and no "Forgot password?", nothing sent; at zero the form is back with a notice', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const down = new SignInError({ kind: 'http', status: 503, serverCode: null, serverMessage: null, details: [], retryAfterSeconds: 299 }, '/signin');
    const client = createFakeClient().answer('signIn', down);
    const events: unknown[] = [];
    const { container } = renderFlow({ client, onEvent: (e) => events.push(e), forgotPasswordUrl: '/forgot' });
    await credentialsReady();
    await user.type(screen.getByLabelText('Email'), 'client@example.com');
    await user.type(screen.getByLabelText('Password'), 'Secret123!');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    const heading = await screen.findByRole('heading', { name: 'Under maintenance' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByText('Sign-in is under maintenance.')).toBeInTheDocument();
    expect(container.querySelector('[data-part="lock-timer"]')).toHaveTextContent(/^Back in4:5\d$/);
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Sign in' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Forgot password?' })).toBeNull();
    await waitFor(() => expect(liveRegion()).toHaveTextContent('Under maintenance'));
    expect(events).toContainEqual({ type: 'lockout-started', retryAfterSeconds: 299, reason: 'maintenance' });
    await expectNoAxeViolations(container);
    await vi.advanceTimersByTimeAsync(300_000);
    const email = await screen.findByLabelText('Email');
    await waitFor(() => expect(email).toBeEnabled());
    expect(email).toHaveValue('client@example.com');
    expect(await findShown('Sign-in is available again.')).toBeInTheDocument();
    expect(client.count('signIn')).toBe(1);
    expect(client.count('wizard')).toBe(2);
  });
});

describe('a lock shared by the flows of one portal', () => {
  it('a 429 in one flow locks the other with the same deadline; both come back at its end', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const limited = new SignInError({ kind: 'rate-limited', status: 429, retryAfterSeconds: 60, serverMessage: null }, '/signin');
    const first = createFakeClient().answer('signIn', limited);
    const second = createFakeClient();
    renderFlow({ client: first });
    const other = renderFlow({ client: second });
    await waitFor(() => expect(screen.getAllByRole('heading', { name: 'Sign in' })).toHaveLength(2));
    const [email] = screen.getAllByLabelText('Email');
    await user.type(email!, 'client@example.com');
    await user.type(screen.getAllByLabelText('Password')[0]!, 'wrong');
    await user.click(screen.getAllByRole('button', { name: 'Sign in' })[0]!);
    await waitFor(() => expect(screen.getAllByRole('heading', { name: 'Too many attempts' })).toHaveLength(2));
    const times = [...document.querySelectorAll('[data-part="countdown"]')].map((t) => t.textContent);
    expect(times).toHaveLength(2);
    expect(times[0]).toBe(times[1]);
    // The other flow got the deadline, nothing else: no email shows there.
    expect(other.container).not.toHaveTextContent('client@example.com');
    expect(second.count('signIn')).toBe(0);
    await vi.advanceTimersByTimeAsync(61_000);
    await waitFor(() => expect(screen.getAllByRole('heading', { name: 'Sign in' })).toHaveLength(2));
    expect(await screen.findAllByText('You can try again now.', { ignore: '[data-part="live-region"]' })).toHaveLength(2);
  });
});

describe('keyboard hints (the real key events are in test/e2e/flow-keyboard.e2e.test.ts)', () => {
  it('Caps Lock from the key event on the password, hidden on blur; the value never reaches a hint', async () => {
    renderFlow({ client: createFakeClient() });
    await credentialsReady();
    const password = screen.getByLabelText('Password');
    // happy-dom has no modifier state: the event reports Caps Lock as a browser would.
    const press = (type: 'keydown' | 'keyup', key: string, isCapsLock = false) => {
      const event = new KeyboardEvent(type, { key, bubbles: true });
      Object.defineProperty(event, 'getModifierState', { value: (name: string) => name === 'CapsLock' && isCapsLock });
      fireEvent(password, event);
    };
    act(() => password.focus());
    press('keydown', 'A', true);
    expect(password).toHaveAccessibleDescription('Caps Lock is on.');
    await waitFor(() => expect(liveRegion()).toHaveTextContent('Caps Lock is on.'));
    press('keyup', 'CapsLock');
    expect(password).toHaveAccessibleDescription('');
    press('keydown', 'п');
    expect(password).toHaveAccessibleDescription(/non-Latin layout/);
    press('keydown', 'Shift');
    expect(password).toHaveAccessibleDescription(/non-Latin layout/);
    press('keydown', 'p');
    expect(password).toHaveAccessibleDescription('');
    press('keydown', 'п', true);
    expect(password).toHaveAccessibleDescription('Caps Lock is on. Your keyboard is set to a non-Latin layout. Check it if your password uses Latin letters.');
    fireEvent.blur(password);
    expect(password).toHaveAccessibleDescription('');
  });

  it('the email typed in another script suggests switching the layout, until it is Latin again', async () => {
    const user = userEvent.setup();
    const { container } = renderFlow({ client: createFakeClient() });
    await credentialsReady();
    const email = screen.getByLabelText('Email');
    await user.type(email, 'сlient');
    expect(email).toHaveAccessibleDescription(/Switch to a Latin/);
    await expectNoAxeViolations(container);
    await user.clear(email);
    await user.type(email, 'client@example.com');
    expect(email).toHaveAccessibleDescription('');
  });
});
