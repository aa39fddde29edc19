import type { Meta, StoryObj } from '@storybook/react-vite';
import { useMemo } from 'react';
import { expect, spyOn, type MockInstance } from 'storybook/test';
import { ThemeRoot } from '../../src/react/theme';
import { auditContrast, createTheme, type ColorScheme } from '../../src/theme';
import { PartsGallery } from '../support/parts-gallery';

interface PlaygroundProps {
  /** The brand colour: everything else is derived. */
  primary: string;
  /** Base radius in px. */
  radius: number;
  /** Card background (light scheme). */
  background: string;
  /** Body text (light scheme). */
  text: string;
  colorScheme: ColorScheme;
}

/** Builds a theme from the controls, shows the derived palette and any contrast issue. */
function Playground({ primary, radius, background, text, colorScheme }: PlaygroundProps) {
  const theme = useMemo(
    () => createTheme({ name: 'playground', colors: { primary, bg: background, text }, radius, colorScheme }),
    [primary, radius, background, text, colorScheme],
  );
  const issues = [...auditContrast(theme.light, 'light'), ...auditContrast(theme.dark, 'dark')];
  const shown = colorScheme === 'dark' ? theme.dark : theme.light;
  return (
    <ThemeRoot theme={theme}>
      <div style={{ display: 'grid', gap: '1.5rem', justifyItems: 'center' }}>
        <PartsGallery theme={theme} />
        <div data-part="card" aria-label="Derived palette" role="group">
          <ul style={{ display: 'grid', gridTemplateColumns: 'repeat(2, 1fr)', gap: 8, margin: 0, padding: 0, listStyle: 'none' }}>
            {Object.entries(shown).map(([key, value]) => (
              <li key={key} style={{ display: 'flex', gap: 8, alignItems: 'center', fontSize: 13 }}>
                <span aria-hidden="true" style={{ inlineSize: 20, blockSize: 20, borderRadius: 4, background: value, border: '1px solid var(--b2s-color-border)' }} />
                <code>{key}</code> {value}
              </li>
            ))}
          </ul>
          {issues.length > 0 ? (
            <p data-part="message" data-tone="warning">
              Low contrast: {issues.map((i) => `${i.scheme} ${i.foreground} on ${i.background} ${i.ratio}:1`).join(', ')}.
            </p>
          ) : (
            <p data-part="message" data-tone="success">
              Every text pair reaches 4.5:1.
            </p>
          )}
        </div>
      </div>
    </ThemeRoot>
  );
}

/**
 * `createTheme` live: pick a brand colour and see the palette it derives (hover, active,
 * foreground, link, focus, and the dark scheme), applied to every part.
 */
const meta = {
  title: 'Parts/Theme playground',
  component: Playground,
  args: { primary: '#0f766e', radius: 10, background: '#ffffff', text: '#0f172a', colorScheme: 'light' },
  argTypes: {
    primary: { control: 'color' },
    background: { control: 'color' },
    text: { control: 'color' },
    radius: { control: { type: 'range', min: 0, max: 24, step: 1 } },
    colorScheme: { control: 'inline-radio', options: ['light', 'dark', 'system'] },
  },
} satisfies Meta<typeof Playground>;
export default meta;
type Story = StoryObj<typeof meta>;

export const BrandColour: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Every text pair reaches 4.5:1.')).toBeVisible();
  },
};

let warn: MockInstance<typeof console.warn> | null = null;

export const LowContrastWarning: Story = {
  args: { primary: '#facc15', text: '#9ca3af' },
  // createTheme warns in development builds: catch it to show it reached the console.
  beforeEach: () => {
    warn = spyOn(console, 'warn').mockImplementation(() => undefined);
    return () => warn?.mockRestore();
  },
  // The story shows a deliberately unreadable theme: only the contrast rule is off, every other axe rule still runs.
  parameters: { a11y: { config: { rules: [{ id: 'color-contrast', enabled: false }] } } },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/Low contrast: light text on bg/)).toBeVisible();
    await expect(warn).toHaveBeenCalledWith(expect.stringMatching(/theme "playground" has low contrast: light text on bg/));
  },
};
