/**
 * The low end of the peer range: `<SignInFlow>` under React 18.3 (test/react18/node_modules,
 * aliased for this project only, dependencies included) in Chromium, StrictMode, against an
 * in-page simulator, through to signed in: credentials, a TOTP step, and the lazy QR panel.
 */
import { StrictMode, version } from 'react';
import { version as domVersion } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { createSignInClient } from '../../src/core/client/create-client';
import type { TokenPair } from '../../src/core/client/types';
import { SignInFlow, type SignInFlowProps } from '../../src/react';
import { createSimulator, DEMO_PASSWORD, GOOGLE_TOTP_SECRET, totp } from '../../src/simulator';

let root: Root | null = null;
let host: HTMLElement | null = null;
afterEach(() => {
  root?.unmount();
  host?.remove();
});

/** Renders the flow with React 18's createRoot, answered in-page by a fresh simulator. */
function renderFlow(props: Partial<SignInFlowProps> = {}) {
  const simulator = createSimulator();
  const client = createSignInClient({ baseUrl: 'https://broker.test', fetch: (input, init) => simulator.handle(new Request(input, init)) });
  const onSuccess = vi.fn<(tokens: TokenPair) => void>();
  host = document.body.appendChild(document.createElement('div'));
  root = createRoot(host);
  root.render(
    <StrictMode>
      <SignInFlow client={client} onSuccess={onSuccess} {...props} />
    </StrictMode>,
  );
  return { onSuccess, rootElement: () => host?.querySelector('[data-part="root"]') };
}

async function submitCredentials(email: string) {
  await page.getByLabelText('Email', { exact: true }).fill(email);
  await page.getByLabelText('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

// Hooks from two React copies would throw ("Invalid hook call"): reaching signed in below also
// shows react-hook-form and react-query run on this same React 18.
it('runs on React 18.3, not the repository React 19', () => {
  expect(version).toMatch(/^18\.3\./);
  expect(domVersion).toMatch(/^18\.3\./);
});

it('signs in with email and password, once, under StrictMode', async () => {
  const { onSuccess, rootElement } = renderFlow({ qrPanel: null });
  await expect.element(page.getByRole('heading', { name: 'Sign in', exact: true })).toBeVisible();
  await submitCredentials('client@example.com');
  await expect.poll(() => rootElement()?.getAttribute('data-step')).toBe('signed-in');
  expect(onSuccess).toHaveBeenCalledTimes(1);
  expect(onSuccess.mock.calls[0]?.[0].accessToken.token).toMatch(/^eyJ/);
});

it('goes through a TOTP step to signed in', async () => {
  const { onSuccess, rootElement } = renderFlow({ qrPanel: null });
  await submitCredentials('google@example.com');
  await page.getByLabelText('Verification code', { exact: true }).fill(totp(GOOGLE_TOTP_SECRET, Date.now()));
  await expect.poll(() => rootElement()?.getAttribute('data-step')).toBe('signed-in');
  expect(onSuccess).toHaveBeenCalledTimes(1);
});

it('loads the lazy QR panel and draws the code (qrcode.react on React 18)', async () => {
  renderFlow();
  await expect.element(page.getByRole('img', { name: 'QR code to sign in with your phone' })).toBeVisible();
  expect(host?.querySelector('[data-part="qr-code"] svg path')).not.toBeNull();
});
