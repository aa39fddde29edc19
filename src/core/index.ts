export * from './client';
export * from './flow';
export * from './qr';
export * from './session';
export { maskEmail } from './mask-email';
export { activePasswordRules, checkPasswordRules } from './password-rules';
export type { PasswordRule, PasswordRuleResult, PasswordRules } from './password-rules';
