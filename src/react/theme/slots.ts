import type { ReactNode } from 'react';

/**
 * Free content around every step. `logo` replaces the theme's logo image (pass `null` to hide
 * it); `header` renders under the step heading area's top, `footer` at the bottom of the card
 * (links to terms, support, a "powered by").
 */
export interface SignInSlots {
  logo?: ReactNode;
  header?: ReactNode;
  footer?: ReactNode;
}
