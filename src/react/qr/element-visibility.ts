/**
 * "Is the QR panel on screen?" The QR panel's default visibility: a panel the stylesheet hides
 * (a narrow card shows the QR only after "Sign in with your phone", a host's closed tab) pauses
 * like a background tab: no codes requested, no polling. The layout stays CSS's decision (no
 * width is read in JS, so the server and the client render the same); this watches the outcome.
 * Lives in the panel's lazy chunk: a flow without QR never loads it.
 */
import type { QrVisibility } from '../../core/qr/types';

/** A `QrVisibility` for one element, attached by ref. */
export interface ElementVisibility extends QrVisibility {
  /** The element (a ref callback): watched for being displayed or not. */
  attach(element: HTMLElement | null): void;
}

/**
 * Hidden when the tab is hidden or the element is not displayed (`display: none` on it or an
 * ancestor). A ResizeObserver sees it appear or vanish; only a change of "displayed" is passed
 * on, a task later (a re-render inside the observer's callback would resize it in the same
 * frame: a ResizeObserver loop error). Without a DOM it is always visible.
 */
export function createElementVisibility(): ElementVisibility {
  const listeners = new Set<() => void>();
  let element: HTMLElement | null = null;
  let wasShown = true;
  const isShown = () => !element?.checkVisibility || element.checkVisibility();
  const notify = () => listeners.forEach((listener) => listener());
  const observer =
    typeof ResizeObserver === 'function'
      ? new ResizeObserver(() => {
          if (wasShown !== (wasShown = isShown())) setTimeout(notify);
        })
      : null;
  return {
    isHidden: () => (typeof document === 'object' && document.visibilityState === 'hidden') || !isShown(),
    subscribe(listener) {
      listeners.add(listener);
      document.addEventListener('visibilitychange', listener);
      return () => {
        listeners.delete(listener);
        document.removeEventListener('visibilitychange', listener);
      };
    },
    attach(next) {
      if (element) observer?.unobserve(element);
      element = next;
      wasShown = isShown();
      if (next) observer?.observe(next);
    },
  };
}
