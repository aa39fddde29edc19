/**
 * "Is the QR panel on screen?" for a panel in a slot the stylesheet may hide (a narrow card
 * shows the QR only after "Sign in with your phone"). The layout is CSS's decision (no width is
 * read in JS, so the server and the client render the same); this only watches the outcome, so
 * a hidden panel pauses like a background tab: no codes requested, no polling.
 */
import { createContext } from 'react';
import type { QrVisibility } from '../../core/qr/types';
import { createDocumentVisibility } from '../../core/qr/visibility';

/** A `QrVisibility` for one slot element, attached by ref. */
export interface QrSlotVisibility extends QrVisibility {
  /** The slot element (a ref callback): watched for being displayed or not. */
  attach(element: HTMLElement | null): void;
}

/** Displayed at all (not `display: none` itself or through an ancestor). Unknown → displayed. */
const isDisplayed = (element: HTMLElement): boolean =>
  typeof element.checkVisibility === 'function' ? element.checkVisibility() : element.getClientRects().length > 0;

/** Hidden when the tab is hidden or the slot is not displayed; changes come from a ResizeObserver. */
export function createQrSlotVisibility(doc: Document | undefined = globalThis.document): QrSlotVisibility {
  const page = createDocumentVisibility(doc);
  const listeners = new Set<() => void>();
  let element: HTMLElement | null = null;
  let observer: ResizeObserver | null = null;
  let wasDisplayed: boolean | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const notify = () => listeners.forEach((listener) => listener());
  // A slot going from `display: none` to shown (or back) changes size: the observer sees it.
  // Only a change of "displayed" is passed on, a task later: a re-render inside the observer's
  // callback would resize the slot in the same frame (a ResizeObserver loop error).
  const onResize = () => {
    const isShown = element !== null && isDisplayed(element);
    if (isShown === wasDisplayed) return;
    wasDisplayed = isShown;
    clearTimeout(timer);
    timer = setTimeout(notify, 0);
  };
  const observe = () => {
    observer?.disconnect();
    observer = null;
    clearTimeout(timer);
    wasDisplayed = element && isDisplayed(element);
    if (!element || listeners.size === 0 || typeof ResizeObserver !== 'function') return;
    observer = new ResizeObserver(onResize);
    observer.observe(element);
  };
  return {
    isHidden: () => page.isHidden() || (element !== null && !isDisplayed(element)),
    subscribe(listener) {
      listeners.add(listener);
      const stopPage = page.subscribe(listener);
      if (listeners.size === 1) observe();
      return () => {
        stopPage();
        listeners.delete(listener);
        if (listeners.size === 0) observe();
      };
    },
    attach(next) {
      if (next === element) return;
      element = next;
      observe();
      if (next) notify();
    },
  };
}

/** The visibility of the slot a `QrPanel` sits in; `QrPanel` uses it when given no `visibility`. */
export const QrSlotVisibilityContext = /* @__PURE__ */ createContext<QrVisibility | undefined>(undefined);
