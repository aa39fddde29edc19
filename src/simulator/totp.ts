import { hmacSha1 } from './sha1';

const BASE32_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/**
 * Decodes RFC 4648 base32 (case-insensitive; spaces, dashes and `=` padding ignored).
 * Throws on any other character, so a mistyped secret fails loudly.
 */
export function base32Decode(text: string): Uint8Array {
  const clean = text.toUpperCase().replace(/[\s=-]/g, '');
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const char of clean) {
    const value = BASE32_ALPHABET.indexOf(char);
    if (value < 0) throw new Error('Invalid base32 character in TOTP secret');
    buffer = ((buffer << 5) | value) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >>> bits) & 0xff);
    }
  }
  return Uint8Array.from(bytes);
}

/** HOTP (RFC 4226): the `digits`-digit code for `counter` under `key`. */
export function hotp(key: Uint8Array, counter: number, digits = 6): string {
  const message = new Uint8Array(8);
  const view = new DataView(message.buffer);
  // Counters beyond 2^32 (far future times) still encode correctly as a 64-bit big-endian value.
  view.setUint32(0, Math.floor(counter / 0x100000000));
  view.setUint32(4, counter >>> 0);
  const mac = hmacSha1(key, message);
  const offset = mac[19]! & 0x0f;
  const binary =
    ((mac[offset]! & 0x7f) << 24) | (mac[offset + 1]! << 16) | (mac[offset + 2]! << 8) | mac[offset + 3]!;
  return String(binary % 10 ** digits).padStart(digits, '0');
}

/** The TOTP time step, in seconds (RFC 6238 default, and what Google Authenticator uses). */
export const TOTP_STEP_SECONDS = 30;

const counterAt = (timeMs: number): number => Math.floor(timeMs / 1000 / TOTP_STEP_SECONDS);

/**
 * The RFC 6238 TOTP code (HMAC-SHA1, 6 digits, 30-second step) for a base32 secret at a time.
 * Synchronous and dependency-free: tests and e2e suites compute the code a person would read
 * from Google Authenticator.
 *
 * @example
 * ```ts
 * import { GOOGLE_TOTP_SECRET, totp } from 'b2core-sign-in/simulator';
 * const code = totp(GOOGLE_TOTP_SECRET, Date.now()); // e.g. "492039"
 * ```
 */
export function totp(secretBase32: string, timeMs: number): string {
  return hotp(base32Decode(secretBase32), counterAt(timeMs));
}

/** Whether `code` is the TOTP of `secretBase32` at `timeMs`, give or take `driftSteps` steps. */
export function verifyTotp(secretBase32: string, code: string, timeMs: number, driftSteps = 1): boolean {
  const key = base32Decode(secretBase32);
  const counter = counterAt(timeMs);
  for (let delta = -driftSteps; delta <= driftSteps; delta++) {
    if (counter + delta >= 0 && hotp(key, counter + delta) === code) return true;
  }
  return false;
}
