import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { SignInFlow } from '../../src/react';
import { QrPanel } from '../../src/react/qr';
import { createFakeQrClient, scannedSource, silentSource } from '../support/fake-qr-client';
import { fixtureHandlers } from '../support/fixture-handlers';
import { storyLocaleProps } from '../support/story-theme';

/**
 * The first screen as a client sees it (issue 13): on a wide card the form and the QR side by
 * side with a vertical "or"; on a phone a "Sign in with your phone" button that opens the QR (it
 * is for a second device); a wrong password under the password field; the phone's approval in
 * the QR tile's place. The layout follows the card's width (a container query), so the phone
 * stories also hold the flow in a 390 px column, whatever the preview's size.
 */
const qrPanel = (source = silentSource) => (
  <QrPanel client={createFakeQrClient()} statusSource={source} onSignedIn={fn()} headingLevel={3} />
);

const meta = {
  title: 'SignInFlow/First screen',
  component: SignInFlow,
  args: { baseUrl: '', onSuccess: fn(), appName: 'Acme Markets', forgotPasswordUrl: '#forgot', qrPanel: qrPanel() },
  parameters: { msw: { handlers: fixtureHandlers({}) } },
  render: (args, { globals, parameters }) => {
    const flow = <SignInFlow {...args} {...storyLocaleProps(globals, args.messages)} />;
    const width = (parameters.column as number | undefined) ?? undefined;
    return width ? <div style={{ maxInlineSize: width, marginInline: 'auto' }}>{flow}</div> : flow;
  },
} satisfies Meta<typeof SignInFlow>;
export default meta;
type Story = StoryObj<typeof meta>;

const qrImage = { name: 'QR code to sign in with your phone' };

export const Desktop: Story = {
  tags: ['screenshots'],
  globals: { viewport: { value: 'desktop', isRotated: false } },
  play: async ({ canvas, canvasElement }) => {
    await expect(await canvas.findByText('to continue to Acme Markets')).toBeVisible();
    await expect(await canvas.findByRole('img', qrImage)).toBeVisible();
    await expect(canvas.getByRole('link', { name: 'Forgot password?' })).toBeVisible();
    await expect(canvasElement.querySelector('[data-part="qr-slot"]')).toHaveAttribute('data-state', 'closed');
  },
};

export const Phone: Story = {
  tags: ['screenshots'],
  globals: { viewport: { value: 'mobile2', isRotated: false } },
  parameters: { column: 390 },
  play: async ({ canvas, canvasElement }) => {
    const button = await canvas.findByRole('button', { name: 'Sign in with your phone' });
    await expect(button).toBeVisible();
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(canvasElement.querySelector<HTMLElement>('[data-part="qr-slot"]')!.checkVisibility()).toBe(false);
  },
};

export const PhoneQrOpened: Story = {
  globals: { viewport: { value: 'mobile2', isRotated: false } },
  parameters: { column: 390 },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Sign in with your phone' }));
    await expect(await canvas.findByRole('img', qrImage)).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Sign in with your phone' })).toHaveAttribute('aria-expanded', 'true');
  },
};

export const WrongPassword: Story = {
  tags: ['screenshots'],
  args: { qrPanel: null },
  parameters: { msw: { handlers: fixtureHandlers({ 'POST /signin': 'error-invalid-credentials' }) } },
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(await canvas.findByLabelText('Email'), 'client@example.com');
    await userEvent.type(canvas.getByLabelText('Password'), 'wrong password');
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    const password = canvas.getByLabelText('Password');
    await waitFor(() => expect(password).toHaveAttribute('aria-invalid', 'true'));
    await expect(password).toHaveAccessibleDescription('The email or password is incorrect.');
    await expect(canvas.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(password).toHaveFocus());
  },
};

export const ScannedConfirmation: Story = {
  tags: ['screenshots'],
  args: { qrPanel: qrPanel(scannedSource) },
  play: async ({ canvas, canvasElement }) => {
    await expect(await canvas.findByText('Code scanned. Signing you in…', { selector: 'p' })).toBeVisible();
    await expect(canvasElement.querySelector('[data-part="qr-code"]')).toHaveAttribute('data-state', 'approved');
  },
};
