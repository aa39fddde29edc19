import { describe, expect, it } from 'vitest';
import { en, type MessageKey } from '../i18n';
import { createTranslator, translateIssue } from './flow-ui';

describe('createTranslator', () => {
  const t = createTranslator(en, { 'credentials.forgot': 'Lost it? {n, plural, one {# try} other {# tries}} left' }, 'en');

  it('prefers the host override, then the catalog, and formats through the one formatter', () => {
    expect(t('credentials.forgot', { n: 2 })).toBe('Lost it? 2 tries left');
    expect(t('error.network')).toBe(en['error.network']);
  });

  it('never reads a key inherited from Object.prototype', () => {
    for (const key of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(t(key as MessageKey)).toBe(key);
    }
  });
});

describe('translateIssue', () => {
  const t = createTranslator(en);

  it('translates catalog keys and shows any other text as it is', () => {
    expect(translateIssue(t, 'error.network')).toBe(en['error.network']);
    expect(translateIssue(t, 'Too short')).toBe('Too short');
    expect(translateIssue(t, undefined)).toBeUndefined();
  });

  it('treats a prototype name as text, not as a key', () => {
    expect(translateIssue(t, 'constructor')).toBe('constructor');
    expect(translateIssue(t, 'toString')).toBe('toString');
  });
});
