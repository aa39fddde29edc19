import { createContext } from 'react';
import type { ThemeLogo } from '../../theme';

/**
 * The theme's logo, for `BrandLogo` alone. Kept apart from the flow's UI context so that a
 * theme change re-renders only the root and, when the image changed, the logo: never a step.
 */
export const ThemeLogoContext = createContext<ThemeLogo | undefined>(undefined);
