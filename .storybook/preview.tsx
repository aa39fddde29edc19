import type { Decorator, Preview } from '@storybook/react-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { ThemeRoot } from '../src/react/theme';
// The package stylesheet, linked once as a host does (`import 'b2core-sign-in/styles.css'`).
import '../src/theme/styles.css';
import { storyLocaleNames, storyLocales, storyTheme, type StoryLocale } from '../stories/support/story-theme';

/**
 * Every story renders inside a themed root painted with the theme's backdrop, so the toolbar's
 * preset, scheme and direction reach any part, and a `<SignInFlow>` inside inherits them.
 */
const withTheme: Decorator = (Story, { globals, parameters, viewMode }) => {
  const locale = (globals.locale ?? 'en') as StoryLocale;
  const theme = storyTheme(String(globals.theme ?? 'default'), String(globals.scheme ?? 'light'));
  // `parameters: { b2s: { unstyled: true } }`: the story's root opts out of the package stylesheet
  // (`data-unstyled`), so no package rule reaches anything inside it.
  const unstyled = (parameters.b2s as { unstyled?: boolean } | undefined)?.unstyled === true;
  return (
    <ThemeRoot
      unstyled={unstyled}
      theme={theme}
      dir={storyLocales[locale] ?? 'ltr'}
      lang={locale}
      // In docs the canvas sizes to the story; a story fills the preview.
      style={{ minBlockSize: viewMode === 'docs' ? undefined : '100vh', padding: '2.5rem 1rem', background: 'var(--b2s-color-backdrop)' }}
    >
      <Story />
    </ThemeRoot>
  );
};

const preview: Preview = {
  loaders: [mswLoader()],
  decorators: [withTheme],
  globalTypes: {
    theme: {
      description: 'Brand preset',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        dynamicTitle: true,
        items: [
          { value: 'default', title: 'Default' },
          { value: 'midnight', title: 'Midnight (navy, gold, serif, sharp)' },
          { value: 'meadow', title: 'Meadow (green, rounded)' },
        ],
      },
    },
    scheme: {
      description: 'Colour scheme',
      toolbar: {
        title: 'Scheme',
        icon: 'contrast',
        dynamicTitle: true,
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'system', title: 'System (prefers-color-scheme)' },
        ],
      },
    },
    locale: {
      description: 'Locale (ar, fa, he and the ar-XB pseudo-locale are right-to-left)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        dynamicTitle: true,
        items: (Object.keys(storyLocaleNames) as StoryLocale[]).map((value) => ({
          value,
          title: `${storyLocaleNames[value]} (${value})`,
          right: storyLocales[value].toUpperCase(),
        })),
      },
    },
  },
  initialGlobals: { theme: 'default', scheme: 'light', locale: 'en' },
  parameters: {
    layout: 'fullscreen',
    a11y: { test: 'error' },
    controls: { matchers: { color: /(background|color)$/i } },
    options: { storySort: { order: ['Docs', ['Introduction', 'Theming'], 'SignInFlow', 'Steps', 'QR', 'Session', 'Parts'] } },
  },
};

export default preview;
