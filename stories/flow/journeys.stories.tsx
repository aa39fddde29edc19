import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { SignInFlow } from '../../src/react';
import { storyLocaleProps } from '../support/story-theme';
import { QrPanel } from '../../src/react/qr';
import { DEMO_PASSWORD, GOOGLE_TOTP_SECRET, totp } from '../../src/simulator';
import { freshSimulatorHandlers, lastCodeFor, simulator } from '../support/simulator';

/**
 * The main journeys, end to end against the B2Core simulator (through MSW): each story gets a
 * fresh simulator with the demo accounts (password `Secret123!`).
 */
const meta = {
  title: 'SignInFlow/Journeys',
  component: SignInFlow,
  args: { baseUrl: '', onSuccess: fn(), qrPanel: null },
  render: (args, { globals }) => <SignInFlow {...args} {...storyLocaleProps(globals, args.messages)} />,
  beforeEach: ({ msw }) => {
    msw.use(...freshSimulatorHandlers());
  },
} satisfies Meta<typeof SignInFlow>;
export default meta;
type Story = StoryObj<typeof meta>;
type Play = Pick<StoryContext, 'canvas' | 'userEvent'>;

/** Text matches outside the live region (which may repeat a message word for word). */
const onScreen = { selector: ':not([data-part="live-region"])' };

async function signIn({ canvas, userEvent }: Play, email: string, password = DEMO_PASSWORD) {
  const emailInput = await canvas.findByLabelText('Email');
  await userEvent.clear(emailInput);
  await userEvent.type(emailInput, email);
  await userEvent.type(canvas.getByLabelText('Password'), password);
  await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
}

async function expectSignedIn({ canvas }: Play, onSuccess: unknown) {
  await expect(await canvas.findByRole('heading', { name: 'You’re signed in' }, { timeout: 8_000 })).toBeVisible();
  await expect(onSuccess).toHaveBeenCalledTimes(1);
  await expect(onSuccess).toHaveBeenCalledWith(expect.objectContaining({ accessToken: expect.anything() }));
}

export const Password: Story = {
  play: async (context) => {
    await signIn(context, 'client@example.com');
    await expectSignedIn(context, context.args.onSuccess);
  },
};

export const TwoFactorGoogle: Story = {
  play: async (context) => {
    await signIn(context, 'google@example.com');
    const code = await context.canvas.findByLabelText('Verification code');
    // The same RFC 6238 code an authenticator app would show for the demo secret.
    await context.userEvent.type(code, totp(GOOGLE_TOTP_SECRET, Date.now()));
    await expectSignedIn(context, context.args.onSuccess);
  },
};

export const TwoFactorSms: Story = {
  play: async (context) => {
    const { canvas, userEvent } = context;
    await signIn(context, 'both@example.com');
    await userEvent.click(await canvas.findByRole('button', { name: 'SMS' }));
    await canvas.findByText('We sent a 6-digit code to your phone by SMS.', onScreen);
    await userEvent.type(canvas.getByLabelText('Verification code'), lastCodeFor('+1 555 0101'));
    await expectSignedIn(context, context.args.onSuccess);
  },
};

export const TwoFactorSwitchMethod: Story = {
  play: async (context) => {
    const { canvas, userEvent } = context;
    await signIn(context, 'both@example.com');
    await userEvent.click(await canvas.findByRole('button', { name: 'SMS' }));
    await userEvent.click(await canvas.findByRole('button', { name: 'Use another method' }));
    await userEvent.click(await canvas.findByRole('button', { name: 'Google Authenticator' }));
    await canvas.findByText(/authenticator app/, onScreen);
    await userEvent.type(canvas.getByLabelText('Verification code'), totp(GOOGLE_TOTP_SECRET, Date.now()));
    await expectSignedIn(context, context.args.onSuccess);
  },
};

export const ForcedPasswordReset: Story = {
  play: async (context) => {
    const { canvas, userEvent } = context;
    await signIn(context, 'reset@example.com');
    await canvas.findByRole('heading', { name: 'Reset your password' });
    await userEvent.type(canvas.getByLabelText('Verification code'), lastCodeFor('reset@example.com'));
    const next = 'Brand-new-Pass42!';
    await userEvent.type(await canvas.findByLabelText('New password'), next);
    await userEvent.type(canvas.getByLabelText('Confirm new password'), next);
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    // The reset answers without tokens: the flow signs in again with the new password by itself.
    await expectSignedIn(context, context.args.onSuccess);
  },
};

export const Lockout: Story = {
  beforeEach: ({ msw }) => {
    // Two attempts a minute, then a 3-second block: the whole lock fits in the story.
    msw.use(...freshSimulatorHandlers({ limits: { attempts: 2, blockMs: 3_000 } }));
  },
  play: async (context) => {
    const { canvas } = context;
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await signIn(context, 'client@example.com', 'wrong-password');
      await waitFor(() => expect(canvas.queryByRole('button', { name: 'Sign in', busy: true })).toBeNull());
    }
    await expect(await canvas.findByRole('heading', { name: 'Too many attempts' })).toBeVisible();
    await expect(canvas.queryByLabelText('Email')).toBeNull(); // no ghost of the form
    // At zero the form comes back by itself, the email kept.
    await expect(await canvas.findByText('You can try again now.', onScreen, { timeout: 6_000 })).toBeVisible();
    await expect(await canvas.findByLabelText('Email')).toHaveValue('client@example.com');
    await expect(canvas.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  },
};

let shownChannel = '';
export const QrCode: Story = {
  args: {
    qrPanel: (flow) => (
      <QrPanel
        client={flow.client}
        onSignedIn={flow.receiveTokens}
        onStep={flow.receiveStep}
        headingLevel={3}
        qrValue={(channel) => {
          shownChannel = channel.id;
          return channel.id;
        }}
      />
    ),
  },
  play: async (context) => {
    const { canvas } = context;
    await canvas.findByRole('img', { name: 'QR code to sign in with your phone' }, { timeout: 5_000 });
    // Play the signed-in phone: it approves the channel shown on screen.
    simulator().approveQr(shownChannel, 'client@example.com');
    await expectSignedIn(context, context.args.onSuccess);
  },
};
