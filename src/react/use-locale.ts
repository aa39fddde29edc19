import { useSyncExternalStore } from 'react';
import { chooseLocale } from '../i18n/locales';

const subscribe = (onChange: () => void) => {
  if (typeof window === 'undefined') return () => {};
  window.addEventListener('languagechange', onChange);
  return () => window.removeEventListener('languagechange', onChange);
};

/**
 * The language tag a component speaks: `explicit` when given, else the best shipped match of
 * `navigator.languages` (see `chooseLocale`, which also decides `Accept-Language`). The server
 * render and the hydrating render use `explicit` or `en`; the browser's choice follows right
 * after hydration (a client-only mount has it at once), and a `languagechange` is followed.
 */
export function useLocale(explicit: string | undefined): string {
  return useSyncExternalStore(
    subscribe,
    () => chooseLocale(explicit),
    () => chooseLocale(explicit, []),
  );
}
