import { checkPasswordRules, type PasswordRule, type PasswordRules } from '../core/password-rules';

/** One broken rule: `issue` is the English text, `rule` a stable key a UI may translate. */
export interface PasswordIssue {
  field: 'password';
  rule: PasswordRule;
  issue: string;
}

const issues: Record<PasswordRule, (rules: PasswordRules) => string> = {
  minLength: (rules) => `Must be at least ${rules.minLength} characters long.`,
  digit: () => 'Must contain a digit.',
  letter: () => 'Must contain a letter.',
  uppercase: () => 'Must contain an uppercase letter.',
  symbol: () => 'Must contain a symbol.',
};

/** Every rule `password` breaks, one detail each (empty when it is acceptable). Same checks as the UI's checklist. */
export function checkPassword(password: string, rules: PasswordRules): PasswordIssue[] {
  return checkPasswordRules(password, rules)
    .filter((result) => !result.isMet)
    .map(({ rule }) => ({ field: 'password', rule, issue: issues[rule](rules) }));
}
