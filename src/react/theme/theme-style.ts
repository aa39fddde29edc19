import type { CSSProperties } from 'react';
import { defaultTheme, type Theme } from '../../theme';

/**
 * The CSS variables (and `color-scheme` when the theme forces one) for the root's `style`.
 * Returns the theme's own frozen object, so an unchanged theme keeps the same identity.
 *
 * @example <div data-part="root" dir={dir} style={themeStyle(theme)}>...</div>
 */
export function themeStyle(theme: Theme = defaultTheme): CSSProperties {
  return theme.style as CSSProperties;
}
