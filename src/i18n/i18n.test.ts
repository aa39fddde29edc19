import { describe, expect, it } from 'vitest';
import { serverErrorCodes } from '../core/client/server-codes';
import type { FlowError } from '../core/flow/types';
import { baseLocale, directionOf, en, errorMessage, format, loadMessages, peekMessages, supportedLocales } from '.';
import type { MessageKey } from '.';
import { aids } from './en/aids';
import { flow } from './en/flow';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

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

  it('flow translations are real: none is the English text', async () => {
    for (const locale of ['ru', 'es', 'ar']) {
      const messages = await loadMessages(locale);
      const same = (Object.keys(flow) as MessageKey[]).filter((k) => messages[k] === en[k]);
      expect(same, locale).toEqual([]);
    }
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
    expect(baseLocale('de')).toBe('en');
    expect(await loadMessages('de-DE')).toBe(en);
    const ar = await loadMessages('ar-EG');
    expect(ar['credentials.submit']).toBe('تسجيل الدخول');
    expect(peekMessages('ar')).toBe(ar);
  });

  it('direction comes from the locale', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('ar-SA')).toBe('rtl');
    expect(directionOf('he')).toBe('rtl');
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
