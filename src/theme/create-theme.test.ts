import { afterEach, describe, expect, it, vi } from 'vitest';
import { contrastOf } from './color';
import { auditContrast } from './contrast';
import { createTheme, darkPalette, defaultTheme, lightPalette, paletteKeys, presets } from '.';

afterEach(() => vi.restoreAllMocks());

describe('createTheme', () => {
  it('the default theme sets no variables: the stylesheet defaults apply', () => {
    expect(defaultTheme.style).toEqual({});
    expect(defaultTheme.colorScheme).toBe('system');
    expect(defaultTheme.light).toEqual(lightPalette);
    expect(defaultTheme.dark).toEqual(darkPalette);
  });

  it('derives a usable palette from a brand colour alone', () => {
    const theme = createTheme({ colors: { primary: '#0f766e' } });
    for (const palette of [theme.light, theme.dark]) {
      expect(contrastOf(palette.primaryFg, palette.primary)).toBeGreaterThanOrEqual(4.5);
      expect(contrastOf(palette.link, palette.bg)).toBeGreaterThanOrEqual(4.5);
      expect(contrastOf(palette.focus, palette.bg)).toBeGreaterThanOrEqual(3);
      expect(palette.primaryHover).not.toBe(palette.primary);
      expect(palette.primaryActive).not.toBe(palette.primaryHover);
    }
    expect(theme.light.primary).toBe('#0f766e');
    // Teal is too dark for a dark card: the dark scheme lightens it to stand out.
    expect(contrastOf(theme.dark.primary, theme.dark.bg)).toBeGreaterThanOrEqual(3);
    expect(theme.style['--b2s-light-primary']).toBe('#0f766e');
    expect(theme.style['--b2s-light-primary-hover']).toMatch(/^#[0-9a-f]{6}$/);
    expect(theme.style['--b2s-dark-primary']).toBe(theme.dark.primary);
  });

  it('a light brand colour gets dark text on its buttons', () => {
    const theme = createTheme({ colors: { primary: '#facc15' } });
    expect(contrastOf(theme.light.primaryFg, '#ffffff')).toBeGreaterThan(contrastOf(theme.light.primaryFg, '#000000')!);
    expect(contrastOf(theme.light.primaryFg, theme.light.primary)).toBeGreaterThanOrEqual(4.5);
    expect(contrastOf(theme.light.link, theme.light.bg)).toBeGreaterThanOrEqual(4.5);
  });

  it('explicit overrides beat derived colours', () => {
    const theme = createTheme({ colors: { primary: '#0f766e', primaryHover: '#123456', primaryFg: '#fefefe' } });
    expect(theme.light.primaryHover).toBe('#123456');
    expect(theme.light.primaryFg).toBe('#fefefe');
  });

  it('a new background derives surfaces, borders and muted text that still read', () => {
    const theme = createTheme({ colors: { bg: '#fff8ee', text: '#2b1a05' } });
    expect(theme.light.surface).not.toBe(lightPalette.surface);
    expect(contrastOf(theme.light.muted, theme.light.bg)).toBeGreaterThanOrEqual(4.5);
    expect(contrastOf(theme.light.borderStrong, theme.light.bg)).toBeGreaterThanOrEqual(3);
  });

  it('maps radius, spacing, fonts and extra variables', () => {
    const theme = createTheme({ radius: 0, spacing: 5, font: { body: 'Inter', mono: 'Menlo' }, vars: { '--b2s-card-width': '30rem' } });
    expect(theme.style).toMatchObject({
      '--b2s-theme-radius': '0px',
      '--b2s-theme-space': '5px',
      '--b2s-theme-font': 'Inter',
      '--b2s-theme-font-mono': 'Menlo',
      '--b2s-card-width': '30rem',
    });
    expect(createTheme({ font: 'Georgia' }).style).toMatchObject({
      '--b2s-theme-font': 'Georgia',
      '--b2s-theme-font-heading': 'Georgia',
    });
  });

  it('a forced scheme writes its palette into both slots and sets the scheme', () => {
    const dark = createTheme({ colorScheme: 'dark' });
    expect(dark.style['--b2s-theme-scheme']).toBe('dark');
    for (const key of paletteKeys) {
      const kebab = key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
      expect(dark.style[`--b2s-light-${kebab}`]).toBe(darkPalette[key]);
    }
    const light = createTheme({ colorScheme: 'light' });
    expect(light.style['--b2s-theme-scheme']).toBe('light');
    expect(light.style['--b2s-dark-bg']).toBe(lightPalette.bg);
  });

  it('extends a base theme, merging nested maps', () => {
    const base = createTheme({ colors: { primary: '#0f766e' }, radius: 12 });
    const next = createTheme({ colors: { danger: '#b91c1c' }, colorScheme: 'dark' }, base);
    expect(next.light.primary).toBe('#0f766e');
    expect(next.light.danger).toBe('#b91c1c');
    expect(next.style['--b2s-theme-radius']).toBe('12px');
    expect(next.colorScheme).toBe('dark');
  });
});

describe('contrast warning', () => {
  it('warns in development when text on background falls under 4.5:1', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    createTheme({ name: 'washed', colors: { text: '#9ca3af', bg: '#ffffff' } });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/theme "washed".*light text on bg: 2\.54:1 \(needs 4\.5:1\)/);
  });

  it('stays quiet for good themes and in production', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    createTheme({ colors: { primary: '#0f766e' } });
    expect(warn).not.toHaveBeenCalled();
    vi.stubEnv('NODE_ENV', 'production');
    try {
      createTheme({ colors: { text: '#eeeeee' } });
    } finally {
      vi.unstubAllEnvs();
    }
    expect(warn).not.toHaveBeenCalled();
  });

  it('audits both schemes of every preset clean', () => {
    for (const preset of Object.values(presets)) {
      expect(auditContrast(preset.light, 'light'), preset.name).toEqual([]);
      expect(auditContrast(preset.dark, 'dark'), preset.name).toEqual([]);
    }
  });
});

describe('presets', () => {
  it('differ in colour, radius, font and logo', () => {
    const { midnight, meadow } = presets;
    expect(new Set([defaultTheme.light.primary, midnight.light.primary, meadow.light.primary]).size).toBe(3);
    expect(midnight.style['--b2s-theme-radius']).not.toBe(meadow.style['--b2s-theme-radius']);
    expect(midnight.style['--b2s-theme-font']).not.toBe(meadow.style['--b2s-theme-font']);
    expect(midnight.logo?.src).toMatch(/^data:image\/svg\+xml,/);
    expect(meadow.logo?.alt).toBe('Meadow Pay');
  });
});
