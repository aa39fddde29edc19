import { describe, expect, it } from 'vitest';
import { createScrubber, MAX_SERVER_TEXT_LENGTH } from './scrub-secrets';

describe('createScrubber: an echoed secret is blanked in the forms servers echo it', () => {
  const password = 'Pa ss&<w0rd>!"é';
  const scrub = createScrubber([password, '123456', 'tok.EN-xyz']);
  it.each([
    ['as is', `wrong: ${password}`],
    ['upper case', `wrong: ${password.toUpperCase()}`],
    ['lower case', `wrong: ${password.toLowerCase()}`],
    ['URL-encoded', `wrong: ${encodeURIComponent(password)}`],
    ['URL-encoded, lower-case hex', `wrong: ${encodeURIComponent(password).toLowerCase()}`],
    ['form-encoded (+ for a space)', `wrong: ${new URLSearchParams({ p: password }).toString().slice(2)}`],
    ['HTML entities, named', 'wrong: Pa ss&amp;&lt;w0rd&gt;!&quot;é'],
    ['HTML entities, numeric', 'wrong: Pa&#32;ss&#38;&#60;w0rd&#62;&#33;&#34;&#233;'],
    ['HTML entities, hex', 'wrong: Pa&#x20;ss&#x26;&#x3C;w0rd&#x3E;&#x21;&#x22;&#xE9;'],
    ['without its space', 'wrong: Pass&<w0rd>!"é'],
    ['with spaces inside', 'wrong: P a s s & < w 0 r d > ! " é'],
  ])('%s', (_name, text) => {
    expect(scrub(text)).toBe('wrong: ***');
  });

  it.each([
    ['code 123456 expired', 'code *** expired'],
    ['code 123 456 expired', 'code *** expired'],
    ['code 123-456 expired', 'code 123-456 expired'],
    ['code 12345 expired', 'code 12345 expired'],
    ['Bearer TOK.en-XYZ revoked', 'Bearer *** revoked'],
    ['tok%2Een-xyz', '***'],
  ])('%s → %s', (text, expected) => {
    expect(scrub(text)).toBe(expected);
  });

  it('leaves text without secrets alone, and cuts absurdly long text', () => {
    expect(createScrubber([])('nothing to hide')).toBe('nothing to hide');
    expect(createScrubber(['   '])('nothing to hide')).toBe('nothing to hide');
    const long = createScrubber(['x'])('a'.repeat(10_000));
    expect(long).toHaveLength(MAX_SERVER_TEXT_LENGTH);
    expect(long.endsWith('…')).toBe(true);
  });

  it('a secret that contains another is blanked whole', () => {
    expect(createScrubber(['abc', 'xxabcxx'])('see xxabcxx')).toBe('see ***');
  });
});

describe('createScrubber on hostile input', () => {
  it('stays fast on megabytes and on runs that could make a regex backtrack', () => {
    const started = Date.now();
    createScrubber(['a+b', 'p a s s'])(`a${'+'.repeat(1_000_000)}`);
    createScrubber(['a+b'])(`a${' '.repeat(100_000)}`);
    createScrubber(['123456'])('1 '.repeat(1_000_000));
    expect(Date.now() - started).toBeLessThan(1000);
    expect(createScrubber(['a+b'])('x a+b y')).toBe('x *** y');
  });
});
