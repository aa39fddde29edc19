import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type * as LaterSteps from './steps/later-steps';
import { createFakeClient } from '../../test/fixtures/fake-client';
import { credentialsReady, renderFlow } from '../../test/fixtures/render-flow';

const chunk = vi.hoisted(() => ({ failures: 0, attempts: 0 }));

// The method chooser's chunk fails while `chunk.failures` lasts, as a dropped connection would.
vi.mock('./steps/later-steps', async (importOriginal) => {
  const actual = await importOriginal<typeof LaterSteps>();
  const { lazyStep } = await import('./steps/lazy-step');
  const chooseFactorStep = lazyStep(async () => {
    chunk.attempts += 1;
    if (chunk.failures > 0) {
      chunk.failures -= 1;
      throw new TypeError('Failed to fetch dynamically imported module');
    }
    return (await import('./steps/choose-factor-step')).ChooseFactorStep;
  });
  return { ...actual, chooseFactorStep };
});

describe('a step chunk that fails to load', () => {
  it('shows the error step; "Try again" loads the chunk again and shows the step, the flow intact', async () => {
    chunk.failures = 1;
    const client = createFakeClient().answer('signIn', 'signin-2fa-both').answer('chooseTwoFactor', 'choose-google');
    const user = userEvent.setup();
    renderFlow({ client });
    await credentialsReady();
    await user.type(screen.getByLabelText('Email'), 'both@example.com');
    await user.type(screen.getByLabelText('Password'), 'Secret123!');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    await screen.findByRole('heading', { name: 'We couldn’t load sign-in' });
    expect(screen.queryByRole('heading', { name: 'Choose a verification method' })).toBeNull();
    const attemptsBefore = chunk.attempts;
    await user.click(screen.getByRole('button', { name: 'Try again' }));

    await screen.findByRole('heading', { name: 'Choose a verification method' });
    expect(chunk.attempts).toBe(attemptsBefore + 1);
    // Only the chunk was fetched again: no new wizard, no second sign-in.
    expect(client.calls.map((call) => call.method)).toEqual(['wizard', 'signIn']);
    await user.click(screen.getByRole('button', { name: 'Google Authenticator' }));
    await screen.findByLabelText('Verification code');
  });
});
