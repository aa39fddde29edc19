/**
 * The first screen's behaviour (issue 13): errors about the fields go under them, the QR opens
 * from a button on narrow cards, addresses are left to right, the subtitle names the app.
 * Layout facts (side by side, 44 px targets, no overflow) are in test/browser/first-screen.
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SignInError } from '../../core/client/errors';
import { createFakeClient } from '../../../test/fixtures/fake-client';
import { credentialsReady, expectNoAxeViolations, findShown, renderFlow } from '../../../test/fixtures/render-flow';

const signIn = async (password = 'wrong-password') => {
  const user = userEvent.setup();
  await credentialsReady();
  await user.type(screen.getByLabelText('Email'), 'client@example.com');
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  return user;
};

describe('credentials step: errors about fields', () => {
  it('a wrong password: the message under the password, both fields invalid and described by it, the password selected, no banner', async () => {
    const client = createFakeClient().answer('signIn', 'error-invalid-credentials');
    const { container } = renderFlow({ client });
    await signIn();
    const message = await findShown('The email or password is incorrect.');
    expect(message).toHaveAttribute('data-part', 'field-error');
    const email = screen.getByLabelText('Email');
    const password = screen.getByLabelText<HTMLInputElement>('Password');
    expect(message.closest('[data-part="field"]')).toContainElement(password);
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription('The email or password is incorrect.');
    expect(password).toHaveAccessibleDescription('The email or password is incorrect.');
    expect(container.querySelector('[data-part="message"][data-tone="error"]')).toBeNull();
    // Focused with its text selected: typing replaces the wrong password.
    await waitFor(() => expect(document.activeElement).toBe(password));
    expect([password.selectionStart, password.selectionEnd]).toEqual([0, 'wrong-password'.length]);
    await expectNoAxeViolations(container);
  });

  it('a server error naming a field (details[].field) marks that field only', async () => {
    const failure = new SignInError(
      { kind: 'http', status: 400, serverCode: 1004, serverMessage: 'Invalid', details: [{ field: 'email', issue: 'Not an address.' }] },
      '/signin',
    );
    const client = createFakeClient().answer('signIn', failure);
    renderFlow({ client });
    await signIn();
    const message = await findShown('Some details aren’t valid. Check them and try again.');
    expect(message.closest('[data-part="field"]')).toContainElement(screen.getByLabelText('Email'));
    expect(screen.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Password')).not.toHaveAttribute('aria-invalid');
  });

  it('an error no field can fix (network) stays in the banner, fields valid', async () => {
    const client = createFakeClient().answer('signIn', new SignInError({ kind: 'network' }, '/signin'));
    const { container } = renderFlow({ client });
    await signIn();
    const message = await findShown('We couldn’t reach the server. Check your connection and try again.');
    expect(message).toHaveAttribute('data-part', 'message');
    expect(container.querySelector('[data-part="field-error"]')).toBeNull();
    expect(screen.getByLabelText('Password')).not.toHaveAttribute('aria-invalid');
  });
});

describe('credentials step: first screen', () => {
  it('email and password are left to right in Arabic; the subtitle names the app', async () => {
    renderFlow({ locale: 'ar', appName: 'Acme Markets' });
    const heading = await screen.findByRole('heading', { name: 'تسجيل الدخول' });
    const root = heading.closest('[data-part="root"]');
    expect(root).toHaveAttribute('dir', 'rtl');
    const inputs = root!.querySelectorAll('input[type="email"], input[type="password"]');
    expect(inputs).toHaveLength(2);
    inputs.forEach((input) => expect(input).toHaveAttribute('dir', 'ltr'));
    expect(root!.querySelector('[data-part="description"]')).toHaveTextContent('للمتابعة إلى Acme Markets');
  });

  it('no appName, no subtitle; "Forgot password?" sits on the password label’s row', async () => {
    const { container } = renderFlow({ forgotPasswordUrl: '/forgot' });
    const link = await screen.findByRole('link', { name: 'Forgot password?' });
    expect(container.querySelector('[data-part="card"][data-step="credentials"] [data-part="description"]')).toBeNull();
    expect(link.closest('[data-part="label-row"]')?.querySelector('label')).toHaveTextContent('Password');
  });

  it('with QR offered: a "Sign in with your phone" button toggles the QR slot (aria-expanded, aria-controls)', async () => {
    const { container } = renderFlow({ qrPanel: <p>the QR panel</p> });
    const button = await screen.findByRole('button', { name: 'Sign in with your phone' });
    const slot = container.querySelector('[data-part="qr-slot"]')!;
    expect(slot).toHaveTextContent('the QR panel');
    expect(button).toHaveAttribute('aria-controls', slot.id);
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(slot).toHaveAttribute('data-state', 'closed');
    await userEvent.setup().click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(slot).toHaveAttribute('data-state', 'open');
    expect(container.querySelector('[data-part="methods"] > [data-part="qr-slot"]')).toBe(slot);
    await expectNoAxeViolations(container);
  });

  it('layout="page" marks the root (the stylesheet paints the backdrop there); inline by default', async () => {
    const page = renderFlow({ layout: 'page' });
    await credentialsReady();
    expect(page.container.querySelector('[data-part="root"]')).toHaveAttribute('data-layout', 'page');
    page.unmount();
    const inline = renderFlow();
    await credentialsReady();
    expect(inline.container.querySelector('[data-part="root"]')).not.toHaveAttribute('data-layout');
  });
});
