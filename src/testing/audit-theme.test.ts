import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTheme, defaultTheme, presets, type Theme } from '../theme';
import { textPairs } from '../theme/contrast';
import { auditTheme } from './audit-theme';

afterEach(() => vi.restoreAllMocks());

describe('auditTheme', () => {
  it('measures every text pair of both schemes; the default theme and the presets pass', () => {
    for (const theme of [defaultTheme, ...Object.values(presets)]) {
      const audit = auditTheme(theme);
      expect(audit.pairs).toHaveLength(textPairs.length * 2);
      expect(audit.pairs.filter((pair) => pair.scheme === 'dark')).toHaveLength(textPairs.length);
      expect(audit, theme.name).toMatchObject({ theme: theme.name, failures: [], passes: true });
      for (const pair of audit.pairs) expect(pair.ratio).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('reports a pale text colour in light and a dark one in dark, with the colours and ratios', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const theme = createTheme({ name: 'washed', colors: { text: '#aaaaaa' }, darkColors: { muted: '#333333' } });
    const audit = auditTheme(theme);
    expect(audit.passes).toBe(false);
    expect(audit.failures).toEqual([
      expect.objectContaining({ scheme: 'light', foreground: 'text', background: 'bg', foregroundColor: '#aaaaaa', minimum: 4.5, passes: false }),
      expect.objectContaining({ scheme: 'dark', foreground: 'muted', background: 'bg', foregroundColor: '#333333', passes: false }),
    ]);
    expect(audit.failures[0]?.ratio).toBeCloseTo(2.32, 1);
  });

  it('is the same measure as the development warning (one implementation)', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const theme = createTheme({ name: 'washed', colors: { text: '#aaaaaa' } });
    const [failure] = auditTheme(theme).failures;
    expect(String(warn.mock.calls[0]?.[0])).toContain(`light text on bg: ${failure?.ratio}:1 (needs 4.5:1)`);
  });

  it('counts a colour it cannot measure (a CSS variable) as a failure, not a pass', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const audit = auditTheme(createTheme({ colors: { link: 'var(--brand-link)' } }));
    expect(audit.failures).toEqual([expect.objectContaining({ scheme: 'light', foreground: 'link', ratio: null, passes: false })]);
  });

  it('refuses what is not a theme with a clear error', () => {
    expect(() => auditTheme({ colors: { primary: '#000' } } as unknown as Theme)).toThrow('auditTheme expects a theme made by createTheme()');
    expect(() => auditTheme(undefined as unknown as Theme)).toThrow(TypeError);
  });
});
