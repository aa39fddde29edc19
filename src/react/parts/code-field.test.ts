import { describe, expect, it } from 'vitest';
import { sanitizeCode } from './code-field';

describe('sanitizeCode', () => {
  it('keeps digits only, at most the length', () => {
    expect(sanitizeCode('123 456')).toBe('123456');
    expect(sanitizeCode('123-456-789')).toBe('123456');
    expect(sanitizeCode('a1b2', 4)).toBe('12');
  });

  it.each([
    ['۱۲۳ ۴۵۶', 'Persian'],
    ['١٢٣-٤٥٦', 'Arabic-Indic'],
    ['๑๒๓๔๕๖', 'Thai'],
    ['१२३४५६', 'Devanagari'],
    ['１２３４５６', 'full-width'],
    ['১২৩৪৫৬', 'Bengali'],
  ])('%s (%s digits) is 123456', (typed) => {
    expect(sanitizeCode(typed)).toBe('123456');
  });

  it('every zero and nine of those scripts maps to 0 and 9', () => {
    expect(sanitizeCode('۰۹٠٩๐๙०९０９')).toBe('090909');
    expect(sanitizeCode('۰۹٠٩๐๙०९０９', 10)).toBe('0909090909');
  });
});
