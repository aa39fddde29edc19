import type { HTMLAttributes } from 'react';
import type { Theme } from '../../theme';
import { themeStyle } from './theme-style';

/** Props of {@link ThemeRoot}. */
export interface ThemeRootProps extends HTMLAttributes<HTMLDivElement> {
  /** A theme from `createTheme()`: its CSS variables go on the root. None: the stylesheet's defaults. */
  theme?: Theme;
  /**
   * Opt out of the package stylesheet: the root carries `data-unstyled` and no package rule
   * matches inside it, even with `b2core-sign-in/styles.css` linked on the page.
   */
  unstyled?: boolean;
}

/**
 * A styling root (`data-part="root"` + the theme's variables) for parts used outside
 * `<SignInFlow>`, such as `<QrPanel>` placed in a host layout. The package stylesheet
 * (`import 'b2core-sign-in/styles.css'`) styles every part inside it. Host `style` entries are
 * merged over the theme's variables.
 */
export function ThemeRoot({ theme, unstyled, style, children, ...rest }: ThemeRootProps) {
  const variables = themeStyle(theme);
  return (
    <div
      data-part="root"
      data-unstyled={unstyled ? '' : undefined}
      {...rest}
      style={style && variables ? { ...variables, ...style } : (style ?? variables)}
    >
      {children}
    </div>
  );
}
