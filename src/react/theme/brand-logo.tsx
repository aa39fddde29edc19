import { useContext, type ReactNode } from 'react';
import { safeUrl } from '../../core/safe-url';
import type { Theme } from '../../theme';
import { ThemeLogoContext } from './theme-logo-context';

/** Props of {@link BrandLogo}. */
export interface BrandLogoProps {
  /** A theme whose logo to show; by default the logo of the surrounding flow's theme. */
  theme?: Theme;
  /** The `logo` slot: when given (even `null`), it replaces the theme's image. */
  slot?: ReactNode;
  className?: string;
}

/**
 * The header logo: the slot when the host gave one, else the theme's image, else nothing. The
 * image URL is checked again here (`createTheme` already refuses a bad one): a theme object
 * built by hand must not get a `javascript:` URL rendered either.
 */
export function BrandLogo({ theme, slot, className }: BrandLogoProps) {
  const flowLogo = useContext(ThemeLogoContext);
  if (slot !== undefined) return <>{slot}</>;
  const logo = theme ? theme.logo : flowLogo;
  const src = safeUrl(logo?.src, { image: true });
  if (!logo || !src) return null;
  return (
    <img
      data-part="logo"
      className={className}
      src={src}
      alt={logo.alt}
      width={logo.width}
      height={logo.height ?? 32}
      decoding="async"
    />
  );
}
