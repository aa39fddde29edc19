/**
 * The rules a new password must meet (`POST /signin/password/reset` answers 422
 * `passwordRules` when one is broken). B2Core does not publish them on the wire, so the host
 * passes its server's rules to `<SignInFlow passwordRules>`; the simulator's are
 * `simulatorPasswordRules`.
 */
export interface PasswordRules {
  /** Minimum length in characters (code points). */
  minLength: number;
  requireDigit: boolean;
  requireLetter: boolean;
  requireUppercase: boolean;
  requireSymbol: boolean;
}

/** One rule, by a stable name a UI translates. */
export type PasswordRule = 'minLength' | 'digit' | 'letter' | 'uppercase' | 'symbol';

/** A rule that applies, and whether `password` meets it. */
export interface PasswordRuleResult {
  rule: PasswordRule;
  isMet: boolean;
}

const tests: Record<PasswordRule, (password: string, rules: PasswordRules) => boolean> = {
  minLength: (password, rules) => [...password].length >= rules.minLength,
  digit: (password) => /\d/.test(password),
  letter: (password) => /\p{L}/u.test(password),
  uppercase: (password) => /\p{Lu}/u.test(password),
  symbol: (password) => /[^\p{L}\p{N}]/u.test(password),
};

/** The rules that apply, in a fixed order (length first); rules switched off are left out. */
export function activePasswordRules(rules: PasswordRules): PasswordRule[] {
  const active: PasswordRule[] = [];
  if (rules.minLength > 0) active.push('minLength');
  if (rules.requireDigit) active.push('digit');
  if (rules.requireLetter) active.push('letter');
  if (rules.requireUppercase) active.push('uppercase');
  if (rules.requireSymbol) active.push('symbol');
  return active;
}

/** Every applying rule, met or not, for `password` (a live checklist; the server checks too). */
export function checkPasswordRules(password: string, rules: PasswordRules): PasswordRuleResult[] {
  return activePasswordRules(rules).map((rule) => ({ rule, isMet: tests[rule](password, rules) }));
}
