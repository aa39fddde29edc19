/**
 * b2core-sign-in: a complete, safe, themeable sign-in for the B2Core client API.
 *
 * `.` (this entry) is the React package; `./core` has the framework-free client, flow and
 * session; `./simulator` the bundled B2Core simulator. QR sign-in is loaded lazily by
 * `<SignInFlow>`; import `QrPanel`/`QrSignIn` from here for a standalone panel.
 */
export * from './react';
export { en, loadMessages, format, directionOf, baseLocale, chooseLocale, matchLocale, supportedLocales, errorMessage } from './i18n';
export type { MessageKey, Messages, SupportedLocale } from './i18n';
export { createTheme, presets, defaultTheme, ThemeValueError } from './theme';
export type { Theme, ThemeOptions, ClassNames, PartName } from './theme';
export { partNames } from './theme';
export { ThemeRoot } from './react/theme';
export type { SignInSlots, ThemeRootProps } from './react/theme';
export { SessionProvider, useSession, useOptionalSession, SessionExpiryNotice } from './react/session';
export type { SessionProviderProps, UseSessionResult, SessionExpiryNoticeProps } from './react/session';
export { createSignInClient, SignInError, isSignInError, serverErrorCodes } from './core/client';
export type {
  SignInClient,
  SignInClientOptions,
  TokenPair,
  IssuedToken,
  WizardStep,
  WizardOptions,
  TwoFactorProvider,
  SignInErrorDetail,
  SignInErrorKind,
} from './core/client';
export type { Step, StepKind, FlowError, FlowNotice, FlowState } from './core/flow';
