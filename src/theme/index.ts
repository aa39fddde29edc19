// Placeholder: the theming helper replaces this file (createTheme, presets, Theme type).
export type { PartName, ClassNames } from './parts';
export { partNames } from './parts';
