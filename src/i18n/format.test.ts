import { describe, expect, it } from 'vitest';
import { format, formatDuration } from './format';

describe('format', () => {
  const wait = 'Wait {n, plural, one {# second} other {# seconds}}.';

  it('picks the plural form through Intl.PluralRules', () => {
    expect(format(wait, { n: 1 }, 'en')).toBe('Wait 1 second.');
    expect(format(wait, { n: 30 }, 'en')).toBe('Wait 30 seconds.');
    const ru = '{n, plural, one {# секунду} few {# секунды} many {# секунд} other {# секунды}}';
    expect([1, 2, 5, 21, 22, 25].map((n) => format(ru, { n }, 'ru'))).toEqual([
      '1 секунду', '2 секунды', '5 секунд', '21 секунду', '22 секунды', '25 секунд',
    ]);
    const ar = '{n, plural, zero {# ثانية} one {ثانية واحدة} two {ثانيتين} few {# ثوانٍ} many {# ثانية} other {# ثانية}}';
    expect(format(ar, { n: 2 }, 'ar')).toBe('ثانيتين');
    expect(format(ar, { n: 3 }, 'ar')).toBe('3 ثوانٍ');
  });

  it('falls back to `other`, and leaves a plural whose count is missing or not a number', () => {
    expect(format('{n, plural, other {# 秒}}', { n: 1 }, 'ja')).toBe('1 秒');
    expect(format(wait, {}, 'en')).toBe(wait);
    expect(format(wait, { n: 'many' }, 'en')).toBe(wait);
  });

  it('writes numbers in the locale’s digits, strings as they are', () => {
    expect(format('{n} / {ip}', { n: 45, ip: '203.0.113.7' }, 'fa')).toBe('۴۵ / 203.0.113.7');
    expect(format('{n}', { n: 45 }, 'ar-EG')).toBe('٤٥');
    expect(format('{n, plural, one {# ثانیه} other {# ثانیه}}', { n: 30 }, 'fa')).toBe('۳۰ ثانیه');
    expect(format('{n}', { n: 1200 }, 'de')).toBe('1.200');
  });

  it('fills placeholders and leaves unknown ones; no vars, no change', () => {
    expect(format('Try again in {time}.', { time: '9:58' })).toBe('Try again in 9:58.');
    expect(format('{a} and {b}', { a: 'x' })).toBe('x and {b}');
    expect(format('{a, plural, other {#}}')).toBe('{a, plural, other {#}}');
  });

  it('fills only own keys: a placeholder named like an Object.prototype member stays as written', () => {
    expect(format('{constructor} {toString} {__proto__} {hasOwnProperty}', {})).toBe('{constructor} {toString} {__proto__} {hasOwnProperty}');
    expect(format('{constructor, plural, other {# x}}', {}, 'en')).toBe('{constructor, plural, other {# x}}');
    // JSON.parse makes `__proto__` an own key (an object literal would set the prototype instead).
    const vars = JSON.parse('{"constructor": "c", "__proto__": "p"}') as Record<string, string>;
    expect(format('{constructor} {__proto__}', vars)).toBe('c p');
    expect(format('{constructor, plural, one {# item} other {# items}}', { constructor: 2 }, 'en')).toBe('2 items');
  });
});

describe('formatDuration', () => {
  it('m:ss, or h:mm:ss from an hour, in the locale’s digits', () => {
    expect(formatDuration(299)).toBe('4:59');
    expect(formatDuration(65, 'en')).toBe('1:05');
    expect(formatDuration(3725, 'en')).toBe('1:02:05');
    expect(formatDuration(299, 'fa')).toBe('۴:۵۹');
    expect(formatDuration(600, 'ar-EG')).toBe('١٠:٠٠');
    expect(formatDuration(36_000, 'de')).toBe('10:00:00');
  });

  it('rounds a fraction up and clamps what is not a positive number to 0:00', () => {
    expect(formatDuration(119.2)).toBe('2:00');
    expect(formatDuration(0.1)).toBe('0:01');
    expect(formatDuration(-5)).toBe('0:00');
    expect(formatDuration(Number.NaN)).toBe('0:00');
  });
});
