export * from './client';
export * from './flow';
export * from './qr';
export * from './session';
export { clampTimerDelay, globalTimers, MAX_TIMER_DELAY_MS } from './timers';
export type { Timers } from './timers';
export { maskEmail } from './mask-email';
export { activePasswordRules, checkPasswordRules } from './password-rules';
export type { PasswordRule, PasswordRuleResult, PasswordRules } from './password-rules';
