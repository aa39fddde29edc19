import type { ReactNode } from 'react';
import type { Theme } from '../../theme';

/** Props of {@link BrandLogo}. */
export interface BrandLogoProps {
  theme?: Theme;
  /** The `logo` slot: when given (even `null`), it replaces the theme's image. */
  slot?: ReactNode;
  className?: string;
}

/** The header logo: the slot when the host gave one, else the theme's image, else nothing. */
export function BrandLogo({ theme, slot, className }: BrandLogoProps) {
  if (slot !== undefined) return <>{slot}</>;
  const logo = theme?.logo;
  if (!logo) return null;
  return (
    <img
      data-part="logo"
      className={className}
      src={logo.src}
      alt={logo.alt}
      width={logo.width}
      height={logo.height ?? 32}
      decoding="async"
    />
  );
}
