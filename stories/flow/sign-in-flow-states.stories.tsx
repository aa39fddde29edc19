import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { SignInFlow } from '../../src/react';
import { fixtureHandlers } from '../support/fixture-handlers';

/**
 * One story per server state, each answered by the recorded fixture the tests use
 * (test/fixtures). States behind a submit get there in the play function, as a person would.
 */
const meta = {
  title: 'SignInFlow/States',
  component: SignInFlow,
  args: { baseUrl: '', onSuccess: fn(), qrPanel: null },
  render: (args, { globals }) => <SignInFlow {...args} locale={String(globals.locale ?? 'en')} />,
} satisfies Meta<typeof SignInFlow>;
export default meta;
type Story = StoryObj<typeof meta>;
type Play = Pick<StoryContext, 'canvas' | 'userEvent'>;

/** Types an email and a password and presses "Sign in". */
async function submitCredentials({ canvas, userEvent }: Play, email = 'client@example.com') {
  await userEvent.type(await canvas.findByLabelText('Email'), email);
  await userEvent.type(canvas.getByLabelText('Password'), 'correct horse');
  await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
}

/** Types a 6-digit code (the step submits itself at six digits). */
async function enterCode({ canvas, userEvent }: Play, code = '123456') {
  await userEvent.type(await canvas.findByLabelText('Verification code'), code);
}

export const Loading: Story = {
  parameters: { msw: { handlers: fixtureHandlers({ 'GET /signin/wizard': 'hang' }) } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: 'Loading sign-in…' })).toBeVisible();
  },
};

export const Credentials: Story = {
  tags: ['screenshots'],
  args: { forgotPasswordUrl: '#forgot' },
  parameters: { msw: { handlers: fixtureHandlers({}) } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: 'Sign in' })).toBeVisible();
    await expect(canvas.getByLabelText('Email')).toHaveAttribute('autocomplete', 'username');
    await expect(canvas.getByLabelText('Password')).toHaveAttribute('autocomplete', 'current-password');
  },
};

export const ValidationErrors: Story = {
  parameters: { msw: { handlers: fixtureHandlers({}) } },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Sign in' }));
    await expect(canvas.getByLabelText('Email')).toHaveAccessibleDescription('Enter your email.');
    await expect(canvas.getByLabelText('Password')).toHaveAttribute('aria-invalid', 'true');
  },
};

export const RecaptchaUnavailable: Story = {
  parameters: { msw: { handlers: fixtureHandlers({ 'GET /signin/wizard': 'wizard-login-recaptcha' }) } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(/security check couldn't load/)).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Load the security check again' })).toBeEnabled();
  },
};

export const WizardLoadFailed: Story = {
  parameters: { msw: { handlers: fixtureHandlers({ 'GET /signin/wizard': 'error-server' }) } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: 'We couldn’t load sign-in' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeEnabled();
  },
};

export const ProxyHtmlInsteadOfApi: Story = {
  parameters: { msw: { handlers: fixtureHandlers({ 'GET /signin/wizard': 'error-proxy-html' }) } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: 'We couldn’t load sign-in' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeEnabled();
  },
};

export const InvalidCredentials: Story = {
  tags: ['screenshots'],
  parameters: { msw: { handlers: fixtureHandlers({ 'POST /signin': 'error-invalid-credentials' }) } },
  play: async (context) => {
    await submitCredentials(context);
    await expect(await context.canvas.findByText('The email or password is incorrect.')).toBeVisible();
    await expect(context.canvas.getByLabelText('Email')).toHaveAccessibleDescription(/The email or password is incorrect\./);
  },
};

export const ServerError: Story = {
  parameters: { msw: { handlers: fixtureHandlers({ 'POST /signin': 'error-server' }) } },
  play: async (context) => {
    await submitCredentials(context);
    await expect(await context.canvas.findByText('The server is having trouble. Try again in a moment.')).toBeVisible();
  },
};

export const Pending: Story = {
  parameters: { msw: { handlers: fixtureHandlers({ 'POST /signin': 'hang' }) } },
  play: async (context) => {
    await submitCredentials(context);
    const submit = await context.canvas.findByRole('button', { name: 'Sign in' });
    await expect(submit).toHaveAttribute('aria-busy', 'true');
  },
};

export const LockedWithCountdown: Story = {
  tags: ['screenshots'],
  parameters: { msw: { handlers: fixtureHandlers({ 'POST /signin': 'error-rate-limited' }) } },
  play: async (context) => {
    await submitCredentials(context);
    const { canvas } = context;
    await expect(await canvas.findByRole('heading', { name: 'Too many attempts' })).toBeVisible();
    // Retry-After: 600 → a ticking 10:00 / 9:59.
    await expect(canvas.getByText(/^(10:00|9:5\d)$/)).toBeVisible();
    await expect(canvas.getByLabelText('Email')).toBeDisabled();
    await expect(canvas.getByRole('button', { name: 'Sign in' })).toBeDisabled();
  },
};

export const WizardExpired: Story = {
  parameters: { msw: { handlers: fixtureHandlers({ 'POST /signin': 'error-wizard-expired' }) } },
  play: async (context) => {
    await submitCredentials(context);
    await expect(await context.canvas.findByText(/Your sign-in session expired/)).toBeVisible();
    await expect(await context.canvas.findByRole('heading', { name: 'Sign in' })).toBeVisible();
  },
};

export const ChooseFactor: Story = {
  tags: ['screenshots'],
  parameters: { msw: { handlers: fixtureHandlers({ 'POST /signin': 'signin-2fa-both' }) } },
  play: async (context) => {
    await submitCredentials(context, 'both@example.com');
    const { canvas } = context;
    await expect(await canvas.findByRole('heading', { name: 'Choose a verification method' })).toBeVisible();
    await expect(canvas.getAllByRole('radio')).toHaveLength(2);
  },
};

export const VerifyGoogleCode: Story = {
  tags: ['screenshots'],
  parameters: { msw: { handlers: fixtureHandlers({ 'POST /signin': 'signin-2fa-google', 'POST /2fa/google': 'hang' }) } },
  play: async (context) => {
    await submitCredentials(context, 'google@example.com');
    const { canvas } = context;
    await expect(await canvas.findByText(/authenticator app/)).toBeVisible();
    const code = canvas.getByLabelText('Verification code');
    await expect(code).toHaveAttribute('autocomplete', 'one-time-code');
    await expect(code).toHaveAttribute('inputmode', 'numeric');
  },
};

export const VerifySmsCode: Story = {
  parameters: { msw: { handlers: fixtureHandlers({ 'POST /signin': 'signin-2fa-sms' }) } },
  play: async (context) => {
    await submitCredentials(context, 'sms@example.com');
    const { canvas } = context;
    await expect(await canvas.findByText('We sent a 6-digit code to your phone by SMS.')).toBeVisible();
    // The resend button waits for its countdown.
    await expect(canvas.getByRole('button', { name: 'Resend code' })).toBeDisabled();
    await expect(canvas.getByText(/You can resend the code in/)).toBeVisible();
  },
};

export const InvalidCode: Story = {
  parameters: {
    msw: { handlers: fixtureHandlers({ 'POST /signin': 'signin-2fa-google', 'POST /2fa/google': 'error-invalid-code' }) },
  },
  play: async (context) => {
    await submitCredentials(context, 'google@example.com');
    await enterCode(context, '000000');
    const code = context.canvas.getByLabelText('Verification code');
    await expect(await context.canvas.findByText('That code is incorrect or has expired.')).toBeVisible();
    await expect(code).toHaveAttribute('aria-invalid', 'true');
  },
};

export const ForcedPasswordReset: Story = {
  parameters: { msw: { handlers: fixtureHandlers({ 'POST /signin': 'signin-reset-required' }) } },
  play: async (context) => {
    await submitCredentials(context, 'reset@example.com');
    await expect(await context.canvas.findByRole('heading', { name: 'Reset your password' })).toBeVisible();
  },
};

export const NewPassword: Story = {
  parameters: {
    msw: { handlers: fixtureHandlers({ 'POST /signin': 'signin-reset-required', 'POST /signin/password/restore': 'restore-ok' }) },
  },
  play: async (context) => {
    await submitCredentials(context, 'reset@example.com');
    await enterCode(context);
    await expect(await context.canvas.findByRole('heading', { name: 'Choose a new password' })).toBeVisible();
    await expect(context.canvas.getByLabelText('New password')).toHaveAttribute('autocomplete', 'new-password');
  },
};

export const PasswordRulesError: Story = {
  parameters: {
    msw: {
      handlers: fixtureHandlers({
        'POST /signin': 'signin-reset-required',
        'POST /signin/password/restore': 'restore-ok',
        'POST /signin/password/reset': 'error-password-rules',
      }),
    },
  },
  play: async (context) => {
    const { canvas, userEvent } = context;
    await submitCredentials(context, 'reset@example.com');
    await enterCode(context);
    await userEvent.type(await canvas.findByLabelText('New password'), 'short');
    await userEvent.type(canvas.getByLabelText('Confirm new password'), 'short');
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    await expect(await canvas.findByText(/doesn’t meet the requirements|password/i, { selector: '[data-tone="error"]' })).toBeVisible();
  },
};

export const UnknownStep: Story = {
  parameters: { msw: { handlers: fixtureHandlers({ 'POST /signin': 'unknown-workflow' }) } },
  play: async (context) => {
    await submitCredentials(context);
    await expect(await context.canvas.findByRole('heading', { name: 'This sign-in step isn’t supported here' })).toBeVisible();
    await expect(context.canvas.getByRole('button', { name: 'Start again' })).toBeEnabled();
  },
};

export const SignedIn: Story = {
  tags: ['screenshots'],
  parameters: { msw: { handlers: fixtureHandlers({ 'POST /signin': 'signin-success' }) } },
  play: async (context) => {
    await submitCredentials(context);
    await expect(await context.canvas.findByRole('heading', { name: 'You’re signed in' })).toBeVisible();
    await expect(context.args.onSuccess).toHaveBeenCalledTimes(1);
  },
};
