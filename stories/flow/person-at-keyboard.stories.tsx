import type { Meta, StoryObj } from '@storybook/react-vite';
import { http } from 'msw';
import { expect, fireEvent, fn } from 'storybook/test';
import { lockoutChannelName } from '../../src/core/flow/lockout-channel';
import { SignInFlow } from '../../src/react';
import { fixtureResponse } from '../../test/fixtures';
import { fixtureHandlers } from '../support/fixture-handlers';
import { messagesOf, submitCredentials } from '../support/play';

/**
 * The aids for the person at the keyboard: Caps Lock and keyboard-layout hints, a lock begun in
 * another tab, maintenance, and a refused code that waits to be changed. Each story gets there
 * in its play function, in whichever locale the toolbar shows.
 */
const meta = {
  title: 'SignInFlow/Person at the keyboard',
  component: SignInFlow,
  args: { baseUrl: '', onSuccess: fn(), qrPanel: null },
  render: (args, { globals }) => <SignInFlow {...args} locale={String(globals.locale ?? 'en')} />,
} satisfies Meta<typeof SignInFlow>;
export default meta;
type Story = StoryObj<typeof meta>;


/** A key event as a keyboard with Caps Lock on (or a Russian layout) sends it. */
const press = (input: HTMLElement, key: string, isCapsLock = false) =>
  fireEvent(input, new KeyboardEvent('keydown', { key, bubbles: true, modifierCapsLock: isCapsLock }));


export const CapsLockOn: Story = {
  parameters: { msw: { handlers: fixtureHandlers({}) } },
  play: async (context) => {
    const { canvas } = context;
    const m = await messagesOf(context);
    const password = await canvas.findByLabelText(m['field.password']);
    password.focus();
    press(password, 'A', true);
    await expect(await canvas.findByText(m['hint.capsLock'], { selector: '[data-part="hint"]' })).toBeVisible();
    await expect(password).toHaveAccessibleDescription(m['hint.capsLock']);
  },
};

export const OtherKeyboardLayout: Story = {
  parameters: { msw: { handlers: fixtureHandlers({}) } },
  play: async (context) => {
    const { canvas, userEvent } = context;
    const m = await messagesOf(context);
    await userEvent.type(await canvas.findByLabelText(m['field.email']), 'привет');
    await expect(await canvas.findByText(m['hint.layoutEmail'], { selector: '[data-part="hint"]' })).toBeVisible();
    const password = canvas.getByLabelText(m['field.password']);
    password.focus();
    press(password, 'п');
    await expect(await canvas.findByText(m['hint.layoutPassword'], { selector: '[data-part="hint"]' })).toBeVisible();
  },
};

export const LockedInAnotherTab: Story = {
  parameters: { msw: { handlers: fixtureHandlers({}) } },
  play: async (context) => {
    const { canvas } = context;
    const m = await messagesOf(context);
    await canvas.findByLabelText(m['field.email']);
    // What another tab of the same portal sends when the server locks it: a deadline, nothing else.
    const otherTab = new BroadcastChannel(lockoutChannelName('') ?? '');
    otherTab.postMessage({ type: 'locked', reason: 'too-many-attempts', until: Date.now() + 90_000 });
    otherTab.close();
    await expect(await canvas.findByRole('heading', { name: m['locked.heading'] })).toBeVisible();
    await expect(canvas.getByText(/^(1:30|1:29)$/)).toBeVisible();
    await expect(canvas.queryByLabelText(m['field.email'])).toBeNull();
  },
};

export const Maintenance: Story = {
  tags: ['screenshots'],
  parameters: { msw: { handlers: fixtureHandlers({ 'POST /signin': 'error-maintenance' }) } },
  play: async (context) => {
    const { canvas } = context;
    const m = await messagesOf(context);
    await submitCredentials(context);
    await expect(await canvas.findByRole('heading', { name: m['maintenance.heading'] })).toBeVisible();
    // Retry-After: 300 → a ticking 5:00 / 4:59.
    await expect(canvas.getByText(/^(5:00|4:5\d)$/)).toBeVisible();
    // Its own text; no form and no "Forgot password?" while the service is down.
    await expect(canvas.getByText(m['maintenance.lead'])).toBeVisible();
    await expect(canvas.queryByRole('button', { name: m['credentials.submit'] })).toBeNull();
  },
};

/** Google codes answered "invalid", counted: a stray key after a refusal sends nothing. */
const codeAttempts: string[] = [];
export const RefusedCodeWaitsForAnEdit: Story = {
  parameters: {
    msw: {
      handlers: [
        http.post('*/api/v2/my/2fa/google', async ({ request }) => {
          const body = (await request.json()) as { code?: string };
          codeAttempts.push(body.code ?? '');
          return fixtureResponse('error-invalid-code');
        }),
        ...fixtureHandlers({ 'POST /signin': 'signin-2fa-google' }),
      ],
    },
  },
  play: async (context) => {
    const { canvas, userEvent } = context;
    const m = await messagesOf(context);
    codeAttempts.length = 0;
    await submitCredentials(context, 'google@example.com');
    const code = await canvas.findByLabelText(m['field.code']);
    await userEvent.type(code, '000000');
    await expect(await canvas.findByText(m['error.invalidCode'], { selector: ':not([data-part="live-region"])' })).toBeVisible();
    await userEvent.type(code, '7', { initialSelectionStart: 6, initialSelectionEnd: 6 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await expect(codeAttempts).toEqual(['000000']);
  },
};
