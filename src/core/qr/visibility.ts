import type { QrVisibility } from './types';

/** A page that is always visible (no DOM: SSR, Node, tests). */
export const alwaysVisible: QrVisibility = {
  isHidden: () => false,
  subscribe: () => () => {},
};

/**
 * The Page Visibility API as a `QrVisibility`; falls back to `alwaysVisible` where there is
 * no `document`.
 */
export function createDocumentVisibility(doc: Document | undefined = globalThis.document): QrVisibility {
  if (!doc) return alwaysVisible;
  return {
    isHidden: () => doc.visibilityState === 'hidden',
    subscribe(listener) {
      doc.addEventListener('visibilitychange', listener);
      return () => doc.removeEventListener('visibilitychange', listener);
    },
  };
}

