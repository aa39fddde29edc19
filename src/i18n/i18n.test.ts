import { describe, expect, it } from 'vitest';
import { serverErrorCodes } from '../core/client/server-codes';
import type { FlowError } from '../core/flow/types';
import { baseLocale, directionOf, en, errorMessage, format, loadMessages, peekMessages, supportedLocales } from '.';
import type { MessageKey } from '.';
import { aids } from './en/aids';

/** Argument names: `{name}` and ICU `{name, plural, …}`. */
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((m) => m[1]).sort();
/** The plural categories a message spells out, per plural argument. */
const pluralForms = (text: string) => [...text.matchAll(/\{\w+, plural,((?:\s*\w+ \{[^{}]*\})+)\s*\}/g)].map((m) => [...(m[1] ?? '').matchAll(/(\w+) \{/g)].map((b) => b[1]));
/** The categories whole numbers fall into in `locale` (`ru`: one, few, many). */
const integerCategories = (locale: string) => {
  const rules = new Intl.PluralRules(locale);
  return [...new Set(Array.from({ length: 1000 }, (_, n) => rules.select(n)))].sort();
};
/** Words that stay as in English in a language (loanwords a bank's page uses as they are). */
const loanwords: Record<string, string[]> = { it: ['field.email', 'field.password'], id: ['field.email'], vi: ['field.email'] };

describe('catalogs', () => {
  const keys = Object.keys(en).sort();

  it.each(supportedLocales.filter((l) => l !== 'en'))('%s has every key, no extra key, same placeholders', async (locale) => {
    const messages = await loadMessages(locale);
    expect(Object.keys(messages).sort()).toEqual(keys);
    for (const key of keys as MessageKey[]) {
      expect(messages[key].trim(), `${locale} ${key}`).not.toBe('');
      expect(placeholders(messages[key]), `${locale} ${key}`).toEqual(placeholders(en[key]));
    }
  });

  it.each(supportedLocales)('%s plurals name only its own categories, with `other`, covering every whole number', async (locale) => {
    const messages = await loadMessages(locale);
    const own = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    let plurals = 0;
    for (const key of Object.keys(en) as MessageKey[]) {
      for (const forms of pluralForms(messages[key])) {
        plurals += 1;
        expect(forms, `${locale} ${key}`).toContain('other');
        expect(own, `${locale} ${key}`).toEqual(expect.arrayContaining(forms));
        expect([...forms, 'other'], `${locale} ${key}`).toEqual(expect.arrayContaining(integerCategories(locale)));
      }
    }
    // Every catalog writes its count messages as plurals, as English does.
    expect(plurals).toBe(Object.values(en).filter((m) => m.includes(', plural,')).length);
  });

  it('translations are real: none is the English text (loanwords aside)', async () => {
    for (const locale of supportedLocales.filter((l) => l !== 'en')) {
      const messages = await loadMessages(locale);
      const same = (Object.keys(en) as MessageKey[]).filter((k) => messages[k] === en[k] && !loanwords[locale]?.includes(k));
      expect(same, locale).toEqual([]);
    }
  });

  it('ships at least 24 locales, each written in its own script', async () => {
    expect(supportedLocales.length).toBeGreaterThanOrEqual(24);
    const scripts: Partial<Record<string, RegExp>> = {
      ru: /\p{Script=Cyrillic}/u, uk: /\p{Script=Cyrillic}/u, ar: /\p{Script=Arabic}/u, fa: /\p{Script=Arabic}/u,
      he: /\p{Script=Hebrew}/u, th: /\p{Script=Thai}/u, hi: /\p{Script=Devanagari}/u, ko: /\p{Script=Hangul}/u,
      ja: /\p{Script=Katakana}/u, 'zh-Hans': /\p{Script=Han}/u, 'zh-Hant': /\p{Script=Han}/u,
    };
    for (const [locale, script] of Object.entries(scripts)) {
      expect((await loadMessages(locale))['credentials.forgot'], locale).toMatch(script!);
    }
    // Simplified and Traditional differ where the characters do.
    expect((await loadMessages('zh-Hans'))['field.password']).toBe('密码');
    expect((await loadMessages('zh-Hant'))['field.password']).toBe('密碼');
  });

  it('keyboard-aid and maintenance translations are real: none is the English text', async () => {
    for (const locale of ['ru', 'es', 'ar']) {
      const messages = await loadMessages(locale);
      const same = (Object.keys(aids) as MessageKey[]).filter((k) => messages[k] === en[k]);
      expect(same, locale).toEqual([]);
    }
  });

  it('the accessible names the tests rely on are the English defaults', () => {
    expect([en['field.email'], en['field.password'], en['field.code'], en['field.newPassword'], en['field.confirmPassword']]).toEqual([
      'Email',
      'Password',
      'Verification code',
      'New password',
      'Confirm new password',
    ]);
    expect([en['credentials.submit'], en['chooseFactor.submit'], en['verifyCode.resend'], en['verifyCode.anotherMethod']]).toEqual([
      'Sign in',
      'Continue',
      'Resend code',
      'Use another method',
    ]);
  });
});

describe('loader', () => {
  it('maps regional tags to the base locale and unknown ones to English', async () => {
    expect(baseLocale('ru-RU')).toBe('ru');
    expect(baseLocale('es_MX')).toBe('es');
    expect(baseLocale('sv')).toBe('en');
    expect(await loadMessages('sv-SE')).toBe(en);
    expect((await loadMessages('de-AT'))['credentials.submit']).toBe('Anmelden');
    const ar = await loadMessages('ar-EG');
    expect(ar['credentials.submit']).toBe('تسجيل الدخول');
    expect(peekMessages('ar')).toBe(ar);
  });

  it('direction comes from the locale', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('ar-SA')).toBe('rtl');
    expect(directionOf('he')).toBe('rtl');
    expect(directionOf('fa-IR')).toBe('rtl');
    expect(directionOf('ar-XB')).toBe('rtl');
    expect(directionOf('en-XA')).toBe('ltr');
    expect(directionOf('ru')).toBe('ltr');
    expect(directionOf(undefined)).toBe('ltr');
  });

  it('format fills placeholders and leaves unknown ones', () => {
    expect(format('Try again in {time}.', { time: '9:58' })).toBe('Try again in 9:58.');
    expect(format('{a} and {b}', { a: 1 })).toBe('1 and {b}');
    expect(format('plain')).toBe('plain');
  });
});

describe('errorMessage', () => {
  const t = (key: MessageKey) => en[key];
  const error = (patch: Partial<FlowError>): FlowError => ({
    kind: 'http',
    status: 400,
    serverCode: null,
    serverMessage: null,
    details: [],
    retryAfterSeconds: null,
    ...patch,
  });

  it('maps a known server code to our message, never the server text', () => {
    expect(errorMessage(error({ serverCode: serverErrorCodes.invalidCredentials, serverMessage: 'User not found' }), t)).toBe(
      'The email or password is incorrect.',
    );
  });

  it('falls back to the server text for an unknown code, then to a message by kind and status', () => {
    expect(errorMessage(error({ serverCode: 9999, serverMessage: 'Konto gesperrt' }), t)).toBe('Konto gesperrt');
    expect(errorMessage(error({ serverCode: 9999 }), t)).toBe(en['error.unexpected']);
    expect(errorMessage(error({ status: 502 }), t)).toBe(en['error.server']);
    expect(errorMessage(error({ kind: 'network', status: null }), t)).toBe(en['error.network']);
    expect(errorMessage(error({ kind: 'timeout', status: null }), t)).toBe(en['error.timeout']);
    expect(errorMessage(error({ kind: 'invalid-response', status: 200 }), t)).toBe(en['error.invalidResponse']);
  });
});
