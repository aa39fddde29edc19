import { act, cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import type { WizardStep } from '../core/client/types';
import { loadFixture } from '../../test/fixtures';
import { createFakeClient, deferred } from '../../test/fixtures/fake-client';
import { credentialsReady, renderFlow } from '../../test/fixtures/render-flow';
import * as laterSteps from './steps/later-steps';

const steps = [
  laterSteps.chooseFactorStep,
  laterSteps.verifyCodeStep,
  laterSteps.resetCodeStep,
  laterSteps.newPasswordStep,
  laterSteps.lockedStep,
  laterSteps.unknownStep,
];

async function fixtureStep(name: Parameters<typeof loadFixture>[0]): Promise<WizardStep> {
  const result = await loadFixture(name);
  if (!result.ok) throw result.error;
  return result.step;
}

describe('later steps are lazy chunks', () => {
  let preloads: MockInstance[];
  let idle: ReturnType<typeof vi.fn<(task: () => void) => number>>;

  beforeEach(() => {
    preloads = steps.map((step) => vi.spyOn(step, 'preload'));
    // The idle preload is held back here, to see the one the POST starts.
    idle = vi.fn<(task: () => void) => number>(() => 1);
    vi.stubGlobal('requestIdleCallback', idle);
    vi.stubGlobal('cancelIdleCallback', vi.fn());
  });
  afterEach(() => {
    cleanup(); // before the idle stubs go: unmounting cancels the held-back idle task
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('every later screen is requested when the credentials POST is sent, and is there by the time the answer is', async () => {
    const answer = deferred<WizardStep>();
    const client = createFakeClient().answer('signIn', () => answer.promise);
    const user = userEvent.setup();
    renderFlow({ client });
    await credentialsReady();
    expect(idle).toHaveBeenCalled();
    for (const preload of preloads) expect(preload).not.toHaveBeenCalled();

    await user.type(screen.getByLabelText('Email'), 'both@example.com');
    await user.type(screen.getByLabelText('Password'), 'Secret123!');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(client.count('signIn')).toBe(1));
    // Sent and not answered yet: every chunk is on its way.
    for (const preload of preloads) await waitFor(() => expect(preload).toHaveBeenCalled());

    await laterSteps.chooseFactorStep.preload();
    const picker = await fixtureStep('signin-2fa-both');
    await act(async () => answer.resolve(picker));
    // At once, with no loading screen in between: the chunk was already in.
    expect(screen.getByRole('heading', { name: 'Choose a verification method' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Loading sign-in…' })).toBeNull();
  });

  it('a later POST (choosing a method) requests them again; the idle preload requests them too', async () => {
    const client = createFakeClient().answer('signIn', 'signin-2fa-both');
    const user = userEvent.setup();
    renderFlow({ client });
    await credentialsReady();
    const [runIdle] = idle.mock.calls.at(-1) ?? [];
    act(() => runIdle?.());
    for (const preload of preloads) expect(preload).toHaveBeenCalledTimes(1);

    await user.type(screen.getByLabelText('Email'), 'both@example.com');
    await user.type(screen.getByLabelText('Password'), 'Secret123!');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByRole('heading', { name: 'Choose a verification method' });
    const afterSignIn = preloads.map((preload) => preload.mock.calls.length);
    await user.click(screen.getByRole('button', { name: 'SMS' }));
    await screen.findByLabelText('Verification code');
    preloads.forEach((preload, index) => expect(preload.mock.calls.length).toBeGreaterThan(afterSignIn[index] ?? 0));
  });
});
