/**
 * Theming: typed overrides over CSS variables. The stylesheet (`styles.css`, which pulls in
 * `tokens.css`) does all the drawing; this module only computes variables.
 */
export type { PartName, ClassNames } from './parts';
export { partNames } from './parts';
export {
  createTheme,
  type ColorScheme,
  type Theme,
  type ThemeFont,
  type ThemeLogo,
  type ThemeOptions,
  type ThemeStyle,
  type ThemeVars,
} from './create-theme';
export { ThemeValueError } from './validate-theme';
export { defaultTheme, presets, type PresetName } from './presets';
export { paletteKeys, lightPalette, darkPalette, type Palette, type PaletteKey, type ThemeColors } from './palette';
export { auditContrast, type ContrastIssue } from './contrast';
export { contrastOf } from './color';
