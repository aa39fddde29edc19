/**
 * Issue 10: the locked screen after a 429 with an absurd `Retry-After`, through the real client:
 * a 400-digit number once showed `Infinity:NaN` and spun the countdown's timer.
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SignInError } from '../../core/client/errors';
import { formatDuration } from '../../i18n/format';
import { createFakeClient } from '../../../test/fixtures/fake-client';
import { credentialsReady, renderFlow } from '../../../test/fixtures/render-flow';

afterEach(() => vi.useRealTimers());

async function lockWith(retryAfterSeconds: number) {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
  const client = createFakeClient().answer(
    'signIn',
    new SignInError({ kind: 'rate-limited', status: 429, retryAfterSeconds, serverMessage: null }, '/signin'),
  );
  const view = renderFlow({ client });
  await credentialsReady();
  await user.type(screen.getByLabelText('Email'), 'client@example.com');
  await user.type(screen.getByLabelText('Password'), 'Secret123!');
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  await screen.findByRole('heading', { name: 'Too many attempts' });
  return { ...view, client };
}

describe('the locked countdown under absurd Retry-After values', () => {
  it.each([Infinity, 1e14, Number.NaN])('retryAfterSeconds %d shows at most 24:00:00 and ticks calmly', async (seconds) => {
    const { container, client } = await lockWith(seconds);
    const countdown = container.querySelector('[data-part="countdown"]');
    expect(countdown?.textContent).toMatch(/^\d{1,2}:\d{2}(:\d{2})?$/);
    expect(countdown?.textContent).not.toMatch(/Infinity|NaN/);
    expect(countdown).toHaveAttribute('data-state', 'running');
    // One countdown timer, not a busy loop: a minute of fake time runs about 60 ticks.
    const before = vi.getTimerCount();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(vi.getTimerCount()).toBeLessThanOrEqual(before);
    expect(countdown?.textContent).not.toMatch(/Infinity|NaN/);
    expect(client.count('signIn')).toBe(1);
  });

  it('a 400-digit Retry-After is the 24 h cap', async () => {
    const { container } = await lockWith(Number('9'.repeat(400)));
    await waitFor(() => expect(container.querySelector('[data-part="countdown"]')?.textContent).toMatch(/^2[34]:\d{2}:\d{2}$/));
  });

  it('formatDuration never prints Infinity or NaN', () => {
    expect(formatDuration(Infinity)).toBe('0:00');
    expect(formatDuration(Number.NaN)).toBe('0:00');
    expect(formatDuration(3725)).toBe('1:02:05');
  });
});
