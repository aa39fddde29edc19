/** The toolbar's theme and locale, shared by the preview decorator and the stories. */
import { createTheme, presets, type PresetName, type Theme } from '../../src/theme';

export type StoryScheme = 'system' | 'light' | 'dark';

/** Locales in the toolbar; `ar` lays out right-to-left. */
export const storyLocales = { en: 'ltr', ru: 'ltr', es: 'ltr', ar: 'rtl' } as const;
export type StoryLocale = keyof typeof storyLocales;

const themes = new Map<string, Theme>();

/** The preset with the toolbar's scheme forced on it (cached: same globals, same theme object). */
export function storyTheme(preset: string, scheme: StoryScheme | string = 'light'): Theme {
  const key = `${preset}:${scheme}`;
  let theme = themes.get(key);
  if (!theme) {
    const base = presets[preset as PresetName] ?? presets.default;
    theme = scheme === 'light' || scheme === 'dark' ? createTheme({ colorScheme: scheme }, base) : base;
    themes.set(key, theme);
  }
  return theme;
}
