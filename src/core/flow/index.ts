/** The sign-in flow without React: step mapping, reducer, and the flow store (`createSignInFlow`). */
export { toStep, workflows, verifiableMethods } from './to-step';
export type { ToStepContext } from './to-step';
export { flowReducer, initialFlowState, awaitsWizard, credentialsBeforeWizard } from './reducer';
export type { FlowEvent, FlowEventType } from './reducer';
export { createLockoutChannel, lockoutChannelName, parseLockoutMessage } from './lockout-channel';
export type { LockoutChannel, LockoutMessage } from './lockout-channel';
export { toFlowError, isWizardExpired } from './flow-error';
export type * from './types';
export { createSignInFlow } from './create-sign-in-flow';
export { funnelEvents } from './funnel-events';
export type { SignInFlowEvent } from './funnel-events';
export type { FlowReducerState } from './reducer';
export type * from './sign-in-flow-types';
