/**
 * `b2core-sign-in/element`: the sign-in as a custom element, for portals that are not React.
 * Importing it defines `<b2core-sign-in>` (once: a second copy of the bundle leaves the first
 * definition in place). React and ReactDOM are bundled in: the page needs nothing else.
 *
 * @example
 * ```html
 * <script type="module" src="/vendor/b2core-sign-in/element/index.js"></script>
 * <b2core-sign-in base-url="https://my.broker.com" locale="en" theme="meadow"></b2core-sign-in>
 * <!-- portal.js: document.addEventListener('b2s-signed-in', (event) => myPortal.start(event.detail)); -->
 * <script type="module" src="/portal.js"></script>
 * ```
 */
import type { TokenPair } from '../core/client/types';
import type { UnknownStep } from '../core/flow/types';
import type { SignInFlowEvent } from '../react/use-sign-in-flow';
import { SignInElement } from './sign-in-element';

/** The element's tag name. */
export const signInElementName = 'b2core-sign-in';

/**
 * Defines `<b2core-sign-in>` unless the page already has it (importing this entry does it; call
 * it again after a registry was replaced, say). Does nothing where there is no DOM.
 */
export function defineSignInElement(): void {
  if (typeof customElements === 'undefined' || customElements.get(signInElementName)) return;
  customElements.define(signInElementName, SignInElement);
}

defineSignInElement();

declare global {
  interface HTMLElementTagNameMap {
    'b2core-sign-in': SignInElement;
  }
  // The events bubble and are composed: typed on elements and on the document alike.
  interface HTMLElementEventMap {
    'b2s-signed-in': CustomEvent<TokenPair>;
    'b2s-event': CustomEvent<SignInFlowEvent>;
    'b2s-unknown-step': CustomEvent<UnknownStep>;
  }
  interface DocumentEventMap {
    'b2s-signed-in': CustomEvent<TokenPair>;
    'b2s-event': CustomEvent<SignInFlowEvent>;
    'b2s-unknown-step': CustomEvent<UnknownStep>;
  }
}

export { SignInElement };
export { signInAttributes, type SignInAttribute } from './attributes';
export type { SignInElementEventMap } from './events';
// What a page without a bundler needs beside the element, from this same bundle (one React copy).
export { createTheme, presets, type PresetName, type Theme, type ThemeOptions } from '../theme';
export { createGoogleRecaptcha } from '../react/recaptcha/google-recaptcha';
export type { RecaptchaAdapter } from '../react/recaptcha/types';
export { createSignInClient } from '../core/client';
export type { SignInClient, TokenPair } from '../core/client';
export type { SignInFlowEvent } from '../react/use-sign-in-flow';
export type { UnknownStep } from '../core/flow/types';
export type { Messages } from '../i18n';
