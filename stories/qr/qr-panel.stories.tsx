import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { QrPanel } from '../../src/react/qr';
import {
  createFakeQrClient,
  demoChannel,
  hiddenTab,
  networkError,
  rateLimitedError,
  scannedSource,
  silentSource,
} from '../support/fake-qr-client';

/**
 * The QR panel in each `data-state` (loading | showing | renewing | stopped | signing-in |
 * error), driven by scripted clients. The end-to-end QR journey against the simulator is in
 * SignInFlow/Journeys.
 */
const meta = {
  title: 'QR/QrPanel',
  component: QrPanel,
  args: { client: createFakeQrClient(), statusSource: silentSource, onSignedIn: fn() },
  render: (args) => (
    <div data-part="card">
      <QrPanel {...args} />
    </div>
  ),
} satisfies Meta<typeof QrPanel>;
export default meta;
type Story = StoryObj<typeof meta>;

const panelState = (root: HTMLElement) => root.querySelector('[data-part="qr-panel"]')?.getAttribute('data-state');

export const Loading: Story = {
  args: { client: createFakeQrClient({ channels: ['hang'] }) },
  play: async ({ canvas, canvasElement }) => {
    await expect(await canvas.findByText('Getting a QR code…', { selector: 'p' })).toBeVisible();
    await expect(panelState(canvasElement)).toBe('loading');
  },
};

export const Showing: Story = {
  tags: ['screenshots'],
  play: async ({ canvas, canvasElement }) => {
    await expect(await canvas.findByRole('img', { name: 'QR code to sign in with your phone' })).toBeVisible();
    await expect(canvas.getByText(/203\.0\.113\.42/)).toBeVisible();
    await expect(panelState(canvasElement)).toBe('showing');
  },
};

export const OriginHidden: Story = {
  args: { hideOrigin: true },
  play: async ({ canvas }) => {
    await canvas.findByRole('img', { name: 'QR code to sign in with your phone' });
    await expect(canvas.queryByText(/203\.0\.113\.42/)).toBeNull();
  },
};

export const Renewing: Story = {
  // A 3-second code renews at half its life; the successor never arrives, so it stays renewing.
  args: { client: createFakeQrClient({ channels: [demoChannel('qr-short', 0.05), 'hang'] }) },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(panelState(canvasElement)).toBe('renewing'), { timeout: 6_000 });
  },
};

export const StoppedAfterRenewals: Story = {
  args: { client: createFakeQrClient({ channels: [demoChannel('qr-short', 0.05)] }), maxRenewals: 0 },
  play: async ({ canvas, canvasElement }) => {
    await expect(await canvas.findByRole('button', { name: 'Show a new code' }, { timeout: 6_000 })).toBeEnabled();
    await expect(panelState(canvasElement)).toBe('stopped');
  },
};

export const PausedWhileHidden: Story = {
  args: { visibility: hiddenTab },
  play: async ({ canvas, canvasElement }) => {
    await expect(await canvas.findByText('The QR code is paused while this tab is in the background.', { selector: 'p' })).toBeVisible();
    await expect(panelState(canvasElement)).toBe('stopped');
  },
};

export const SigningIn: Story = {
  args: { statusSource: scannedSource },
  play: async ({ canvas, canvasElement }) => {
    await expect(await canvas.findByText('Code scanned. Signing you in…', { selector: 'p' })).toBeVisible();
    await expect(panelState(canvasElement)).toBe('signing-in');
  },
};

export const Error: Story = {
  args: { client: createFakeQrClient({ channels: [networkError()] }) },
  play: async ({ canvas, canvasElement }) => {
    await expect(await canvas.findByText(/We couldn’t get a QR code/, { selector: 'p' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeEnabled();
    await expect(panelState(canvasElement)).toBe('error');
  },
};

export const RateLimited: Story = {
  args: { client: createFakeQrClient({ channels: [rateLimitedError()] }) },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Too many attempts. Wait 30 seconds, then try again.', { selector: 'p' })).toBeVisible();
  },
};
