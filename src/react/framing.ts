import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/** The parts of `window` the framing check reads (a parameter, so tests can build a frame chain). */
export interface FramingWindow {
  readonly top: unknown;
  readonly parent: unknown;
  readonly origin: string;
  readonly location: { readonly origin: string; readonly ancestorOrigins?: ArrayLike<string> & Iterable<string> };
}

/**
 * True when any ancestor frame is of another origin: where clickjacking lives (a hostile page
 * overlays our form and tricks the person into typing into it). Not only `window.top`: our
 * page → a hostile widget → the flow is framed by a hostile origin too.
 *
 * - `location.ancestorOrigins` (Chromium, WebKit) names every ancestor's origin.
 * - Elsewhere, the parent chain is walked up to `top`; reading a cross-origin frame's `location`
 *   throws, which is the signal.
 * - A sandboxed frame (our own origin is opaque, `"null"`) counts as framed by another origin.
 */
export function isCrossOriginFramed(win: FramingWindow | undefined = typeof window === 'undefined' ? undefined : window): boolean {
  if (!win || win.top === win) return false;
  try {
    const own = win.origin === 'null' ? '' : win.location.origin;
    const ancestors = win.location.ancestorOrigins;
    if (ancestors) return [...ancestors].some((origin) => origin !== own);
    // Up to `top`; a cross-origin frame's `location.origin` throws. A sandboxed frame's own
    // origin is opaque (`own` is '' then), so any ancestor differs from it.
    for (let frame = win; frame !== frame.top; ) {
      frame = frame.parent as FramingWindow;
      if (frame.location.origin !== own) return true;
    }
    return false;
  } catch {
    return true;
  }
}

/** {@link isCrossOriginFramed}, `false` on the server and while hydrating (then corrected). */
export function useIsCrossOriginFramed(): boolean {
  return useSyncExternalStore(noSubscription, () => isCrossOriginFramed(), () => false);
}
