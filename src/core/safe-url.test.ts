import { describe, expect, it } from 'vitest';
import { safeUrl } from './safe-url';

describe('safeUrl: only http(s) and relative URLs (and data images for an <img>)', () => {
  it.each([
    'https://broker.example/forgot',
    'http://localhost:5173/forgot',
    'HTTPS://broker.example/',
    '/forgot',
    'forgot?x=1',
    '../forgot',
    '#forgot',
    '//broker.example/forgot',
    '',
  ])('accepts %s', (url) => {
    expect(safeUrl(url)).toBe(url);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    '\u0001javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:image/svg+xml,<svg/>',
    'file:///etc/passwd',
    'blob:https://broker.example/x',
  ])('refuses %s', (url) => {
    expect(safeUrl(url)).toBeUndefined();
  });

  it('accepts data images only for images, and never data: HTML', () => {
    expect(safeUrl('data:image/svg+xml,%3Csvg%2F%3E', { image: true })).toBe('data:image/svg+xml,%3Csvg%2F%3E');
    expect(safeUrl('data:image/png;base64,AAAA', { image: true })).toBe('data:image/png;base64,AAAA');
    expect(safeUrl('data:text/html,<script>alert(1)</script>', { image: true })).toBeUndefined();
    expect(safeUrl('javascript:alert(1)', { image: true })).toBeUndefined();
    expect(safeUrl(undefined)).toBeUndefined();
  });
});
