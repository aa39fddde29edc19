import type { CSSProperties } from 'react';
import type { Theme } from '../../theme';

/**
 * The CSS variables (and `color-scheme` when the theme forces one) for the root's `style`:
 * the theme's own frozen object, so an unchanged theme keeps the same identity. No theme, no
 * variables: the stylesheet's tokens are the defaults, and no theme code is loaded for them.
 *
 * @example <div data-part="root" dir={dir} style={themeStyle(theme)}>...</div>
 */
export function themeStyle(theme?: Theme): CSSProperties | undefined {
  return theme?.style as CSSProperties | undefined;
}
