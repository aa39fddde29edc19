/**
 * Parts that render outside a flow bring their own styling root, so the linked stylesheet
 * reaches them anywhere: `<QrSignIn>` and `<SessionExpiryNotice>`. `<QrPanel>` does not (inside
 * a flow it sits in the flow's root: one root, never two).
 */
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSession } from '../../core/session';
import { QrPanel, QrSignIn } from '../qr';
import { SessionExpiryNotice, SessionProvider } from '../session';
import { SignInFlow } from '../sign-in-flow';
import { presets } from '../../theme';
import { createFakeClient } from '../../../test/fixtures/fake-client';
import { createFakeClient as createSessionClient, issuePair } from '../../test-support/session/fake-client';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** A fetch that never answers: the QR panel stays in its loading state. */
const pendingFetch: typeof fetch = () => new Promise<Response>(() => undefined);

const rootsAround = (element: Element) => {
  const roots: Element[] = [];
  for (let node = element.closest('[data-part="root"]'); node; node = node.parentElement?.closest('[data-part="root"]') ?? null) roots.push(node);
  return roots;
};

describe('QrSignIn', () => {
  it('renders inside its own root, with the theme, direction and opt-out it is given', () => {
    const { container, rerender } = render(
      <QrSignIn baseUrl="" fetch={pendingFetch} onSuccess={() => undefined} theme={presets.meadow} dir="rtl" locale="ar" />,
    );
    const panel = container.querySelector('[data-part="qr-panel"]')!;
    const [root, ...outer] = rootsAround(panel);
    expect(outer).toEqual([]);
    expect(root).toHaveAttribute('dir', 'rtl');
    expect(root).toHaveAttribute('lang', 'ar');
    expect((root as HTMLElement).style.getPropertyValue('--b2s-theme-radius')).toBe('14px');
    expect(root).not.toHaveAttribute('data-unstyled');
    rerender(<QrSignIn baseUrl="" fetch={pendingFetch} onSuccess={() => undefined} unstyled />);
    const bare = container.querySelector('[data-part="root"]')!;
    expect(bare).toHaveAttribute('data-unstyled', '');
    expect(bare).not.toHaveAttribute('style');
  });

  it('QrPanel alone adds no root of its own', () => {
    const client = { getQrChannel: () => new Promise<never>(() => undefined) } as unknown as Parameters<typeof QrPanel>[0]['client'];
    const { container } = render(<QrPanel client={client} onSignedIn={() => undefined} />);
    expect(container.querySelector('[data-part="qr-panel"]')).not.toBeNull();
    expect(container.querySelector('[data-part="root"]')).toBeNull();
  });

  it('the flow’s own QR panel sits in the flow’s root: one root, not two', async () => {
    const { container } = render(<SignInFlow client={createFakeClient()} onSuccess={() => undefined} />);
    // The wizard offers QR: the lazily loaded panel appears beside the form.
    const panel = await waitFor(
      () => {
        const found = container.querySelector('[data-part="qr-panel"]');
        if (!found) throw new Error('no QR panel yet');
        return found;
      },
      { timeout: 5_000 },
    );
    expect(rootsAround(panel)).toHaveLength(1);
    expect(container.querySelectorAll('[data-part="root"]')).toHaveLength(1);
  });
});

describe('SessionExpiryNotice', () => {
  it('renders inside its own root (theme, dir, unstyled), and renders nothing at all when idle', async () => {
    vi.useFakeTimers({ now: new Date('2026-03-01T10:00:00Z') });
    const session = createSession({ client: createSessionClient(), crossTab: false, idleTimeout: 10 * 60_000 });
    const { container, rerender } = render(
      <SessionProvider session={session}>
        <SessionExpiryNotice theme={presets.midnight} dir="rtl" />
      </SessionProvider>,
    );
    expect(container).toBeEmptyDOMElement();
    act(() => session.signIn(issuePair(30)));
    expect(container).toBeEmptyDOMElement();
    await act(async () => vi.advanceTimersByTime(8 * 60_000));
    await act(async () => vi.advanceTimersByTime(10));
    const notice = screen.getByRole('status');
    const [root, ...outer] = rootsAround(notice);
    expect(outer).toEqual([]);
    expect(root).toHaveAttribute('dir', 'rtl');
    expect((root as HTMLElement).style.getPropertyValue('--b2s-theme-radius')).toBe('2px');
    rerender(
      <SessionProvider session={session}>
        <SessionExpiryNotice unstyled />
      </SessionProvider>,
    );
    expect(rootsAround(screen.getByRole('status'))[0]).toHaveAttribute('data-unstyled', '');
    session.dispose();
  });
});
