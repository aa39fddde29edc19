import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { StrictMode } from 'react';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { SignInError } from '../../core/client/errors';
import { createSession, type Session } from '../../core/session';
import { QrApprove, type QrApproveProps } from '../qr';
import { SessionProvider } from '../session';
import { CHANNEL, createFakeApproveClient } from '../../test-support/qr/fake-approve-client';
import { httpError, networkError, rateLimited, testTokens } from '../../test-support/qr/fake-qr-client';
import { advance, axeViolations } from '../../test-support/qr/render-panel';

const section = (container: HTMLElement) => container.querySelector('[data-part="qr-approve"]');
const stateOf = (container: HTMLElement) => section(container)?.getAttribute('data-state');
const liveRegion = () => screen.getByRole('status');

function renderApprove(props: Partial<QrApproveProps> = {}, { signedIn = true } = {}) {
  const fake = createFakeApproveClient();
  const session: Session = createSession({
    client: { baseUrl: '', refresh: () => new Promise(() => {}), signOut: () => Promise.resolve() },
    crossTab: false,
    start: false,
  });
  // A host that passes its own session starts it (then it is restored: signed in or signed out).
  if (signedIn) session.signIn(testTokens);
  else session.start();
  const result = render(
    <StrictMode>
      <SessionProvider session={session}>
        <QrApprove client={fake.client} {...props} />
      </SessionProvider>
    </StrictMode>,
  );
  return { ...result, ...fake, session };
}

/** Pastes `text` into "Code or link" and presses Continue. */
async function paste(text: string) {
  fireEvent.change(screen.getByLabelText('Code or link'), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
  await advance(0);
}

describe('<QrApprove>', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    window.history.replaceState(null, '', '/approve');
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
    Reflect.deleteProperty(globalThis, 'BarcodeDetector');
  });

  it('takes ?channel= from the URL (one check under StrictMode), shows IP, location and time left, and approves with one POST', async () => {
    window.history.replaceState(null, '', `/approve?channel=${CHANNEL}`);
    const { container, calls, count } = renderApprove();
    await advance(0);
    expect(stateOf(container)).toBe('confirm');
    expect(count('status')).toBe(1);
    expect(screen.getByRole('heading', { name: 'Approve a sign-in' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Is this you signing in?' })).toBeInTheDocument();
    const details = container.querySelector('[data-part="qr-details"]') as HTMLElement;
    expect(within(details).getByText('203.0.113.7').tagName).toBe('BDI');
    expect(within(details).getByText('Berlin, Germany').tagName).toBe('BDI');
    expect(within(details).getByText('Code expires in')).toBeInTheDocument();
    expect(details.querySelector('[data-part="countdown"]')).toHaveTextContent('1:30');
    await advance(10_000);
    expect(details.querySelector('[data-part="countdown"]')).toHaveTextContent(/^1:2[01]$/);
    expect(await axeViolations(container)).toEqual([]);

    const approve = screen.getByRole('button', { name: 'Approve' });
    fireEvent.click(approve);
    fireEvent.click(approve);
    expect(stateOf(container)).toBe('approving');
    expect(screen.getByRole('button', { name: 'Approving…' })).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('button', { name: 'Deny' })).toBeDisabled();
    await advance(0);
    expect(stateOf(container)).toBe('approved');
    expect(container.querySelector('[data-part="message"]')).toHaveTextContent('Approved. The other device signs in now.');
    expect(liveRegion()).toHaveTextContent('Approved. The other device signs in now.');
    expect(count('approve')).toBe(1);
    expect(calls.find((c) => c.method === 'approve')?.bearer).toBe(testTokens.accessToken.token);
    // Neither the Bearer nor the other device's authorization token reaches the DOM.
    expect(container.innerHTML).not.toContain(testTokens.accessToken.token);
    expect(container.innerHTML).not.toContain('qr_secret');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('idle: the paste form is axe clean and refuses a non-code and a foreign link with field errors', async () => {
    const { container, count } = renderApprove();
    await advance(0);
    expect(stateOf(container)).toBe('idle');
    expect(screen.getByText('Scan the QR code shown on the other device, or paste its link.')).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);

    await paste('hello there');
    const input = screen.getByLabelText('Code or link');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('This isn’t a sign-in code. Paste the link or code shown on the other device.');
    await paste(`https://evil.example/approve?channel=${CHANNEL}`);
    expect(screen.getByLabelText('Code or link')).toHaveAccessibleDescription(
      'This link is from another site. Only approve codes shown by this site.',
    );
    expect(await axeViolations(container)).toEqual([]);
    expect(count('status')).toBe(0);

    await paste(`${window.location.origin}/approve?channel=${CHANNEL}`);
    expect(stateOf(container)).toBe('confirm');
  });

  it('takes links from allowedOrigins', async () => {
    const { container } = renderApprove({ allowedOrigins: ['https://portal.example'] });
    await advance(0);
    await paste(`https://portal.example/approve?channel=${CHANNEL}`);
    expect(stateOf(container)).toBe('confirm');
  });

  it('checking is busy and says so', async () => {
    const { container, fake } = renderApprove();
    fake.status = () => new Promise(() => {});
    await advance(0);
    await paste(CHANNEL);
    expect(stateOf(container)).toBe('checking');
    expect(section(container)).toHaveAttribute('aria-busy', 'true');
    expect(container.querySelector('[data-part="message"]')).toHaveTextContent('Checking the code…');
    expect(liveRegion()).toHaveTextContent('Checking the code…');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('Deny sends nothing and says so; "Scan another code" goes back to the form', async () => {
    const { container, count } = renderApprove();
    await advance(0);
    await paste(CHANNEL);
    fireEvent.click(screen.getByRole('button', { name: 'Deny' }));
    expect(stateOf(container)).toBe('denied');
    expect(container.querySelector('[data-part="message"]')).toHaveTextContent('Denied. Nobody was signed in.');
    expect(await axeViolations(container)).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Scan another code' }));
    expect(stateOf(container)).toBe('idle');
    expect(screen.getByRole('heading', { name: 'Approve a sign-in' })).toHaveFocus();
    expect(count('approve')).toBe(0);
  });

  it('renders a hostile location literally, as text inside <bdi>', async () => {
    const hostile = '<img src=x onerror=alert(1)>\u202Eevil';
    const { container, fake } = renderApprove();
    fake.status = (id) => Promise.resolve({ id, status: 'pending', authorizationToken: null, ip: '198.51.100.9', location: hostile, expiresInSeconds: 60 });
    await advance(0);
    await paste(CHANNEL);
    expect(screen.getByText(hostile).tagName).toBe('BDI');
    expect(container.querySelector('img')).toBeNull();
  });

  it('without details from the server it says "Unknown" and shows no countdown', async () => {
    const { container, fake } = renderApprove();
    fake.status = (id) => Promise.resolve({ id, status: 'pending', authorizationToken: null });
    await advance(0);
    await paste(CHANNEL);
    expect(screen.getAllByText('Unknown')).toHaveLength(2);
    expect(container.querySelector('[data-part="countdown"]')).toBeNull();
  });

  const unauthorized = new SignInError({ kind: 'unauthorized', status: 401, serverCode: null, serverMessage: null }, '/signin/tokens');
  it.each([
    ['expired', httpError(404, null, '/signin/tokens'), 'This code has expired. Show a new code on the other device and scan it again.', false],
    ['used', httpError(409, null, '/signin/tokens'), 'This code was already approved.', false],
    ['session ended', unauthorized, 'Your session has ended. Sign in again to approve.', false],
    ['rate limited', rateLimited(42, '/signin/tokens'), 'Too many attempts. Wait 42 seconds, then try again.', true],
    ['network', networkError('/signin/tokens'), 'We couldn’t reach the server. Check your connection, then try again.', true],
    ['failed', httpError(502, null, '/signin/tokens'), 'The approval didn’t go through. Try again.', true],
  ])('an approval that fails as %s has its own message (axe clean), and nothing is retried by itself', async (_name, error, text, canRetry) => {
    const { container, fake, count } = renderApprove();
    fake.approve = () => Promise.reject(error);
    await advance(0);
    await paste(CHANNEL);
    fireEvent.click(screen.getByRole('button', { name: 'Approve' }));
    await advance(0);
    expect(stateOf(container)).toBe('failed');
    expect(container.querySelector('[data-part="message"][data-tone="error"]')).toHaveTextContent(text);
    expect(liveRegion()).toHaveTextContent(text);
    expect(screen.queryByRole('button', { name: 'Try again' }) !== null).toBe(canRetry);
    expect(screen.getByRole('button', { name: 'Scan another code' })).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
    await advance(60_000);
    expect(count('approve')).toBe(1);
  });

  it.each([
    ['an unknown code', () => Promise.reject(httpError(404)), 'This code is unknown. Scan the code shown for your sign-in again.'],
    ['an expired code', (id: string) => Promise.resolve({ id, status: 'expired' as const, authorizationToken: null }), 'This code has expired.'],
  ])('the check of %s says so', async (_name, status, text) => {
    const { container, fake, count } = renderApprove();
    fake.status = status;
    await advance(0);
    await paste(CHANNEL);
    expect(container.querySelector('[data-part="message"][data-tone="error"]')).toHaveTextContent(text);
    expect(screen.queryByRole('button', { name: 'Approve' })).toBeNull();
    expect(stateOf(container)).toBe('failed');
    expect(count('approve')).toBe(0);
  });

  it('the code on screen runs out: Approve disappears and the expiry message shows', async () => {
    const { container, fake } = renderApprove();
    fake.status = (id) => Promise.resolve({ id, status: 'pending', authorizationToken: null, expiresInSeconds: 5 });
    await advance(0);
    await paste(CHANNEL);
    expect(container.querySelector('[data-part="countdown"]')).toHaveTextContent('0:05');
    await advance(5_000);
    expect(stateOf(container)).toBe('failed');
    expect(screen.queryByRole('button', { name: 'Approve' })).toBeNull();
    expect(container.querySelector('[data-part="message"][data-tone="error"]')).toHaveTextContent(/This code has expired/);
  });

  it('Try again re-checks the code after a network failure', async () => {
    const { container, fake, count } = renderApprove();
    fake.status = () => Promise.reject(networkError());
    await advance(0);
    await paste(CHANNEL);
    expect(stateOf(container)).toBe('failed');
    fake.status = (id) => Promise.resolve({ id, status: 'pending', authorizationToken: null, ip: '203.0.113.7', location: null, expiresInSeconds: 60 });
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await advance(0);
    expect(stateOf(container)).toBe('confirm');
    expect(count('status')).toBe(2);
  });

  it('signed out: says to sign in first and offers nothing to approve', async () => {
    window.history.replaceState(null, '', `/approve?channel=${CHANNEL}`);
    const { container } = renderApprove({}, { signedIn: false });
    await advance(0);
    expect(stateOf(container)).toBe('signed-out');
    expect(screen.getByText('Sign in on this device first, then scan the code again.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Approve' })).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('signing out while the details are on screen: Approve sends nothing', async () => {
    const { container, session, count } = renderApprove();
    await advance(0);
    await paste(CHANNEL);
    const approve = screen.getByRole('button', { name: 'Approve' });
    await act(async () => {
      void session.signOut();
    });
    expect(stateOf(container)).toBe('signed-out');
    expect(approve).not.toBeInTheDocument();
    expect(count('approve')).toBe(0);
  });

  it('unmounting aborts the check in flight and leaves no timer', async () => {
    const { unmount, fake, calls } = renderApprove();
    fake.status = () => new Promise(() => {});
    await advance(0);
    await paste(CHANNEL);
    unmount();
    expect(calls[0]?.signal?.aborted).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('in Russian and Arabic (right to left)', async () => {
    const { container } = renderApprove({ locale: 'ar' });
    await advance(0);
    await act(async () => {
      await vi.dynamicImportSettled();
    });
    expect(screen.getByRole('heading', { name: 'الموافقة على تسجيل الدخول' })).toBeInTheDocument();
    expect(container.querySelector('[data-part="root"]')).toHaveAttribute('dir', 'rtl');
    cleanup();
    renderApprove({ locale: 'ru' });
    await act(async () => {
      await vi.dynamicImportSettled();
    });
    expect(screen.getByRole('heading', { name: 'Подтверждение входа' })).toBeInTheDocument();
  });

  it('no BarcodeDetector: no camera button, paste only', async () => {
    renderApprove();
    await advance(0);
    expect(screen.queryByRole('button', { name: 'Scan with camera' })).toBeNull();
    expect(screen.getByLabelText('Code or link')).toBeInTheDocument();
  });

  it('with BarcodeDetector: the camera (a lazy chunk) reads the QR and the details follow; the stream stops', async () => {
    const stop = vi.fn();
    const stream = { getTracks: () => [{ stop }] } as unknown as MediaStream;
    const getUserMedia = vi.fn(() => Promise.resolve(stream));
    Object.defineProperty(navigator, 'mediaDevices', { configurable: true, value: { getUserMedia } });
    vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
    // happy-dom only takes a real MediaStream here.
    const srcObject = Object.getOwnPropertyDescriptor(HTMLMediaElement.prototype, 'srcObject');
    Object.defineProperty(HTMLMediaElement.prototype, 'srcObject', { configurable: true, set() {}, get: () => null });
    onTestFinished(() => {
      if (srcObject) Object.defineProperty(HTMLMediaElement.prototype, 'srcObject', srcObject);
    });
    let frames = 0;
    class FakeDetector {
      detect() {
        frames += 1;
        return Promise.resolve(frames < 3 ? [] : [{ rawValue: `${window.location.origin}/approve?channel=${CHANNEL}` }]);
      }
    }
    Object.assign(globalThis, { BarcodeDetector: FakeDetector });
    const { container } = renderApprove();
    await advance(0);
    fireEvent.click(screen.getByRole('button', { name: 'Scan with camera' }));
    await act(async () => {
      await vi.dynamicImportSettled();
    });
    await advance(0);
    expect(container.querySelector('video[data-part="qr-camera"]')).toHaveAttribute('aria-label', 'Camera preview');
    expect(getUserMedia).toHaveBeenCalledWith({ video: { facingMode: 'environment' }, audio: false });
    await advance(1_000);
    expect(stateOf(container)).toBe('confirm');
    expect(stop).toHaveBeenCalled();
  });

  it('with BarcodeDetector but no camera permission: says so and keeps paste', async () => {
    Object.defineProperty(navigator, 'mediaDevices', {
      configurable: true,
      value: { getUserMedia: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
    Object.assign(globalThis, { BarcodeDetector: class {} });
    renderApprove();
    await advance(0);
    fireEvent.click(screen.getByRole('button', { name: 'Scan with camera' }));
    await act(async () => {
      await vi.dynamicImportSettled();
    });
    await advance(0);
    expect(screen.getByText('The camera isn’t available. Paste the code’s link instead.')).toBeInTheDocument();
    expect(screen.getByLabelText('Code or link')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Scan with camera' })).toBeNull();
  });
});
