import { useEffect } from 'react';
import { isDevelopment } from '../../theme/contrast';

/** The development warning for a `theme` prop that is present but `undefined`. */
export const undefinedThemeWarning =
  '[b2core-sign-in] a theme arrived undefined: import it from b2core-sign-in/theme in Server Components.';

/**
 * Warns once per mount, in development, when `props` carries a `theme` key whose value is
 * `undefined`. That is what a React Server Component delivers when it passes a theme or preset
 * imported from the `"use client"` entry (`b2core-sign-in`): the value is a client reference on
 * the server and arrives as `undefined`, which would silently draw the default look. Leaving the
 * prop out is not warned about. In an effect, so rendering stays pure.
 */
export function useUndefinedThemeWarning(props: object & { theme?: unknown }): void {
  const hasUndefinedTheme = 'theme' in props && props.theme === undefined;
  useEffect(() => {
    if (hasUndefinedTheme && isDevelopment()) console.warn(undefinedThemeWarning);
  }, [hasUndefinedTheme]);
}
