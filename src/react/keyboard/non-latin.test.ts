import { describe, expect, it } from 'vitest';
import { hasNonLatinLetter, isLetterKey } from './non-latin';

describe('hasNonLatinLetter', () => {
  it.each([
    ['привет', 'Cyrillic'],
    ['clientу@example.com', 'one Cyrillic letter in Latin text'],
    ['مرحبا', 'Arabic'],
    ['سلام', 'Persian (Arabic script)'],
    ['שלום', 'Hebrew'],
    ['γεια', 'Greek'],
    ['你好', 'Han'],
    ['こんにちは', 'Hiragana'],
    ['안녕', 'Hangul'],
    ['สวัสดี', 'Thai'],
    ['\u0e35', 'a Thai vowel sign alone (a mark, not a letter)'],
    ['नमस्ते', 'Devanagari'],
    ['ｃｌｉｅｎｔ', 'full-width Latin (an IME in full-width mode)'],
    ['＠', 'a full-width at sign'],
  ])('%s (%s) is another layout', (text) => {
    expect(hasNonLatinLetter(text)).toBe(true);
  });

  it.each([
    ['client@example.com', 'ASCII'],
    ['josé.müller@exämple.com', 'Latin with diacritics'],
    ['e\u0301', 'a Latin letter with a combining accent'],
    ['Ærøskøbing', 'Nordic Latin'],
    ['١٢٣ 123 ۱۲۳', 'digits of any script'],
    ['!#$%&*+-/=?^_`{|}~.,;: ', 'punctuation and symbols'],
    ['€£¥', 'currency signs'],
    ['', 'nothing'],
  ])('%s (%s) is Latin', (text) => {
    expect(hasNonLatinLetter(text)).toBe(false);
  });
});

describe('isLetterKey', () => {
  it('is one letter, not a named key, a digit or a symbol', () => {
    expect(['a', 'Z', 'п', 'ش', 'ก', '\u0e35', 'ｍ'].every(isLetterKey)).toBe(true);
    expect(['Shift', 'CapsLock', 'Enter', 'Backspace', 'Dead', '1', '@', ' ', ''].some(isLetterKey)).toBe(false);
  });
});
