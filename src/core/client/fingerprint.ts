/**
 * The device fingerprint B2Core asks for: Base64 of UTF-8 JSON that must contain `user_agent`.
 * Only stable fields, so every request of a tab (and usually every tab) sends the same value.
 */

let memo: string | undefined;

/** UTF-8-safe Base64: `btoa` only ever sees bytes, never raw unicode. */
export function base64Utf8(value: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(value)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * The device fingerprint, computed once per tab. Safe where there is no `window` or
 * `navigator` (SSR): `user_agent` is then `'unknown'`.
 *
 * @example
 * ```ts
 * JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(getDeviceFingerprint()), (c) => c.charCodeAt(0))));
 * // { user_agent: 'Mozilla/5.0 ...', language: 'en-GB', timezone: 'Europe/London', screen: '1920x1080', platform: 'MacIntel' }
 * ```
 */
export function getDeviceFingerprint(): string {
  if (memo) return memo;
  const nav = typeof navigator === 'undefined' ? undefined : navigator;
  const screen = typeof window === 'undefined' ? undefined : window.screen;
  let timezone = 'unknown';
  try {
    timezone = Intl.DateTimeFormat().resolvedOptions().timeZone || timezone;
  } catch {
    // Intl without time zone data: keep 'unknown'.
  }
  memo = base64Utf8(
    JSON.stringify({
      user_agent: nav?.userAgent || 'unknown',
      language: nav?.language || 'unknown',
      timezone,
      screen: screen ? `${screen.width}x${screen.height}x${screen.colorDepth}` : 'unknown',
      platform: nav?.platform || 'unknown',
    }),
  );
  return memo;
}
