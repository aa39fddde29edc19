import { afterEach, describe, expect, it, vi } from 'vitest';
import { chooseLocale, matchLocale, preferredLanguages } from './locales';

afterEach(() => vi.unstubAllGlobals());

describe('matchLocale', () => {
  it.each([
    ['ru-RU', 'ru'],
    ['es_MX', 'es'],
    ['DE-at', 'de'],
    ['pt', 'pt-BR'],
    ['pt-PT', 'pt-BR'],
    ['pt-br', 'pt-BR'],
    ['zh', 'zh-Hans'],
    ['zh-CN', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh-Hans-CN', 'zh-Hans'],
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-MO', 'zh-Hant'],
    ['zh-Hant', 'zh-Hant'],
    ['zh-hant-tw', 'zh-Hant'],
    ['iw', 'he'],
    ['iw-IL', 'he'],
    ['in', 'id'],
    ['fa-IR', 'fa'],
    ['ar-EG', 'ar'],
    ['en-XA', 'en'],
    ['ar-XB', 'ar'],
  ])('%s → %s', (tag, locale) => {
    expect(matchLocale(tag)).toBe(locale);
  });

  it('has no match for unshipped languages or junk', () => {
    expect(matchLocale('sv-SE')).toBeUndefined();
    expect(matchLocale('')).toBeUndefined();
    expect(matchLocale(undefined)).toBeUndefined();
    expect(matchLocale('zhx')).toBeUndefined();
  });
});

describe('chooseLocale', () => {
  it('an explicit locale wins over the browser; an unshipped one means English', () => {
    expect(chooseLocale('ru', ['de-DE'])).toBe('ru');
    expect(chooseLocale('sv', ['de-DE'])).toBe('en');
  });

  it('otherwise the first browser language a catalog covers, kept as a full canonical tag', () => {
    expect(chooseLocale(undefined, ['sv-SE', 'zh-tw', 'en'])).toBe('zh-TW');
    expect(chooseLocale(undefined, ['nb', 'pt-PT'])).toBe('pt-PT');
    expect(chooseLocale(undefined, ['fa_IR'])).toBe('fa-IR');
    expect(chooseLocale(undefined, ['sv', 'nb'])).toBe('en');
    expect(chooseLocale(undefined, [])).toBe('en');
  });

  it('an invalid explicit tag falls back to its catalog name instead of throwing', () => {
    expect(chooseLocale('de-DE-x-!!')).toBe('de');
  });

  it('reads navigator.languages, and nothing where there is no navigator (SSR)', () => {
    vi.stubGlobal('navigator', { languages: ['he-IL', 'en-US'], language: 'he-IL' });
    expect(preferredLanguages()).toEqual(['he-IL', 'en-US']);
    expect(chooseLocale()).toBe('he-IL');
    vi.stubGlobal('navigator', undefined);
    expect(preferredLanguages()).toEqual([]);
    expect(chooseLocale()).toBe('en');
    expect(chooseLocale('ja')).toBe('ja');
  });
});
