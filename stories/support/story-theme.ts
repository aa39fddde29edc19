/** The toolbar's theme and locale, shared by the preview decorator and the stories. */
import { directionOf, type Messages, type SupportedLocale } from '../../src/i18n';
import { createTheme, presets, type PresetName, type Theme } from '../../src/theme';
import { pseudoMessages, type PseudoLocale } from './pseudo-locale';

export type StoryScheme = 'system' | 'light' | 'dark';

/** Locales in the toolbar, by their own name: every shipped one, then the pseudo-locales. */
export const storyLocaleNames: Record<SupportedLocale | PseudoLocale, string> = {
  en: 'English', ru: 'Русский', es: 'Español', ar: 'العربية', 'zh-Hans': '简体中文', 'zh-Hant': '繁體中文', ja: '日本語',
  ko: '한국어', th: 'ไทย', vi: 'Tiếng Việt', id: 'Bahasa Indonesia', ms: 'Bahasa Melayu', hi: 'हिन्दी', tr: 'Türkçe',
  'pt-BR': 'Português (Brasil)', fr: 'Français', de: 'Deutsch', it: 'Italiano', pl: 'Polski', uk: 'Українська', fa: 'فارسی',
  he: 'עברית', nl: 'Nederlands', cs: 'Čeština', 'en-XA': 'Pseudo: accented, +40 %', 'ar-XB': 'Pseudo: right-to-left, +40 %',
};
export type StoryLocale = keyof typeof storyLocaleNames;

/** Locale → `ltr` / `rtl` (ar, fa, he and ar-XB are right-to-left). */
export const storyLocales = Object.fromEntries(
  (Object.keys(storyLocaleNames) as StoryLocale[]).map((locale) => [locale, directionOf(locale)]),
) as Record<StoryLocale, 'ltr' | 'rtl'>;

/** `locale` and, for a pseudo-locale, its whole catalog as `messages`: spread it on `<SignInFlow>`. */
export const storyLocaleProps = (globals: { locale?: unknown }, messages?: Partial<Messages>) => {
  const locale = String(globals.locale ?? 'en');
  const pseudo = pseudoMessages(locale);
  return { locale, messages: pseudo || messages ? { ...pseudo, ...messages } : undefined };
};

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
