import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, screen } from '@testing-library/react';
import type { QrStatusSource } from '../../core/qr';
import { authorized, createManualStatusSource, hangUntilAborted, httpError, networkError, rateLimited, testTokens } from '../../test-support/qr/fake-qr-client';
import { advance, axeViolations, panelState, renderPanel } from '../../test-support/qr/render-panel';

const MIN = 60_000;
const liveRegion = () => screen.getByRole('status');

describe('<QrPanel>', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('shows the code with an accessible name, the how-to and the requesting origin as text', async () => {
    const qrValue = vi.fn((c: { id: string }) => `https://phone.example/phone.html?channel=${c.id}`);
    const { container, fake } = renderPanel({ qrValue });
    expect(panelState(container)).toBe('loading');
    expect(screen.getByText('Getting a QR code…')).toBeInTheDocument();
    await advance(0);
    expect(panelState(container)).toBe('showing');
    expect(screen.getByRole('img', { name: 'QR code to sign in with your phone' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Sign in with your phone' })).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
    // IP and location are each isolated in a <bdi> (server strings in a right-to-left page).
    const origin = container.querySelector('[data-part="qr-origin"]');
    expect(origin).toHaveTextContent(/Signing in from 203\.0\.113\.7, Berlin/);
    expect([...origin!.querySelectorAll('bdi')].map((bdi) => bdi.textContent)).toEqual(['203.0.113.7', 'Berlin']);
    expect(qrValue).toHaveBeenCalledWith(expect.objectContaining({ id: 'ch-1' }));
    expect(liveRegion()).toHaveTextContent('A new QR code is ready to scan.');
    // StrictMode's double mount made one channel request, not two.
    expect(fake.count('getQrChannel')).toBe(1);
  });

  it('renders a hostile location literally, as text', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const { container } = renderPanel({}, { location: hostile });
    await advance(0);
    expect(container.querySelector('[data-part="qr-origin"]')).toHaveTextContent(`Signing in from 203.0.113.7, ${hostile}`);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('[onerror]')).toBeNull();
  });

  it('shows the IP alone when there is no location, and nothing when hideOrigin', async () => {
    const first = renderPanel({}, { location: null });
    await advance(0);
    expect(first.container.querySelector('[data-part="qr-origin"]')?.textContent).toMatch(/^Signing in from 203\.0\.113\.7 Your phone/);
    first.unmount();
    const second = renderPanel({ hideOrigin: true });
    await advance(0);
    expect(second.container.querySelector('[data-part="qr-origin"]')).toBeNull();
    expect(screen.queryByText(/203\.0\.113\.7/)).toBeNull();
  });

  it('counts the ring down from the lifetime, once a second', async () => {
    const { container } = renderPanel();
    await advance(0);
    const ring = () => container.querySelector('[data-part="qr-ring"]');
    expect(ring()).toHaveAttribute('aria-hidden', 'true');
    expect(ring()).toHaveAttribute('data-remaining', '1.00');
    await advance(60_000);
    expect(ring()).toHaveAttribute('data-remaining', '0.50');
    await advance(30_000);
    expect(ring()).toHaveAttribute('data-remaining', '0.25');
  });

  it('renews silently: new code drawn, no new announcement, old code on screen meanwhile', async () => {
    const qrValue = vi.fn((c: { id: string }) => c.id);
    const { container, fake } = renderPanel({ qrValue });
    await advance(0);
    const announcement = liveRegion().textContent;
    const states: (string | null)[] = [];
    const observer = new MutationObserver(() => states.push(panelState(container)));
    observer.observe(container, { attributes: true, subtree: true, attributeFilter: ['data-state'] });
    await advance(110_000);
    observer.disconnect();
    expect(fake.count('getQrChannel')).toBe(2);
    expect(qrValue).toHaveBeenLastCalledWith(expect.objectContaining({ id: 'ch-2' }));
    expect(states).not.toContain('loading');
    expect(liveRegion().textContent).toBe(announcement);
  });

  it('stops after 5 renewals with "Show a new code", which brings a fresh code and keeps focus in the panel', async () => {
    const { container, fake } = renderPanel();
    await advance(0);
    await advance(670_000);
    expect(panelState(container)).toBe('stopped');
    expect(fake.count('getQrChannel')).toBe(6);
    expect(liveRegion()).toHaveTextContent('The QR code expired.');
    expect(screen.queryByRole('img')).toBeNull();
    const requests = fake.log.length;
    await advance(10 * MIN);
    expect(fake.log).toHaveLength(requests);

    const showNew = screen.getByRole('button', { name: 'Show a new code' });
    act(() => {
      showNew.focus();
      showNew.click();
    });
    await advance(0);
    expect(panelState(container)).toBe('showing');
    expect(fake.count('getQrChannel')).toBe(7);
    expect(screen.getByRole('heading', { name: 'Sign in with your phone' })).toHaveFocus();
    expect(liveRegion()).toHaveTextContent('A new QR code is ready to scan.');
  });

  it('pauses while the tab is hidden (no requests) and shows a fresh code when visible', async () => {
    const { container, fake, vis } = renderPanel();
    await advance(5000);
    act(() => vis.set(true));
    expect(panelState(container)).toBe('stopped');
    expect(screen.getByText(/paused while this tab is in the background/)).toBeInTheDocument();
    const requests = fake.log.length;
    await advance(10 * MIN);
    expect(fake.log).toHaveLength(requests);
    act(() => vis.set(false));
    await advance(0);
    expect(panelState(container)).toBe('showing');
    expect(fake.count('getQrChannel')).toBe(2);
  });

  it('signs in once when the phone approves, even with two overlapping token answers', async () => {
    const manual = createManualStatusSource();
    const statusSource: QrStatusSource = manual.source;
    const { container, fake, onSignedIn } = renderPanel({ statusSource });
    await advance(0);
    let finish: () => void = () => {};
    fake.exchange = () => new Promise((resolve) => (finish = () => resolve({ kind: 'signed-in', clientId: 7, tokens: testTokens })));
    act(() => {
      manual.for('ch-1').onStatus(authorized('ch-1', 'a'));
      manual.for('ch-1').onStatus(authorized('ch-1', 'b'));
    });
    expect(panelState(container)).toBe('signing-in');
    expect(liveRegion()).toHaveTextContent('Code scanned. Signing you in…');
    await act(async () => finish());
    expect(onSignedIn).toHaveBeenCalledTimes(1);
    expect(onSignedIn).toHaveBeenCalledWith(testTokens, 7);
    expect(fake.count('signInWithQr')).toBe(1);
    expect(liveRegion()).toHaveTextContent('Signed in.');
  });

  it('passes a wizard step to onStep', async () => {
    const manual = createManualStatusSource();
    const onStep = vi.fn();
    const { fake, onSignedIn } = renderPanel({ statusSource: manual.source, onStep });
    await advance(0);
    const step = { workflow: '2fa', uuid: 'u' } as never;
    fake.exchange = () => Promise.resolve({ kind: 'step', step });
    act(() => manual.for('ch-1').onStatus(authorized('ch-1')));
    await advance(0);
    expect(onStep).toHaveBeenCalledWith(step);
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it('shows each error with a retry', async () => {
    const { container, fake } = renderPanel();
    const real = fake.channel;
    fake.channel = () => Promise.reject(networkError());
    await advance(0);
    expect(panelState(container)).toBe('error');
    expect(container.querySelector('[data-part="message"]')).toHaveTextContent(/couldn’t get a QR code/);
    expect(container.querySelector('[data-part="message"]')).toHaveAttribute('data-tone', 'error');
    fake.channel = real;
    act(() => screen.getByRole('button', { name: 'Try again' }).click());
    await advance(0);
    expect(panelState(container)).toBe('showing');

    fake.channel = () => Promise.reject(rateLimited(30));
    await advance(110_000);
    expect(liveRegion()).toHaveTextContent('Too many attempts. Wait 30 seconds, then try again.');
  });

  it('a used token says so and offers a new code', async () => {
    const manual = createManualStatusSource();
    const { container, fake } = renderPanel({ statusSource: manual.source });
    await advance(0);
    fake.exchange = () => Promise.reject(httpError(400, 1008));
    act(() => manual.for('ch-1').onStatus(authorized('ch-1')));
    await advance(0);
    expect(panelState(container)).toBe('error');
    expect(liveRegion()).toHaveTextContent('This code was already used');
    expect(screen.getByRole('button', { name: 'Show a new code' })).toBeInTheDocument();
  });

  it('takes message overrides and host class names', async () => {
    const { container } = renderPanel({
      messages: { 'qr.heading': 'Scan to sign in' },
      classNames: { 'qr-panel': 'my-panel', 'qr-origin': 'my-origin' },
    });
    await advance(0);
    expect(screen.getByRole('heading', { name: 'Scan to sign in' })).toBeInTheDocument();
    expect(container.querySelector('.my-panel')).toHaveAttribute('data-part', 'qr-panel');
    expect(container.querySelector('.my-origin')).toHaveAttribute('data-part', 'qr-origin');
  });

  it('offers email and password when the host handles it', async () => {
    const onUsePassword = vi.fn();
    renderPanel({ onUsePassword });
    await advance(0);
    act(() => screen.getByRole('button', { name: 'Use email and password instead' }).click());
    expect(onUsePassword).toHaveBeenCalledTimes(1);
  });

  it('unmounting mid-poll aborts the request and leaves zero requests and timers for 10 minutes', async () => {
    const { fake, unmount } = renderPanel();
    await advance(0);
    fake.status = ({ signal }) => hangUntilAborted(signal);
    await advance(2000);
    const inFlight = fake.log.at(-1);
    expect(inFlight?.method).toBe('getQrChannelStatus');
    unmount();
    await advance(0);
    expect(inFlight?.signal?.aborted).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
    const requests = fake.log.length;
    await advance(10 * MIN);
    expect(fake.log).toHaveLength(requests);
  });

  it('unmounting right after mount (before the first request) makes no request at all', async () => {
    const { fake, unmount } = renderPanel();
    unmount();
    await advance(10 * MIN);
    expect(fake.log).toHaveLength(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  describe('axe clean in every state', () => {
    it('loading, showing, renewing, paused, stopped', async () => {
      const { container, fake, vis } = renderPanel();
      expect(panelState(container)).toBe('loading');
      expect(await axeViolations(container)).toEqual([]);
      await advance(0);
      expect(panelState(container)).toBe('showing');
      expect(await axeViolations(container)).toEqual([]);
      const real = fake.channel;
      let land: () => void = () => {};
      fake.channel = () => new Promise((resolve) => (land = () => void real().then(resolve)));
      await advance(110_000);
      expect(panelState(container)).toBe('renewing');
      expect(await axeViolations(container)).toEqual([]);
      fake.channel = real;
      await act(async () => land());
      act(() => vis.set(true));
      expect(screen.getByText(/paused/)).toBeInTheDocument();
      expect(await axeViolations(container)).toEqual([]);
      act(() => vis.set(false));
      await advance(0);
      await advance(670_000);
      expect(panelState(container)).toBe('stopped');
      expect(await axeViolations(container)).toEqual([]);
    });

    it('signing-in, signed in, error', async () => {
      const manual = createManualStatusSource();
      const { container, fake } = renderPanel({ statusSource: manual.source });
      await advance(0);
      let finish: () => void = () => {};
      fake.exchange = () => new Promise((resolve) => (finish = () => resolve({ kind: 'signed-in', clientId: 7, tokens: testTokens })));
      act(() => manual.for('ch-1').onStatus(authorized('ch-1')));
      expect(panelState(container)).toBe('signing-in');
      expect(await axeViolations(container)).toEqual([]);
      await act(async () => finish());
      expect(await axeViolations(container)).toEqual([]);

      const failing = renderPanel();
      failing.fake.channel = () => Promise.reject(networkError());
      await advance(0);
      expect(panelState(failing.container)).toBe('error');
      expect(await axeViolations(failing.container)).toEqual([]);
    });
  });
});
