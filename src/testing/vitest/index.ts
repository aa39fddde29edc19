/**
 * `b2core-sign-in/testing/vitest`: for Vitest (or Jest) + Testing Library hosts.
 * Needs `@testing-library/react`; `msw` only for `startSimulatorMsw` (loaded when called).
 */
export { renderSignInFlow, type RenderSignInFlowOptions, type RenderedSignInFlow } from './render-sign-in-flow';
export { startSimulatorMsw, type SimulatorMswOptions, type SimulatorMsw } from './start-simulator-msw';
export { DEMO_PASSWORD, GOOGLE_TOTP_SECRET, demoAccounts } from '../../simulator/accounts';
export { totp } from '../../simulator/totp';
