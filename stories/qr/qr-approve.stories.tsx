import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor } from 'storybook/test';
import { QrApprove, type QrApproveProps } from '../../src/react/qr';
import { SessionProvider } from '../../src/react/session';
import {
  createFakeApproveClient,
  httpFailure,
  networkFailure,
  rateLimitedFailure,
  storyChannel,
  storySession,
  unauthorizedFailure,
} from '../support/fake-approve-client';

/**
 * `<QrApprove>`, the signed-in phone's side of QR sign-in, in each `data-state` (idle |
 * checking | confirm | approving | approved | denied | failed | signed-out), over scripted
 * clients. The two-page journey against the simulator is in test/e2e/qr-sign-in.e2e.test.ts.
 */
function InSession({ isSignedIn = true, ...props }: QrApproveProps & { isSignedIn?: boolean }) {
  const [session] = useState(() => storySession(isSignedIn));
  return (
    <SessionProvider session={session}>
      <div data-part="card">
        <QrApprove {...props} />
      </div>
    </SessionProvider>
  );
}

const meta = {
  title: 'QR/QrApprove',
  component: QrApprove,
  args: { client: createFakeApproveClient(), readChannelFromUrl: false, camera: false },
  render: (args) => <InSession {...args} />,
} satisfies Meta<typeof QrApprove>;
export default meta;
type Story = StoryObj<typeof meta>;

const stateOf = (root: HTMLElement) => root.querySelector('[data-part="qr-approve"]')?.getAttribute('data-state');

/** Pastes the story channel (or `text`) and presses Continue. */
async function paste(canvas: Parameters<NonNullable<Story['play']>>[0]['canvas'], text = storyChannel) {
  await userEvent.type(canvas.getByLabelText('Code or link'), text);
  await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
}

/** Pastes, then waits for the details and presses `button`. */
async function pasteAndPress(canvas: Parameters<NonNullable<Story['play']>>[0]['canvas'], button: 'Approve' | 'Deny') {
  await paste(canvas);
  await userEvent.click(await canvas.findByRole('button', { name: button }));
}

export const Idle: Story = {
  tags: ['screenshots'],
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByRole('heading', { name: 'Approve a sign-in' })).toBeVisible();
    await expect(canvas.getByLabelText('Code or link')).toBeEnabled();
    await expect(stateOf(canvasElement)).toBe('idle');
  },
};

export const NotACode: Story = {
  play: async ({ canvas }) => {
    await paste(canvas, 'hello');
    await expect(canvas.getByLabelText('Code or link')).toHaveAttribute('aria-invalid', 'true');
  },
};

export const LinkFromAnotherSite: Story = {
  play: async ({ canvas }) => {
    await paste(canvas, `https://evil.example/approve?channel=${storyChannel}`);
    await expect(canvas.getByLabelText('Code or link')).toHaveAccessibleDescription(
      'This link is from another site. Only approve codes shown by this site.',
    );
  },
};

export const Checking: Story = {
  args: { client: createFakeApproveClient({ status: 'hang' }) },
  play: async ({ canvas, canvasElement }) => {
    await paste(canvas);
    await waitFor(() => expect(stateOf(canvasElement)).toBe('checking'));
  },
};

export const Confirm: Story = {
  tags: ['screenshots'],
  play: async ({ canvas, canvasElement }) => {
    await paste(canvas);
    await expect(await canvas.findByRole('button', { name: 'Approve' })).toBeEnabled();
    await expect(canvas.getByText('203.0.113.42')).toBeVisible();
    await expect(canvas.getByText('Lisbon, Portugal')).toBeVisible();
    await expect(stateOf(canvasElement)).toBe('confirm');
  },
};

export const ConfirmWithoutDetails: Story = {
  args: { client: createFakeApproveClient({ status: { ip: undefined, location: null, expiresInSeconds: undefined } }) },
  play: async ({ canvas }) => {
    await paste(canvas);
    await expect(await canvas.findAllByText('Unknown')).toHaveLength(2);
  },
};

export const Approving: Story = {
  args: { client: createFakeApproveClient({ approve: 'hang' }) },
  play: async ({ canvas, canvasElement }) => {
    await pasteAndPress(canvas, 'Approve');
    await expect(await canvas.findByRole('button', { name: 'Approving…' })).toHaveAttribute('aria-busy', 'true');
    await expect(stateOf(canvasElement)).toBe('approving');
  },
};

export const Approved: Story = {
  tags: ['screenshots'],
  play: async ({ canvas, canvasElement }) => {
    await pasteAndPress(canvas, 'Approve');
    await waitFor(() => expect(stateOf(canvasElement)).toBe('approved'));
    await expect(canvas.getByText('Approved. The other device signs in now.', { selector: 'p' })).toBeVisible();
  },
};

export const Denied: Story = {
  play: async ({ canvas, canvasElement }) => {
    await pasteAndPress(canvas, 'Deny');
    await waitFor(() => expect(stateOf(canvasElement)).toBe('denied'));
  },
};

/** A failed approval; the message under test is the error message. */
const failedApproval = (approve: Parameters<typeof createFakeApproveClient>[0], text: string): Story => ({
  args: { client: createFakeApproveClient(approve) },
  play: async ({ canvas, canvasElement }) => {
    if (approve?.approve) await pasteAndPress(canvas, 'Approve');
    else await paste(canvas);
    await waitFor(() => expect(stateOf(canvasElement)).toBe('failed'));
    await expect(canvas.getByText(text, { selector: 'p' })).toBeVisible();
  },
});

export const Expired = failedApproval({ status: { status: 'expired' } }, 'This code has expired. Show a new code on the other device and scan it again.');
export const UnknownCode = failedApproval({ status: httpFailure(404) }, 'This code is unknown. Scan the code shown for your sign-in again.');
export const AlreadyApproved = failedApproval({ approve: httpFailure(409) }, 'This code was already approved.');
export const SessionEnded = failedApproval({ approve: unauthorizedFailure }, 'Your session has ended. Sign in again to approve.');
export const RateLimited = failedApproval({ approve: rateLimitedFailure }, 'Too many attempts. Wait 120 seconds, then try again.');
export const NetworkError = failedApproval({ approve: networkFailure }, 'We couldn’t reach the server. Check your connection, then try again.');

export const SignedOut: Story = {
  render: (args) => <InSession {...args} isSignedIn={false} />,
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByText('Sign in on this device first, then scan the code again.')).toBeVisible();
    await expect(stateOf(canvasElement)).toBe('signed-out');
  },
};
