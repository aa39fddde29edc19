import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { SignInFlow } from '../../src/react';
import { storyLocaleProps } from '../support/story-theme';
import { fixtureHandlers } from '../support/fixture-handlers';
import { messagesOf, onScreen, submitCredentials, enterCode } from '../support/play';

/**
 * One story per server state, each answered by the recorded fixture the tests use
 * (test/fixtures). States behind a submit get there in the play function, as a person would,
 * in whichever locale the toolbar shows (labels come from the catalog), so RTL review works too.
 */
const meta = {
  title: 'SignInFlow/States',
  component: SignInFlow,
  args: { baseUrl: '', onSuccess: fn(), qrPanel: null },
  render: (args, { globals }) => <SignInFlow {...args} {...storyLocaleProps(globals, args.messages)} />,
} satisfies Meta<typeof SignInFlow>;
export default meta;
type Story = StoryObj<typeof meta>;





export const FirstLoad: Story = {
  // The first wizard loads under the real form: a person can start typing at once.
  parameters: { msw: { handlers: fixtureHandlers({ 'GET /signin/wizard': 'hang' }) } },
  play: async (context) => {
    const { canvas } = context;
    const m = await messagesOf(context);
    await expect(await canvas.findByRole('heading', { name: m['credentials.heading'] })).toBeVisible();
    await expect(canvas.getByLabelText(m['field.email'])).toBeEnabled();
  },
};

export const Loading: Story = {
  tags: ['screenshots'],
  // A restart (here: an expired wizard) waits for its new wizard on the loading screen.
  parameters: {
    msw: { handlers: fixtureHandlers({ 'GET /signin/wizard': ['wizard-login', 'hang'], 'POST /signin': 'error-wizard-expired' }) },
  },
  play: async (context) => {
    const m = await messagesOf(context);
    await submitCredentials(context);
    await expect(await context.canvas.findByRole('heading', { name: m['flow.loading'] })).toBeVisible();
  },
};

export const Credentials: Story = {
  tags: ['screenshots'],
  args: { forgotPasswordUrl: '#forgot' },
  parameters: { msw: { handlers: fixtureHandlers({}) } },
  play: async (context) => {
    const { canvas } = context;
    const m = await messagesOf(context);
    await expect(await canvas.findByRole('heading', { name: m['credentials.heading'] })).toBeVisible();
    await expect(canvas.getByLabelText(m['field.email'])).toHaveAttribute('autocomplete', 'username');
    await expect(canvas.getByLabelText(m['field.password'])).toHaveAttribute('autocomplete', 'current-password');
  },
};

export const ValidationErrors: Story = {
  parameters: { msw: { handlers: fixtureHandlers({}) } },
  play: async (context) => {
    const { canvas, userEvent } = context;
    const m = await messagesOf(context);
    await userEvent.click(await canvas.findByRole('button', { name: m['credentials.submit'] }));
    await expect(canvas.getByLabelText(m['field.email'])).toHaveAccessibleDescription(m['validation.emailRequired']);
    await expect(canvas.getByLabelText(m['field.password'])).toHaveAttribute('aria-invalid', 'true');
  },
};

export const RecaptchaUnavailable: Story = {
  parameters: { msw: { handlers: fixtureHandlers({ 'GET /signin/wizard': 'wizard-login-recaptcha' }) } },
  play: async (context) => {
    const { canvas } = context;
    const m = await messagesOf(context);
    await expect(await canvas.findByText(m['recaptcha.loadFailed'], onScreen)).toBeVisible();
    await expect(canvas.getByRole('button', { name: m['recaptcha.retry'] })).toBeEnabled();
  },
};

export const WizardLoadFailed: Story = {
  tags: ['screenshots'],
  // A failed wizard keeps the form (and what was typed) with the reason and "Try again".
  parameters: { msw: { handlers: fixtureHandlers({ 'GET /signin/wizard': 'error-server' }) } },
  play: async (context) => {
    const { canvas } = context;
    const m = await messagesOf(context);
    await expect(await canvas.findByText(m['error.server'], onScreen)).toBeVisible();
    await expect(canvas.getByRole('button', { name: m['flow.retry'] })).toBeEnabled();
    await expect(canvas.getByLabelText(m['field.email'])).toBeEnabled();
  },
};

export const ProxyHtmlInsteadOfApi: Story = {
  parameters: { msw: { handlers: fixtureHandlers({ 'GET /signin/wizard': 'error-proxy-html' }) } },
  play: async (context) => {
    const { canvas } = context;
    const m = await messagesOf(context);
    await expect(await canvas.findByText(m['error.server'], onScreen)).toBeVisible();
    await expect(canvas.getByRole('button', { name: m['flow.retry'] })).toBeEnabled();
  },
};

export const InvalidCredentials: Story = {
  tags: ['screenshots'],
  parameters: { msw: { handlers: fixtureHandlers({ 'POST /signin': 'error-invalid-credentials' }) } },
  play: async (context) => {
    const m = await messagesOf(context);
    await submitCredentials(context);
    await expect(await context.canvas.findByText(m['error.invalidCredentials'], onScreen)).toBeVisible();
    await expect(context.canvas.getByLabelText(m['field.email'])).toHaveAccessibleDescription(m['error.invalidCredentials']);
  },
};

export const ServerError: Story = {
  parameters: { msw: { handlers: fixtureHandlers({ 'POST /signin': 'error-server' }) } },
  play: async (context) => {
    const m = await messagesOf(context);
    await submitCredentials(context);
    await expect(await context.canvas.findByText(m['error.server'], onScreen)).toBeVisible();
  },
};

export const Pending: Story = {
  tags: ['screenshots'],
  parameters: { msw: { handlers: fixtureHandlers({ 'POST /signin': 'hang' }) } },
  play: async (context) => {
    const m = await messagesOf(context);
    await submitCredentials(context);
    const submit = await context.canvas.findByRole('button', { name: m['credentials.submit'] });
    await expect(submit).toHaveAttribute('aria-busy', 'true');
  },
};

export const LockedWithCountdown: Story = {
  tags: ['screenshots'],
  parameters: { msw: { handlers: fixtureHandlers({ 'POST /signin': 'error-rate-limited' }) } },
  play: async (context) => {
    const { canvas } = context;
    const m = await messagesOf(context);
    await submitCredentials(context);
    await expect(await canvas.findByRole('heading', { name: m['locked.heading'] })).toBeVisible();
    // Retry-After: 600 → a ticking 10:00 / 9:59.
    await expect(canvas.getByText(/^(10:00|9:5\d)$/)).toBeVisible();
    // No disabled copy of the form.
    await expect(canvas.queryByLabelText(m['field.email'])).toBeNull();
  },
};

export const WizardExpired: Story = {
  parameters: { msw: { handlers: fixtureHandlers({ 'POST /signin': 'error-wizard-expired' }) } },
  play: async (context) => {
    const m = await messagesOf(context);
    await submitCredentials(context);
    // The fresh wizard's form with the notice on it, both at once (the screen in between gives way).
    await waitFor(
      async () => {
        await expect(context.canvas.getByRole('heading', { name: m['credentials.heading'] })).toBeVisible();
        await expect(context.canvas.getByText(m['notice.wizardExpired'], onScreen)).toBeVisible();
        await expect(context.canvas.getByLabelText(m['field.email'])).toBeEnabled();
      },
      { timeout: 5000 },
    );
  },
};

export const ChooseFactor: Story = {
  tags: ['screenshots'],
  parameters: { msw: { handlers: fixtureHandlers({ 'POST /signin': 'signin-2fa-both' }) } },
  play: async (context) => {
    const { canvas } = context;
    const m = await messagesOf(context);
    await submitCredentials(context, 'both@example.com');
    await expect(await canvas.findByRole('heading', { name: m['chooseFactor.heading'] })).toBeVisible();
    // One button per method; a tap sends it.
    await expect(canvas.getByRole('button', { name: 'SMS' })).toBeEnabled();
    await expect(canvas.getByRole('button', { name: 'Google Authenticator' })).toBeEnabled();
  },
};

export const VerifyGoogleCode: Story = {
  tags: ['screenshots'],
  parameters: { msw: { handlers: fixtureHandlers({ 'POST /signin': 'signin-2fa-google', 'POST /2fa/google': 'hang' }) } },
  play: async (context) => {
    const { canvas } = context;
    const m = await messagesOf(context);
    await submitCredentials(context, 'google@example.com');
    await expect(await canvas.findByText(m['verifyCode.google'], onScreen)).toBeVisible();
    const code = canvas.getByLabelText(m['field.code']);
    await expect(code).toHaveAttribute('autocomplete', 'one-time-code');
    await expect(code).toHaveAttribute('inputmode', 'numeric');
  },
};

export const VerifySmsCode: Story = {
  tags: ['screenshots'],
  parameters: { msw: { handlers: fixtureHandlers({ 'POST /signin': 'signin-2fa-sms' }) } },
  play: async (context) => {
    const { canvas } = context;
    const m = await messagesOf(context);
    await submitCredentials(context, 'sms@example.com');
    await expect(await canvas.findByText(m['verifyCode.sms'], onScreen)).toBeVisible();
    // The resend link waits behind its countdown.
    await expect(canvas.queryByRole('button', { name: m['verifyCode.resend'] })).toBeNull();
  },
};

export const VerifyEmailCode: Story = {
  tags: ['screenshots'],
  // The e-mail second factor (POST /2fa/email, seen on real servers): its own heading, no resend.
  parameters: { msw: { handlers: fixtureHandlers({ 'POST /signin': 'signin-2fa-email', 'POST /2fa/email': 'hang' }) } },
  play: async (context) => {
    const { canvas } = context;
    const m = await messagesOf(context);
    await submitCredentials(context, 'email2fa@example.com');
    await expect(await canvas.findByRole('heading', { name: m['verifyCode.emailHeading'] })).toBeVisible();
    await expect(canvas.getByText(m['verifyCode.email'], onScreen)).toBeVisible();
    await expect(canvas.getByLabelText(m['field.code'])).toHaveAttribute('autocomplete', 'one-time-code');
    await expect(canvas.queryByRole('button', { name: m['verifyCode.resend'] })).toBeNull();
  },
};

export const InvalidCode: Story = {
  parameters: {
    msw: { handlers: fixtureHandlers({ 'POST /signin': 'signin-2fa-google', 'POST /2fa/google': 'error-invalid-code' }) },
  },
  play: async (context) => {
    const m = await messagesOf(context);
    await submitCredentials(context, 'google@example.com');
    await enterCode(context, '000000');
    await expect(await context.canvas.findByText(m['error.invalidCode'], onScreen)).toBeVisible();
    await expect(context.canvas.getByLabelText(m['field.code'])).toHaveAttribute('aria-invalid', 'true');
  },
};

export const ForcedPasswordReset: Story = {
  tags: ['screenshots'],
  parameters: { msw: { handlers: fixtureHandlers({ 'POST /signin': 'signin-reset-required' }) } },
  play: async (context) => {
    const m = await messagesOf(context);
    await submitCredentials(context, 'reset@example.com');
    await expect(await context.canvas.findByRole('heading', { name: m['resetCode.heading'] })).toBeVisible();
  },
};

export const NewPassword: Story = {
  tags: ['screenshots'],
  parameters: {
    msw: { handlers: fixtureHandlers({ 'POST /signin': 'signin-reset-required', 'POST /signin/password/restore': 'restore-ok' }) },
  },
  play: async (context) => {
    const m = await messagesOf(context);
    await submitCredentials(context, 'reset@example.com');
    await enterCode(context);
    await expect(await context.canvas.findByRole('heading', { name: m['newPassword.heading'] })).toBeVisible();
    await expect(context.canvas.getByLabelText(m['field.newPassword'])).toHaveAttribute('autocomplete', 'new-password');
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
    const m = await messagesOf(context);
    await submitCredentials(context, 'reset@example.com');
    await enterCode(context);
    await userEvent.type(await canvas.findByLabelText(m['field.newPassword']), 'short');
    await userEvent.type(canvas.getByLabelText(m['field.confirmPassword']), 'short');
    await userEvent.click(canvas.getByRole('button', { name: m['newPassword.submit'] }));
    // The server's rule shows once, on the field it names.
    await expect(await canvas.findByText('The password must contain at least one digit.', onScreen)).toBeVisible();
    await expect(canvas.getByLabelText(m['field.newPassword'])).toHaveAttribute('aria-invalid', 'true');
  },
};

export const UnknownStep: Story = {
  tags: ['screenshots'],
  parameters: { msw: { handlers: fixtureHandlers({ 'POST /signin': 'unknown-workflow' }) } },
  play: async (context) => {
    const m = await messagesOf(context);
    await submitCredentials(context);
    await expect(await context.canvas.findByRole('heading', { name: m['unknown.heading'] })).toBeVisible();
    await expect(context.canvas.getByRole('button', { name: m['flow.restart'] })).toBeEnabled();
  },
};

export const SignedIn: Story = {
  tags: ['screenshots'],
  parameters: { msw: { handlers: fixtureHandlers({ 'POST /signin': 'signin-success' }) } },
  play: async (context) => {
    const m = await messagesOf(context);
    await submitCredentials(context);
    await expect(await context.canvas.findByRole('heading', { name: m['signedIn.heading'] })).toBeVisible();
    await expect(context.args.onSuccess).toHaveBeenCalledTimes(1);
  },
};
