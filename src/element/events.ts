/**
 * The events `<b2core-sign-in>` dispatches on itself. They bubble and are composed, so a
 * listener on the document (or on any ancestor, across shadow roots) receives them.
 */
import type { TokenPair } from '../core/client/types';
import type { UnknownStep } from '../core/flow/types';
import type { SignInFlowEvent } from '../react/use-sign-in-flow';

/** The events of `<b2core-sign-in>` and their `detail`. */
export interface SignInElementEventMap {
  /**
   * The person is signed in; `detail` is the token pair. Sent exactly once per sign-in. The host
   * receives the tokens and must store them (the element keeps none).
   */
  'b2s-signed-in': CustomEvent<TokenPair>;
  /** A funnel event for analytics (no email, password, code or token). */
  'b2s-event': CustomEvent<SignInFlowEvent>;
  /** The server asked for a step this package does not know (the flow shows its fallback screen). */
  'b2s-unknown-step': CustomEvent<UnknownStep>;
}

/** Dispatches one of the element's events from `target` (bubbling, composed, not cancelable). */
export function dispatchSignInEvent<K extends keyof SignInElementEventMap>(
  target: EventTarget,
  type: K,
  detail: SignInElementEventMap[K]['detail'],
): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
