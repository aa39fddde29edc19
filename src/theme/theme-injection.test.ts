/**
 * Issue 10: theme values can't inject CSS. A theme's values go into the root's `style`
 * attribute (server HTML included), so `createTheme` refuses anything not valid for its
 * property, with a `ThemeValueError` naming the option.
 */
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createTheme, presets, ThemeValueError, type ThemeOptions } from '.';
import { ThemeRoot } from '../react/theme/theme-root';

const attacks: [string, ThemeOptions][] = [
  ['colors.primary', { colors: { primary: 'red; background: url(https://evil.example/x)' } }],
  ['colors.bg', { colors: { bg: '#fff}body{display:none' } }],
  ['darkColors.text', { darkColors: { text: 'white</style><script>alert(1)</script>' } }],
  ['colors.primary', { colors: { primary: 'not a colour at all' } }],
  ['radius', { radius: '4px; position: fixed' }],
  ['radius', { radius: '12 parsecs' }],
  ['radius', { radius: -4 }],
  ['spacing', { spacing: Number.NaN }],
  ['spacing', { spacing: '1rem}' }],
  ['font.body', { font: 'Inter; color: red' }],
  ['font.body', { font: { body: 'Inter, sans-serif; } * { display: none' } }],
  ['font.heading', { font: { heading: '"Unclosed, serif' } }],
  ['font.mono', { font: { mono: 'Menlo /* comment */' } }],
  ['vars.--b2s-card-width', { vars: { '--b2s-card-width': '30rem; background: red' } }],
  ['vars.--b2s-card-width', { vars: { '--b2s-card-width': 'url(https://evil.example/track)' } }],
  ['vars.--b2s-card-width', { vars: { '--b2s-card-width': '"open string' } }],
  ['vars.--b2s-card-width', { vars: { '--b2s-card-width': 'calc(1px' } }],
  ['vars.--b2s-card-width', { vars: { '--b2s-card-width': '\\3b color: red' } }],
  ['colorScheme', { colorScheme: 'dark; color: red' as 'dark' }],
  ['logo.src', { logo: { src: 'javascript:alert(1)', alt: 'Acme' } }],
  ['logo.src', { logo: { src: ' JAVA\tSCRIPT:alert(1)', alt: 'Acme' } }],
  ['logo.src', { logo: { src: 'data:text/html,<script>alert(1)</script>', alt: 'Acme' } }],
  ['logo.width', { logo: { src: '/logo.svg', alt: 'Acme', width: Number.POSITIVE_INFINITY } }],
];

describe('createTheme refuses values that could inject CSS or are not valid for their property', () => {
  it.each(attacks)('%s: %j', (option, options) => {
    let error: unknown;
    try {
      createTheme(options);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ThemeValueError);
    expect(error).toMatchObject({ name: 'ThemeValueError', option });
    expect((error as Error).message).toContain(option);
  });

  it('refuses a bad value added on top of a preset too', () => {
    expect(() => createTheme({ colors: { primary: 'red;x:y' } }, presets.midnight)).toThrow(ThemeValueError);
    // Names outside --b2s-* are refused as well (a typed cast can get them in).
    expect(() => createTheme({ vars: { '--b2s-x; color': 'red' } })).toThrow(ThemeValueError);
  });

  it('accepts every valid form: hex, rgb(), names, colour functions, var(), lengths, calc(), font stacks, data images', () => {
    const theme = createTheme({
      colors: { primary: '#0f766e', bg: 'white', text: 'rgb(17 24 39)', link: 'oklch(55% 0.2 250)', focus: 'var(--brand-focus)' },
      darkColors: { bg: '#0d1629cc', primary: 'color-mix(in oklab, #d9b24c 80%, white)' },
      radius: '0.75rem',
      spacing: 'calc(0.25rem + 1px)',
      font: { body: '"Iowan Old Style", Georgia, serif', heading: "'Inter Display', system-ui", mono: 'ui-monospace, Menlo' },
      vars: { '--b2s-card-width': '30rem', '--b2s-card-shadow': '0 1px 2px rgb(0 0 0 / 10%)', '--b2s-x-font': '"A, B", serif' },
      logo: { src: 'https://cdn.broker.example/logo.svg', alt: 'Broker', width: 32 },
    });
    expect(theme.style['--b2s-theme-radius']).toBe('0.75rem');
    expect(createTheme({ logo: { src: '/logo.png', alt: 'x' } }).logo?.src).toBe('/logo.png');
    expect(Object.keys(presets).length).toBeGreaterThan(0);
  });

  it('server HTML of a themed root holds only the theme’s declarations', () => {
    const html = renderToString(createElement(ThemeRoot, { theme: presets.midnight }, 'x'));
    const style = (/style="([^"]*)"/.exec(html)?.[1] ?? '').replace(/&quot;/g, '"').replace(/&#x27;/g, "'");
    expect(style).not.toMatch(/[{}<>]/);
    // Every declaration is a --b2s-* variable.
    for (const declaration of style.split(';').filter((d) => d.trim() !== '')) expect(declaration.trim()).toMatch(/^--b2s-[a-z0-9-]+:/);
  });
});
