import { describe, expect, it } from 'vitest';
import { createTheme } from '../theme';
import { presets } from '../theme/presets';
import { attributeProps, colorSchemeOf, resolveTheme, type SignInAttribute } from './attributes';

const from = (attributes: Partial<Record<SignInAttribute, string>>) => attributeProps((name) => attributes[name] ?? null);

describe('attributeProps', () => {
  it('maps the attributes to the flow props', () => {
    expect(
      from({
        'base-url': 'https://my.broker.com',
        locale: 'de',
        dir: 'rtl',
        'forgot-password-url': '/forgot',
        'timeout-ms': '5000',
        'resend-cooldown-seconds': '45',
        'allow-framing': '',
        'no-qr': '',
      }),
    ).toEqual({
      baseUrl: 'https://my.broker.com',
      locale: 'de',
      dir: 'rtl',
      forgotPasswordUrl: '/forgot',
      timeoutMs: 5000,
      resendCooldownSeconds: 45,
      allowFraming: true,
      hasNoQr: true,
    });
  });

  it('defaults: same origin, the flow defaults, booleans off', () => {
    expect(from({})).toEqual({
      baseUrl: '',
      locale: undefined,
      dir: undefined,
      forgotPasswordUrl: undefined,
      timeoutMs: undefined,
      resendCooldownSeconds: undefined,
      allowFraming: false,
      hasNoQr: false,
    });
  });

  it.each(['', 'abc', '-5', '0', 'Infinity', 'NaN'])('ignores the number %j', (value) => {
    expect(from({ 'timeout-ms': value, 'resend-cooldown-seconds': value })).toMatchObject({ timeoutMs: undefined, resendCooldownSeconds: undefined });
  });

  it('ignores an unknown dir', () => {
    expect(from({ dir: 'auto' }).dir).toBeUndefined();
  });
});

describe('resolveTheme', () => {
  it('a theme object property wins over the attribute', () => {
    const theme = createTheme({ colors: { primary: '#b91c1c' } });
    expect(resolveTheme(theme, 'meadow')).toBe(theme);
  });

  it('a preset name, from the property or the attribute', () => {
    expect(resolveTheme('midnight', 'meadow')).toBe(presets.midnight);
    expect(resolveTheme(undefined, 'meadow')).toBe(presets.meadow);
  });

  it('an unknown name, or an inherited key, is no theme', () => {
    expect(resolveTheme(undefined, 'nope')).toBeUndefined();
    expect(resolveTheme('toString', null)).toBeUndefined();
    expect(resolveTheme(undefined, '__proto__')).toBeUndefined();
    expect(resolveTheme(undefined, null)).toBeUndefined();
  });
});

describe('colorSchemeOf', () => {
  it('forces light or dark only', () => {
    expect(colorSchemeOf('dark')).toBe('dark');
    expect(colorSchemeOf('light')).toBe('light');
    expect(colorSchemeOf('system')).toBeUndefined();
    expect(colorSchemeOf(null)).toBeUndefined();
  });
});
