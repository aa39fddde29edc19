import { useParts } from '../flow-ui';

// 24×24 outline glyphs drawn with `currentColor` (they follow the theme, dark mode and forced
// colours): an authenticator app (a clock-faced shield), a text message, an envelope, a key.
const paths = {
  authenticator: 'M12 3 4.5 6v5.5c0 4.4 3.1 8.3 7.5 9.5 4.4-1.2 7.5-5.1 7.5-9.5V6L12 3Zm0 5.5V12l2.5 1.5',
  sms: 'M4 5h16v11H9l-5 4V5Zm4 5h.01M12 10h.01M16 10h.01',
  email: 'M3.5 6h17v12h-17V6Zm0 .5L12 13l8.5-6.5',
  generic: 'M14.5 4a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11ZM10.6 13.4 4 20m2.5-2.5L9 20',
} as const;

/** Which glyph a second-factor method gets: by the server's `name`, generic for an admin-added one. */
export function methodGlyph(name: string): keyof typeof paths {
  if (name === 'google' || name === 'totp') return 'authenticator';
  if (name === 'sms' || name === 'phone') return 'sms';
  if (name === 'email') return 'email';
  return 'generic';
}

/** The icon of a second-factor method (decorative: the caption beside it names the method). */
export function MethodIcon({ name }: { name: string }) {
  const glyph = methodGlyph(name);
  return (
    <svg {...useParts()('method-icon')} data-variant={glyph} viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      <path d={paths[glyph]} fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
