/**
 * The B2Core simulator: an in-memory server of the sign-in contract, for demos, stories,
 * tests and e2e suites. Browser-safe (no node:*); the Node server lives in `./node`.
 */
export { createSimulator } from './simulator';
export { createSimulatorHandlers } from './msw';
export { DEMO_PASSWORD, GOOGLE_TOTP_SECRET, demoAccounts } from './accounts';
export type { DemoAccount, TwoFactorMethod } from './accounts';
export { totp } from './totp';
export { defaultConfig, simulatorPasswordRules } from './config';
export type { FaultResponse, FaultRule, PasswordRules, SimulatorConfig, SimulatorConfigPatch } from './config';
export type { OutboxEntry, RequestLogEntry, Simulator, SimulatorOptions, SimulatorSizes } from './types';
