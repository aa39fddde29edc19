import type { HTMLAttributes } from 'react';
import type { Theme } from '../../theme';
import { PackageStyles } from './package-styles';
import { themeStyle } from './theme-style';

/** Props of {@link ThemeRoot}. */
export interface ThemeRootProps extends HTMLAttributes<HTMLDivElement> {
  theme?: Theme;
  /** Skip the package stylesheet. */
  unstyled?: boolean;
}

/**
 * A styling root (`data-part="root"` + the theme's variables + the stylesheet) for parts used
 * outside `<SignInFlow>`, such as `<QrPanel>` or `<SessionExpiryNotice>` placed in a host
 * layout. Host `style` entries are merged over the theme's variables.
 */
export function ThemeRoot({ theme, unstyled, style, children, ...rest }: ThemeRootProps) {
  return (
    <div data-part="root" {...rest} style={style ? { ...themeStyle(theme), ...style } : themeStyle(theme)}>
      <PackageStyles unstyled={unstyled} />
      {children}
    </div>
  );
}
