import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { Suspense } from 'react';
import type { Step } from '../../src/core/flow/types';
import { SignInFlow, VerifyCodeStep, type SignInFlowController } from '../../src/react';
import { simulatorPasswordRules } from '../../src/simulator';
import { fixtureHandlers } from '../support/fixture-handlers';
import { messagesOf, submitCredentials } from '../support/play';
import { storyLocaleProps } from '../support/story-theme';

/**
 * The screens after the credentials (issue 13), one story per new state: the chooser's
 * buttons with icons, the one-line SMS resend (counting, then ready), the reset code with its
 * masked address, the new-password checklist partly met, and the lock on the password vs on
 * a code. Each is reached as a person would, in the toolbar's locale.
 */
const meta = {
  title: 'SignInFlow/Later steps',
  component: SignInFlow,
  args: { baseUrl: '', onSuccess: fn(), qrPanel: null },
  render: (args, { globals }) => <SignInFlow {...args} {...storyLocaleProps(globals, args.messages)} />,
} satisfies Meta<typeof SignInFlow>;
export default meta;
type Story = StoryObj<typeof meta>;



export const ChooserWithIcons: Story = {
  tags: ['screenshots'],
  parameters: { msw: { handlers: fixtureHandlers({ 'POST /signin': 'signin-2fa-both', 'POST /signin/2fa': 'hang' }) } },
  play: async (context) => {
    const { canvas } = context;
    const m = await messagesOf(context);
    await submitCredentials(context, 'both@example.com');
    await expect(await canvas.findByRole('heading', { name: m['chooseFactor.heading'] })).toBeVisible();
    // B2Core sends no masked phone or address with a method: icon and caption only.
    await expect(canvas.getByRole('button', { name: 'SMS' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Google Authenticator' })).toBeVisible();
    await expect(canvas.getByText('both@example.com')).toBeVisible();
  },
};

export const ChooserPending: Story = {
  parameters: { msw: { handlers: fixtureHandlers({ 'POST /signin': 'signin-2fa-both', 'POST /signin/2fa': 'hang' }) } },
  play: async (context) => {
    const { canvas, userEvent } = context;
    await submitCredentials(context, 'both@example.com');
    await userEvent.click(await canvas.findByRole('button', { name: 'SMS' }));
    await expect(canvas.getByRole('button', { name: 'SMS' })).toHaveAttribute('aria-busy', 'true');
    await expect(canvas.getByRole('button', { name: 'Google Authenticator' })).toBeDisabled();
  },
};

export const SmsResendCounting: Story = {
  tags: ['screenshots'],
  parameters: { msw: { handlers: fixtureHandlers({ 'POST /signin': 'signin-2fa-sms' }) } },
  play: async (context) => {
    const m = await messagesOf(context);
    await submitCredentials(context, 'sms@example.com');
    await context.canvas.findByText(m['verifyCode.sms']);
    await expect(context.canvas.queryByRole('button', { name: m['verifyCode.resend'] })).toBeNull();
    await expect(context.canvas.getByText(/^(0:30|0:29|0:28)$/)).toBeVisible();
  },
};

/** A flow that shows a step and does nothing (the ready state needs a resend time already past). */
const idle = async () => false;
const stillFlow = (step: Step) =>
  ({
    step, email: 'sms@example.com', error: null, notice: null, isPending: false, pendingAction: null,
    signIn: idle, chooseMethod: idle, verifyCode: idle, resendCode: idle, submitResetCode: idle, setNewPassword: idle,
    chooseAnotherMethod: () => undefined, restart: () => undefined, endLock: () => undefined,
  }) as unknown as SignInFlowController;
const smsReady: Extract<Step, { kind: 'verify-code' }> = {
  kind: 'verify-code',
  uuid: 'story',
  method: 'sms',
  providers: [{ name: 'sms', localizedCaption: 'SMS', enabled: true }],
  resendAt: 0,
};

export const SmsResendReady: Story = {
  tags: ['screenshots'],
  render: () => (
    <div data-part="root">
      <Suspense fallback={null}>
        <VerifyCodeStep step={smsReady} flow={stillFlow(smsReady)} errorMessage={null} noticeMessage={null} />
      </Suspense>
    </div>
  ),
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('button', { name: 'Resend code' })).toBeEnabled();
    await expect(canvas.getByText(/Didn’t get it\?/)).toBeVisible();
  },
};

export const ResetCodeMaskedAddress: Story = {
  tags: ['screenshots'],
  parameters: { msw: { handlers: fixtureHandlers({ 'POST /signin': 'signin-reset-required' }) } },
  play: async (context) => {
    const m = await messagesOf(context);
    await submitCredentials(context, 'reset@example.com');
    await expect(await context.canvas.findByRole('heading', { name: m['resetCode.heading'] })).toBeVisible();
    await expect(context.canvas.getByText('r•••t@example.com')).toBeVisible();
  },
};

export const NewPasswordChecklist: Story = {
  tags: ['screenshots'],
  args: { passwordRules: simulatorPasswordRules },
  parameters: {
    msw: { handlers: fixtureHandlers({ 'POST /signin': 'signin-reset-required', 'POST /signin/password/restore': 'restore-ok' }) },
  },
  play: async (context) => {
    const { canvas, userEvent } = context;
    const m = await messagesOf(context);
    await submitCredentials(context, 'reset@example.com');
    await userEvent.type(await canvas.findByLabelText(m['field.code']), '123456');
    const password = await canvas.findByLabelText(m['field.newPassword']);
    await userEvent.type(password, 'abcdefgh');
    // Length and letter met, the digit not yet.
    const items = (state: string) => context.canvasElement.querySelectorAll(`[data-part="password-rules"] li[data-state="${state}"]`);
    await waitFor(() => expect(items('met')).toHaveLength(2));
    await expect(items('unmet')).toHaveLength(1);
  },
};

export const LockedOnPassword: Story = {
  tags: ['screenshots'],
  args: { forgotPasswordUrl: '#forgot' },
  parameters: { msw: { handlers: fixtureHandlers({ 'POST /signin': 'error-rate-limited' }) } },
  play: async (context) => {
    const { canvas } = context;
    const m = await messagesOf(context);
    await submitCredentials(context);
    await expect(await canvas.findByRole('heading', { name: m['locked.heading'] })).toBeVisible();
    await expect(canvas.getByText(/^(10:00|9:5\d)$/)).toBeVisible();
    await expect(canvas.queryByLabelText(m['field.email'])).toBeNull();
    await expect(canvas.getByRole('link', { name: m['credentials.forgot'] })).toBeVisible();
  },
};

export const LockedOnCode: Story = {
  tags: ['screenshots'],
  args: { forgotPasswordUrl: '#forgot' },
  parameters: { msw: { handlers: fixtureHandlers({ 'POST /signin': 'signin-2fa-google', 'POST /2fa/google': 'error-rate-limited' }) } },
  play: async (context) => {
    const { canvas, userEvent } = context;
    const m = await messagesOf(context);
    await submitCredentials(context, 'google@example.com');
    await userEvent.type(await canvas.findByLabelText(m['field.code']), '123456');
    await expect(await canvas.findByRole('heading', { name: m['locked.heading'] })).toBeVisible();
    // A locked code is not a forgotten password: no "Forgot password?" here.
    await expect(canvas.queryByRole('link', { name: m['credentials.forgot'] })).toBeNull();
    await expect(canvas.getByText('google@example.com')).toBeVisible();
  },
};
