/**
 * Reads a QR channel id out of what reached the approving phone: a scanned or pasted link
 * (`https://portal.example/approve?channel=<id>`) or a bare id (the panel's default QR value).
 * Strict on purpose: approving is a security decision, so anything unexpected is refused with
 * a reason rather than guessed at.
 */

/**
 * The shape of a channel id we accept: 8–128 letters, digits, `-` or `_` (UUIDs, hex and
 * base64url ids all fit). Anything else (spaces, slashes, `?`, markup) is not a channel.
 */
export const channelIdPattern = /^[A-Za-z0-9][A-Za-z0-9_-]{7,127}$/;

/** Why an input was refused: not a channel at all, or a link from an origin we do not trust. */
export type ChannelInputError = 'invalid' | 'foreign-origin';

/** The result of `parseChannelInput`. */
export type ChannelInput = { ok: true; channelId: string } | { ok: false; error: ChannelInputError };

/** Options of `parseChannelInput`. */
export interface ParseChannelInputOptions {
  /**
   * Origins whose links are accepted (e.g. `['https://portal.example']`), besides `pageOrigin`.
   * Only `http:`/`https:` links are ever accepted.
   */
  allowedOrigins?: readonly string[];
  /** The approving page's own origin (same-origin links are accepted). Default: `location.origin`. */
  pageOrigin?: string | null;
}

/** Longer than any link a QR of this kind carries: refused before it is parsed. */
const MAX_INPUT_LENGTH = 2048;

/**
 * Extracts the channel id from a link or a bare id.
 *
 * @example
 * ```ts
 * parseChannelInput('https://portal.example/approve?channel=3f2a…', { allowedOrigins: ['https://portal.example'] });
 * // → { ok: true, channelId: '3f2a…' }
 * parseChannelInput('https://evil.example/approve?channel=3f2a…'); // → { ok: false, error: 'foreign-origin' }
 * ```
 */
export function parseChannelInput(input: string, options: ParseChannelInputOptions = {}): ChannelInput {
  const text = input.trim();
  if (text.length === 0 || text.length > MAX_INPUT_LENGTH) return { ok: false, error: 'invalid' };
  if (channelIdPattern.test(text)) return { ok: true, channelId: text };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, error: 'invalid' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, error: 'invalid' };
  const pageOrigin = options.pageOrigin === undefined ? globalThis.location?.origin ?? null : options.pageOrigin;
  const trusted = new Set(
    [...(options.allowedOrigins ?? []), pageOrigin].flatMap((origin) => (origin ? [normalizeOrigin(origin)] : [])),
  );
  if (!trusted.has(url.origin)) return { ok: false, error: 'foreign-origin' };
  // Exactly one `channel` parameter: two would make "which one?" an attacker's choice.
  const values = url.searchParams.getAll('channel');
  const channelId = values.length === 1 ? values[0]! : '';
  return channelIdPattern.test(channelId) ? { ok: true, channelId } : { ok: false, error: 'invalid' };
}

/** `https://Portal.example:443/` → `https://portal.example`; an unparsable origin matches nothing. */
function normalizeOrigin(origin: string): string {
  try {
    return new URL(origin).origin;
  } catch {
    return '\0';
  }
}
