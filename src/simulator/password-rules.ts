import type { PasswordRules } from './config';

/** One broken rule: `issue` is the English text, `rule` a stable key a UI may translate. */
export interface PasswordIssue {
  field: 'password';
  rule: 'minLength' | 'digit' | 'letter' | 'uppercase' | 'symbol';
  issue: string;
}

/** Every rule `password` breaks, one detail each (empty when it is acceptable). */
export function checkPassword(password: string, rules: PasswordRules): PasswordIssue[] {
  const issues: PasswordIssue[] = [];
  const add = (rule: PasswordIssue['rule'], issue: string) => issues.push({ field: 'password', rule, issue });
  if ([...password].length < rules.minLength) add('minLength', `Must be at least ${rules.minLength} characters long.`);
  if (rules.requireDigit && !/\d/.test(password)) add('digit', 'Must contain a digit.');
  if (rules.requireLetter && !/\p{L}/u.test(password)) add('letter', 'Must contain a letter.');
  if (rules.requireUppercase && !/\p{Lu}/u.test(password)) add('uppercase', 'Must contain an uppercase letter.');
  if (rules.requireSymbol && !/[^\p{L}\p{N}]/u.test(password)) add('symbol', 'Must contain a symbol.');
  return issues;
}
