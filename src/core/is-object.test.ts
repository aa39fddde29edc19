import { describe, expect, it } from 'vitest';
import { isObject } from './is-object';

describe('isObject', () => {
  it('accepts records, whatever their prototype', () => {
    expect(isObject({})).toBe(true);
    expect(isObject({ a: 1 })).toBe(true);
    expect(isObject(Object.create(null))).toBe(true);
  });

  it('rejects null, arrays and primitives', () => {
    for (const value of [null, undefined, [], [1], 'x', 1, true, () => {}]) expect(isObject(value)).toBe(false);
  });
});
