import type { ComponentType } from 'react';

/** Props a captcha widget receives from the credentials step. */
export interface RecaptchaProps {
  /** A solved challenge's token, or `null` when it expired. */
  onToken(token: string | null): void;
  /** The provider's script could not load (blocked, offline, CSP): the step shows a message and a retry. */
  onLoadError(): void;
  /** The UI locale, for the widget's own language. */
  locale: string;
}

/**
 * A captcha provider behind one contract: a component that reports a token and load failures.
 * The credentials step remounts it after every submit, so each submit carries a fresh token,
 * and after "try again" when it failed to load. Swap in hCaptcha, Turnstile or a test fake.
 */
export type RecaptchaAdapter = ComponentType<RecaptchaProps>;
