import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { contrastOf, contrastRatio, ensureContrast, mix, parseColor, readableForeground, toHex } from './color';

describe('colour math', () => {
  it('parses #rgb, #rrggbb and rgb(), and rejects the rest', () => {
    expect(parseColor('#fff')).toEqual({ r: 255, g: 255, b: 255 });
    expect(parseColor('#4F46E5')).toEqual({ r: 79, g: 70, b: 229 });
    expect(parseColor('rgb(1, 2, 3)')).toEqual({ r: 1, g: 2, b: 3 });
    expect(parseColor('rgb(1 2 3 / 50%)')).toEqual({ r: 1, g: 2, b: 3 });
    expect(parseColor('rebeccapurple')).toBeUndefined();
    expect(parseColor('var(--x)')).toBeUndefined();
  });

  it('computes WCAG contrast ratios', () => {
    expect(contrastOf('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrastOf('#fff', '#fff')).toBeCloseTo(1, 5);
    // A well-known reference pair: #767676 on white is the lightest grey passing 4.5:1.
    expect(contrastOf('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastOf('red', '#fff')).toBeUndefined();
  });

  it('round-trips hex', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffff }), (n) => {
        const hex = `#${n.toString(16).padStart(6, '0')}`;
        const rgb = parseColor(hex);
        expect(rgb && toHex(rgb)).toBe(hex);
      }),
    );
  });

  it('mixes in sRGB', () => {
    expect(toHex(mix({ r: 0, g: 0, b: 0 }, { r: 255, g: 255, b: 255 }, 0.5))).toBe('#808080');
  });

  it('picks a readable foreground for any background', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffff }), (n) => {
        const bg = { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
        // Black-or-white always reaches 4.5:1 against some choice; the near-black we use gets close.
        expect(contrastRatio(bg, readableForeground(bg))).toBeGreaterThanOrEqual(4.2);
      }),
    );
  });

  it('pushes a colour until it reaches the target contrast', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffff }), fc.constantFrom('#ffffff', '#151922', '#777777'), (n, bgHex) => {
        const color = { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
        const bg = parseColor(bgHex)!;
        expect(contrastRatio(ensureContrast(color, bg, 3), bg)).toBeGreaterThanOrEqual(3);
      }),
    );
  });
});
