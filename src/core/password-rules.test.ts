import { describe, expect, it } from 'vitest';
import { activePasswordRules, checkPasswordRules, type PasswordRules } from './password-rules';

const all: PasswordRules = { minLength: 8, requireDigit: true, requireLetter: true, requireUppercase: true, requireSymbol: true };

describe('password rules', () => {
  it('lists only the rules that apply, length first', () => {
    expect(activePasswordRules({ ...all, requireUppercase: false, requireSymbol: false })).toEqual(['minLength', 'digit', 'letter']);
    expect(activePasswordRules({ minLength: 0, requireDigit: false, requireLetter: false, requireUppercase: false, requireSymbol: false })).toEqual([]);
  });

  it('says which rules a password meets', () => {
    const met = (password: string) => checkPasswordRules(password, all).filter((r) => r.isMet).map((r) => r.rule);
    expect(met('')).toEqual([]);
    expect(met('abc')).toEqual(['letter']);
    expect(met('abcdefg1')).toEqual(['minLength', 'digit', 'letter']);
    expect(met('Abcdefg1!')).toEqual(['minLength', 'digit', 'letter', 'uppercase', 'symbol']);
  });

  it('counts code points (an emoji is one character) and any script', () => {
    expect(checkPasswordRules('😀😀😀😀😀😀😀', { ...all, minLength: 8 })[0]).toEqual({ rule: 'minLength', isMet: false });
    expect(checkPasswordRules('Пароль٣', all).filter((r) => r.isMet).map((r) => r.rule)).toEqual(['letter', 'uppercase']);
  });
});
