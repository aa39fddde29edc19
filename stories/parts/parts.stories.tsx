import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { storyTheme } from '../support/story-theme';
import { PartsGallery } from '../support/parts-gallery';

/**
 * The default look of every part, in each state the flow uses: resting, busy (pending submit),
 * invalid (field errors) and disabled (lockout with its countdown). Switch the toolbar's theme,
 * scheme and locale to review presets, dark mode and RTL.
 */
const meta = {
  title: 'Parts/Gallery',
  component: PartsGallery,
  render: (args, { globals }) => (
    <PartsGallery {...args} theme={storyTheme(String(globals.theme ?? 'default'), globals.scheme ?? 'light')} />
  ),
} satisfies Meta<typeof PartsGallery>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Resting: Story = {
  tags: ['screenshots'],
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { name: 'Sign in to your account' })).toBeVisible();
    await expect(canvas.getByLabelText('Verification code')).toHaveAttribute('inputmode', 'numeric');
  },
};

export const Busy: Story = {
  args: { state: 'busy' },
  play: async ({ canvas }) => {
    const submit = canvas.getByRole('button', { name: 'Signing in…' });
    await expect(submit).toHaveAttribute('aria-busy', 'true');
  },
};

export const Invalid: Story = {
  args: { state: 'invalid' },
  play: async ({ canvas }) => {
    await expect(canvas.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getByLabelText('Email')).toHaveAccessibleDescription('Enter a valid email address.');
  },
};

export const Disabled: Story = {
  args: { state: 'disabled' },
  play: async ({ canvas }) => {
    await expect(canvas.getByLabelText('Email')).toBeDisabled();
    await expect(canvas.getByRole('button', { name: 'Continue' })).toBeDisabled();
  },
};
