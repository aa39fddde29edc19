import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SignInError } from '../core/client/errors';
import type { WizardStep } from '../core/client/types';
import { stepFixture } from '../../test/fixtures';
import { createFakeClient, deferred } from '../../test/fixtures/fake-client';
import { expectNoAxeViolations, findShown, liveRegion, queryShown, renderFlow } from '../../test/fixtures/render-flow';
import type { RecaptchaProps } from './recaptcha/types';

const NETWORK = 'We couldn’t reach the server. Check your connection and try again.';

/** A client whose first wizard answers only when the test says so. */
function deferredWizard() {
  const wizard = deferred<WizardStep>();
  const client = createFakeClient().answer('wizard', () => wizard.promise);
  return { wizard, client };
}

/** A fake captcha: a button that "solves" with a numbered token. */
function FakeCaptcha({ onToken }: RecaptchaProps) {
  return (
    <button type="button" onClick={() => onToken('captcha-token-1')}>
      I am not a robot
    </button>
  );
}

async function typeCredentials(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('Email'), 'client@example.com');
  await user.type(screen.getByLabelText('Password'), 'Secret123!');
}

const submitButton = () => screen.getByRole('button', { name: 'Sign in' });

describe('the credentials form before the wizard answers', () => {
  it('is the real form from the first render: heading, labelled enabled fields, an enabled submit, no focus taken; axe clean', async () => {
    const { wizard, client } = deferredWizard();
    const onEvent = vi.fn();
    const { container } = renderFlow({ client, onEvent, forgotPasswordUrl: '/forgot' });
    // No waiting: the form is there as soon as render returns.
    expect(container.querySelector('[data-part="root"]')).toHaveAttribute('data-step', 'credentials');
    expect(screen.getByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    const email = screen.getByLabelText('Email');
    expect(email).toBeEnabled();
    expect(email).toHaveAttribute('autocomplete', 'username');
    expect(screen.getByLabelText('Password')).toBeEnabled();
    expect(screen.getByLabelText('Password')).toHaveAttribute('autocomplete', 'current-password');
    expect(screen.getByRole('button', { name: 'Show password' })).toBeEnabled();
    const submit = submitButton();
    expect(submit).toBeEnabled();
    expect(submit).toHaveAttribute('type', 'submit');
    expect(submit).not.toHaveAttribute('aria-busy');
    // What depends on the wizard's options is not there yet, and no space is held for it.
    expect(screen.queryByRole('link', { name: 'Forgot password?' })).toBeNull();
    expect(container.querySelector('[data-part="recaptcha"]')).toBeNull();
    expect(document.activeElement).toBe(document.body);
    expect(liveRegion()).toHaveTextContent('');
    await expectNoAxeViolations(container);
    expect(client.count('wizard')).toBe(1);

    wizard.resolve(await stepFixture('wizard-login'));
    const link = await screen.findByRole('link', { name: 'Forgot password?' });
    // The same form (same nodes); the late extra sits on the password label's row (one text line
    // high, its 44 px target given back by negative margins: the stylesheet's job), so nothing moves.
    expect(screen.getByLabelText('Email')).toBe(email);
    expect(submitButton()).toBe(submit);
    expect(link.closest('[data-part="label-row"]')?.querySelector('label')).toHaveTextContent('Password');
    expect(document.activeElement).toBe(document.body);
    expect(liveRegion()).toHaveTextContent('');
    expect(client.count('wizard')).toBe(1);
    expect(onEvent.mock.calls.map(([event]) => event)).toEqual([{ type: 'step-shown', step: 'credentials' }]);
    await expectNoAxeViolations(container);
  });

  it('a submit before the wizard waits for it (busy, nothing sent), then sends once with its uuid; double click and Enter add nothing', async () => {
    const user = userEvent.setup();
    const { wizard, client } = deferredWizard();
    const { container, onSuccess } = renderFlow({ client });
    await typeCredentials(user);
    await user.dblClick(submitButton());
    await user.type(screen.getByLabelText('Password'), '{Enter}');
    await waitFor(() => expect(submitButton()).toHaveAttribute('aria-busy', 'true'));
    expect(client.count('signIn')).toBe(0);
    await expectNoAxeViolations(container);

    const answer = await stepFixture('wizard-login');
    wizard.resolve(answer);
    await screen.findByRole('heading', { name: 'You’re signed in' });
    expect(client.calls.map((c) => c.method)).toEqual(['wizard', 'signIn']);
    expect(client.calls[1]?.input).toEqual({ uuid: answer.uuid, email: 'client@example.com', password: 'Secret123!' });
    expect(onSuccess).toHaveBeenCalledTimes(1);
  });

  it('the wizard fails under a waiting submit: the submit is dropped with the error, the values stay; Try again sends nothing, Sign in does', async () => {
    const user = userEvent.setup();
    const { wizard, client } = deferredWizard();
    const onEvent = vi.fn();
    const { container } = renderFlow({ client, onEvent, forgotPasswordUrl: '/forgot' });
    await typeCredentials(user);
    await user.click(submitButton());
    await waitFor(() => expect(submitButton()).toHaveAttribute('aria-busy', 'true'));

    wizard.reject(new SignInError({ kind: 'network' }, '/signin/wizard'));
    expect(await findShown(NETWORK)).toBeInTheDocument();
    await waitFor(() => expect(liveRegion()).toHaveTextContent(NETWORK));
    await waitFor(() => expect(submitButton()).not.toHaveAttribute('aria-busy'));
    expect(screen.getByRole('heading', { name: 'Sign in' })).not.toHaveFocus(); // same screen: focus stays put
    expect(screen.getByLabelText('Email')).toHaveValue('client@example.com');
    expect(screen.getByLabelText('Password')).toHaveValue('Secret123!');
    expect(client.count('signIn')).toBe(0);
    expect(onEvent).toHaveBeenCalledWith({ type: 'step-failed', step: 'credentials', errorKind: 'network', status: null, serverCode: null });
    await expectNoAxeViolations(container);

    // Try again: a new wizard under the same form; the dropped submit is not replayed.
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByRole('link', { name: 'Forgot password?' });
    expect(queryShown(NETWORK)).toBeNull();
    expect(submitButton()).toHaveFocus(); // the retry button left; focus lands where the person continues
    expect(client.calls.map((c) => c.method)).toEqual(['wizard', 'wizard']);
    expect(screen.getByLabelText('Password')).toHaveValue('Secret123!');

    await user.click(submitButton());
    await screen.findByRole('heading', { name: 'You’re signed in' });
    expect(client.calls.map((c) => c.method)).toEqual(['wizard', 'wizard', 'signIn']);
    expect(onEvent.mock.calls.filter(([e]) => e.type === 'step-shown').map(([e]) => e.step)).toEqual(['credentials', 'signed-in']);
  });

  it('Sign in on a form whose wizard failed fetches a new wizard and sends once it answers', async () => {
    const user = userEvent.setup();
    const second = deferred<WizardStep>();
    const client = createFakeClient().answer('wizard', new SignInError({ kind: 'network' }, '/signin/wizard'), () => second.promise);
    renderFlow({ client });
    await typeCredentials(user);
    expect(await findShown(NETWORK)).toBeInTheDocument();
    await user.click(submitButton());
    await waitFor(() => expect(submitButton()).toHaveAttribute('aria-busy', 'true'));
    expect(queryShown(NETWORK)).toBeNull();
    expect(client.calls.map((c) => c.method)).toEqual(['wizard', 'wizard']);
    await user.click(submitButton()); // pressed again while it waits: still one intent
    second.resolve(await stepFixture('wizard-login'));
    await screen.findByRole('heading', { name: 'You’re signed in' });
    expect(client.calls.map((c) => c.method)).toEqual(['wizard', 'wizard', 'signIn']);
  });

  it('reCAPTCHA turned on by a wizard that answers after the submit: nothing is sent without a token; the check shows, the values stay', async () => {
    const user = userEvent.setup();
    const { wizard, client } = deferredWizard();
    const onEvent = vi.fn();
    const { container } = renderFlow({ client, onEvent, recaptcha: FakeCaptcha });
    await typeCredentials(user);
    await user.click(submitButton());
    await waitFor(() => expect(submitButton()).toHaveAttribute('aria-busy', 'true'));

    wizard.resolve(await stepFixture('wizard-login-recaptcha'));
    expect(await findShown('Complete the security check.')).toBeInTheDocument();
    await waitFor(() => expect(submitButton()).not.toHaveAttribute('aria-busy'));
    expect(client.count('signIn')).toBe(0);
    expect(screen.getByLabelText('Email')).toHaveValue('client@example.com');
    expect(screen.getByLabelText('Password')).toHaveValue('Secret123!');
    expect(onEvent.mock.calls.filter(([e]) => e.type === 'captcha-shown')).toHaveLength(1);
    expect(onEvent.mock.calls.filter(([e]) => e.type === 'step-shown')).toHaveLength(1);
    await expectNoAxeViolations(container);

    await user.click(screen.getByRole('button', { name: 'I am not a robot' }));
    await user.click(submitButton());
    await screen.findByRole('heading', { name: 'You’re signed in' });
    expect(client.calls.filter((c) => c.method === 'signIn').map((c) => c.input)).toEqual([
      expect.objectContaining({ email: 'client@example.com', password: 'Secret123!', recaptchaResponse: 'captcha-token-1' }),
    ]);
  });

  it('unmounting while a submit waits for the wizard sends nothing', async () => {
    const user = userEvent.setup();
    const { wizard, client } = deferredWizard();
    const { unmount } = renderFlow({ client });
    await typeCredentials(user);
    await user.click(submitButton());
    await waitFor(() => expect(submitButton()).toHaveAttribute('aria-busy', 'true'));
    unmount();
    wizard.resolve(await stepFixture('wizard-login'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(client.count('signIn')).toBe(0);
  });
});
