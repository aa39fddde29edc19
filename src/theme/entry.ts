/**
 * `b2core-sign-in/theme`: theming as plain data, server-safe. No `"use client"` and nothing that
 * imports React, so a React Server Component can build a theme or pick a preset and pass it to
 * `<SignInFlow theme={…}>` (a theme is a plain, serializable object of CSS variables).
 *
 * @example
 * ```tsx
 * // app/page.tsx (a Server Component)
 * import { presets } from 'b2core-sign-in/theme';
 * export default function Page() {
 *   return <SignIn theme={presets.midnight} />; // SignIn: the host's own client component
 * }
 * ```
 */
export { createTheme, defaultTheme, presets, partNames } from './index';
export type {
  ClassNames,
  ColorScheme,
  PartName,
  PresetName,
  Theme,
  ThemeColors,
  ThemeFont,
  ThemeLogo,
  ThemeOptions,
  ThemeStyle,
  ThemeVars,
} from './index';
