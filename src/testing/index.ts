/**
 * `b2core-sign-in/testing`: what a broker's own CI needs to test a portal that embeds the flow.
 * Node only. Playwright is an optional peer used only through its types: pass your `page`.
 *
 * - a simulator per test worker (`startTestSimulator`) or the controls of one already running
 *   (`simulatorControl`), with reset, config, outbox and request log;
 * - `signInAs(page, email)`: the real flow to signed in (TOTP, SMS, email codes, forced reset);
 * - fault presets (`proxyHtmlFault`, `badGatewayFault`, `rateLimitFault`, `hangingFault`);
 * - `expectNoSecretLeak(page, secrets)`: the end-to-end leak check;
 * - `auditTheme(theme)`: the WCAG contrast of a white-label theme.
 *
 * Vitest + Testing Library hosts: `b2core-sign-in/testing/vitest`.
 */
export { simulatorControl, SimulatorControlError, type SimulatorControl, type CodeQuery } from './simulator-control';
export { startTestSimulator, type TestSimulator } from './test-simulator';
export {
  injectFault,
  proxyHtmlFault,
  badGatewayFault,
  rateLimitFault,
  hangingFault,
  clearFaults,
  type FaultTarget,
  type FaultSimulator,
} from './faults';
export {
  signInAs,
  submitCredentials,
  SignInAsError,
  FLOW_ROOT,
  type SignInAsOptions,
  type SignInAsResult,
  type SignedInTokens,
} from './sign-in-as';
export { watchPage, consoleOf, leakSources, expectNoSecretLeak, SecretLeakError } from './leak-check';
export { findLeaks, MIN_SECRET_LENGTH, type LeakHit, type Secrets } from './find-leaks';
export { auditTheme, type ThemeAudit, type ThemeContrastPair } from './audit-theme';
export { DEMO_PASSWORD, GOOGLE_TOTP_SECRET, demoAccounts, type DemoAccount } from '../simulator/accounts';
export { totp } from '../simulator/totp';
export type { OutboxEntry, RequestLogEntry } from '../simulator/types';
export type { SimulatorConfig, SimulatorConfigPatch, FaultRule, FaultResponse } from '../simulator/config';
