/** Test helpers for the flow's component tests (not part of the package entry). */
import { cleanup, render, screen } from '@testing-library/react';
import axe from 'axe-core';
import { StrictMode } from 'react';
import { afterEach, expect, vi } from 'vitest';
import { createFakeClient, type FakeClient } from '../../test/fixtures/fake-client';
import { SignInFlow, type SignInFlowProps } from './sign-in-flow';

// Vitest runs without globals here, so Testing Library cannot register its own cleanup.
afterEach(() => cleanup());

/** Renders `<SignInFlow>` under StrictMode with a scripted client and no QR panel. */
export function renderFlow(props: Partial<SignInFlowProps> & { client?: FakeClient } = {}) {
  const client = props.client ?? createFakeClient();
  const onSuccess = vi.fn();
  const onUnknownStep = vi.fn();
  const view = render(
    <StrictMode>
      <SignInFlow client={client} onSuccess={onSuccess} onUnknownStep={onUnknownStep} qrPanel={null} {...props} />
    </StrictMode>,
  );
  return { ...view, client, onSuccess, onUnknownStep };
}

/** Runs axe-core on the container: no violations (colour contrast needs real layout, so it is off in happy-dom). */
export async function expectNoAxeViolations(container: HTMLElement) {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
}

/** Waits for the credentials form. */
export const credentialsReady = () => screen.findByRole('heading', { name: 'Sign in' });

export const liveRegion = () => document.querySelector('[data-part="live-region"]');

/** Finds text shown on the screen (not its copy in the live region). */
export const findShown = (text: string) => screen.findByText(text, { ignore: '[data-part="live-region"], script, style' });
export const queryShown = (text: string) => screen.queryByText(text, { ignore: '[data-part="live-region"], script, style' });
