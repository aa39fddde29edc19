import type { Meta, StoryObj } from '@storybook/react-vite';
import type { FormEvent } from 'react';
import { expect, fn } from 'storybook/test';
import { Button, Field, PasswordField, SignInFlow, StepFrame, useSignInFlow, type CredentialsStepProps } from '../../src/react';
import { createTheme } from '../../src/theme';
import { DEMO_PASSWORD } from '../../src/simulator';
import { freshSimulatorHandlers } from '../support/simulator';
import { storyLocaleProps } from '../support/story-theme';

/**
 * The three tiers of customisation. Tier 1: props (`theme`, `slots`, `locale`...). Tier 2:
 * `components` per step, `classNames` per part, `unstyled`. Tier 3: `useSignInFlow()` for a
 * fully custom UI over the same core (see the docs page).
 */
const meta = {
  title: 'SignInFlow/Customisation',
  component: SignInFlow,
  args: { baseUrl: '', onSuccess: fn(), qrPanel: null },
  render: (args, { globals }) => <SignInFlow {...args} {...storyLocaleProps(globals, args.messages)} />,
  beforeEach: ({ msw }) => {
    msw.use(...freshSimulatorHandlers());
  },
} satisfies Meta<typeof SignInFlow>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A host's own credentials screen: its own copy and layout, the flow's parts and actions. */
function BrandedCredentials({ flow, errorMessage }: CredentialsStepProps) {
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    // Read once from the uncontrolled inputs, handed straight to the flow: never kept in state.
    void flow.signIn({ email: String(data.get('email')), password: String(data.get('password')) });
  };
  return (
    <StepFrame kind="credentials" heading="Welcome to Acme Trading" description="Clients only. Partners use the partner portal." error={errorMessage}>
      <form data-part="form" onSubmit={onSubmit}>
        <Field label="Client email" name="email" type="email" autoComplete="username" defaultValue={flow.email} />
        <PasswordField label="Secret" name="password" autoComplete="current-password" />
        <Button type="submit" isPending={flow.pendingAction === 'sign-in'}>
          Enter the platform
        </Button>
      </form>
    </StepFrame>
  );
}

export const ComponentsOverride: Story = {
  tags: ['screenshots'],
  args: { components: { CredentialsStep: BrandedCredentials } },
  play: async ({ canvas, userEvent, args }) => {
    await expect(await canvas.findByRole('heading', { name: 'Welcome to Acme Trading' })).toBeVisible();
    await userEvent.type(canvas.getByLabelText('Client email'), 'client@example.com');
    await userEvent.type(canvas.getByLabelText('Secret'), DEMO_PASSWORD);
    await userEvent.click(canvas.getByRole('button', { name: 'Enter the platform' }));
    await expect(await canvas.findByRole('heading', { name: 'You’re signed in' })).toBeVisible();
    await expect(args.onSuccess).toHaveBeenCalledTimes(1);
  },
};

/** Host CSS, unlayered like any app stylesheet: it wins over the package's layered rules. */
const hostCss = `
  .acme-card { border: 2px solid rgb(15, 118, 110); box-shadow: none; }
  .acme-heading { text-transform: uppercase; letter-spacing: 0.08em; font-size: 1.1rem; }
  .acme-button { background: rgb(15, 118, 110); border-radius: 999px; }
`;

export const ClassNames: Story = {
  args: { classNames: { card: 'acme-card', heading: 'acme-heading', button: 'acme-button' } },
  decorators: [
    (Story) => (
      <>
        <style>{hostCss}</style>
        <Story />
      </>
    ),
  ],
  play: async ({ canvas }) => {
    const heading = await canvas.findByRole('heading', { name: 'Sign in' });
    await expect(heading).toHaveClass('acme-heading');
    await expect(getComputedStyle(heading).textTransform).toBe('uppercase');
    const submit = canvas.getByRole('button', { name: 'Sign in' });
    await expect(getComputedStyle(submit).backgroundColor).toBe('rgb(15, 118, 110)');
  },
};

export const Unstyled: Story = {
  args: { unstyled: true },
  parameters: { b2s: { unstyled: true } },
  play: async ({ canvas }) => {
    const heading = await canvas.findByRole('heading', { name: 'Sign in' });
    // The stylesheet is linked on the page, but not one of its rules reaches an unstyled root.
    const root = heading.closest<HTMLElement>('[data-part="root"]');
    await expect(root).toHaveAttribute('data-unstyled');
    const card = root?.querySelector<HTMLElement>('[data-part="card"]');
    await expect(card && getComputedStyle(card).paddingTop).toBe('0px');
    const submit = canvas.getByRole('button', { name: 'Sign in' });
    await expect(getComputedStyle(submit).backgroundColor).not.toBe('rgb(79, 70, 229)');
  },
};

const acme = createTheme({
  name: 'acme',
  colors: { primary: '#be185d' },
  radius: 20,
  font: { heading: 'Georgia, "DejaVu Serif", serif' },
});

export const BrandColourOnly: Story = {
  tags: ['screenshots'],
  args: { theme: acme },
  play: async ({ canvas }) => {
    const submit = await canvas.findByRole('button', { name: 'Sign in' });
    await expect(getComputedStyle(submit).backgroundColor).toBe('rgb(190, 24, 93)');
  },
};

export const Slots: Story = {
  args: {
    slots: {
      logo: (
        <svg data-part="logo" role="img" aria-label="Acme Trading" viewBox="0 0 120 28" height="28">
          <rect width="28" height="28" rx="6" fill="currentColor" />
          <text x="36" y="20" fontSize="16" fontWeight="700" fill="currentColor">
            Acme
          </text>
        </svg>
      ),
      header: <p data-part="hint">Client portal · Regulated by the FCA</p>,
      footer: (
        <>
          <a href="#terms">Terms</a>
          <a href="#privacy">Privacy</a>
          <a href="#help">Help</a>
        </>
      ),
    },
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('img', { name: 'Acme Trading' })).toBeVisible();
    await expect(canvas.getByText('Client portal · Regulated by the FCA')).toBeVisible();
    await expect(canvas.getByRole('link', { name: 'Privacy' })).toBeVisible();
  },
};

/** Tier 3: the host's own markup over `useSignInFlow()` (no package parts, no package CSS). */
function HeadlessSignIn({ onSuccess }: { onSuccess(tokens: unknown): void }) {
  const flow = useSignInFlow({ baseUrl: '', onSuccess });
  if (flow.step.kind === 'signed-in') return <p role="status">Welcome back!</p>;
  if (flow.step.kind !== 'credentials') return <p>Step: {flow.step.kind}</p>;
  return (
    <form
      aria-label="Headless sign-in"
      style={{ display: 'grid', gap: 8, maxInlineSize: 320, marginInline: 'auto', fontFamily: 'serif' }}
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        void flow.signIn({ email: String(data.get('email')), password: String(data.get('password')) });
      }}
    >
      <label>
        E-mail <input name="email" type="email" autoComplete="username" />
      </label>
      <label>
        Password <input name="password" type="password" autoComplete="current-password" />
      </label>
      <button type="submit" aria-busy={flow.isPending}>
        Log in
      </button>
    </form>
  );
}

export const Headless: StoryObj<typeof HeadlessSignIn> = {
  render: (args) => <HeadlessSignIn {...args} />,
  args: { onSuccess: fn() },
  parameters: { b2s: { unstyled: true } },
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.type(canvas.getByLabelText('E-mail'), 'client@example.com');
    await userEvent.type(canvas.getByLabelText('Password'), DEMO_PASSWORD);
    await userEvent.click(canvas.getByRole('button', { name: 'Log in' }));
    await expect(await canvas.findByRole('status')).toHaveTextContent('Welcome back!');
    await expect(args.onSuccess).toHaveBeenCalledTimes(1);
  },
};
