/**
 * Page events the session reacts to: moments the wall clock may have jumped (a hidden tab
 * shown again, waking from sleep, back online), and user activity for the idle timeout.
 * Both are no-ops where there is no DOM.
 */

type WakeKind = 'visible' | 'online' | 'other';

/** Default wake signals: `visibilitychange` (to visible), `pageshow`, `focus`, `online`. */
export function domWakeSignals(onWake: (kind: WakeKind) => void): () => void {
  if (typeof window === 'undefined' || typeof document === 'undefined') return () => {};
  const onVisibility = () => {
    if (document.visibilityState === 'visible') onWake('visible');
  };
  const onOnline = () => onWake('online');
  const onOther = () => onWake('other');
  document.addEventListener('visibilitychange', onVisibility);
  window.addEventListener('online', onOnline);
  window.addEventListener('pageshow', onOther);
  window.addEventListener('focus', onOther);
  return () => {
    document.removeEventListener('visibilitychange', onVisibility);
    window.removeEventListener('online', onOnline);
    window.removeEventListener('pageshow', onOther);
    window.removeEventListener('focus', onOther);
  };
}

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/** Calls `onActivity` on input events (capture phase, passive: it never slows input down). */
export function domActivitySignals(onActivity: () => void): () => void {
  if (typeof document === 'undefined') return () => {};
  const options = { capture: true, passive: true } as const;
  for (const type of ACTIVITY_EVENTS) document.addEventListener(type, onActivity, options);
  return () => {
    for (const type of ACTIVITY_EVENTS) document.removeEventListener(type, onActivity, options);
  };
}
