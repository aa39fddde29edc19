import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { storyTheme } from '../support/story-theme';
import { PartsGallery } from '../support/parts-gallery';

/**
 * Every preset in both schemes (and RTL), each pinned with `globals`, so the story tests run
 * axe (contrast included) on all of them, not only on the toolbar's default.
 */
const meta = {
  title: 'Parts/Theme matrix',
  component: PartsGallery,
  args: { state: 'invalid' },
  render: (args, { globals }) => (
    <PartsGallery {...args} theme={storyTheme(String(globals.theme ?? 'default'), globals.scheme ?? 'light')} />
  ),
  play: async ({ canvas, canvasElement, globals }) => {
    await expect(canvas.getByRole('heading', { level: 1 })).toBeVisible();
    // The pinned globals really reached the page.
    const root = canvasElement.querySelector<HTMLElement>('[data-part="root"]')!;
    await expect(getComputedStyle(root).colorScheme).toBe(globals.scheme);
    await expect(root).toHaveAttribute('dir', globals.locale === 'ar' ? 'rtl' : 'ltr');
  },
} satisfies Meta<typeof PartsGallery>;
export default meta;
type Story = StoryObj<typeof meta>;

export const DefaultLight: Story = { globals: { theme: 'default', scheme: 'light' } };
export const DefaultDark: Story = { globals: { theme: 'default', scheme: 'dark' } };
export const MidnightLight: Story = { globals: { theme: 'midnight', scheme: 'light' } };
export const MidnightDark: Story = { globals: { theme: 'midnight', scheme: 'dark' } };
export const MeadowLight: Story = { globals: { theme: 'meadow', scheme: 'light' } };
export const MeadowDark: Story = { globals: { theme: 'meadow', scheme: 'dark' } };
export const MeadowRtl: Story = { globals: { theme: 'meadow', scheme: 'light', locale: 'ar' } };
export const MidnightDarkRtl: Story = { globals: { theme: 'midnight', scheme: 'dark', locale: 'ar' } };
