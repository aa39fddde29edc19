/**
 * A server (or a proxy's error page) may echo what it was sent: "code 123456 expired",
 * `details: [{ field: 'p4ss!' }]`. Before any server text enters a `SignInError`, every secret
 * the call carried is replaced by `***`, in the forms a server commonly echoes it: as is, in
 * another case, URL-encoded (`%21`, `+` for a space), as HTML entities (`&amp;`, `&#33;`,
 * `&#x21;`) and with whitespace around or inside it (`123 456`).
 */

/** What a secret becomes in server text. */
export const SCRUBBED = '***';

/** Longest server text (message, issue, field) kept, after scrubbing; a proxy may send megabytes. */
export const MAX_SERVER_TEXT_LENGTH = 500;

const NAMED_ENTITIES: Record<string, string> = { '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' };

/** Whitespace a server may put between the characters of an echoed secret, raw or encoded. */
const GAP = '(?:\\s|%20|\\+|&nbsp;?|&#0*32;?|&#x0*20;?|&#0*160;?|&#x0*a0;?)*';

const escapeRegExp = (text: string) => text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

/** Every spelling of one character this scrubber recognises. */
function characterPattern(char: string): string {
  const codePoint = char.codePointAt(0) ?? 0;
  const percent = [...new TextEncoder().encode(char)].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('');
  const spellings = [escapeRegExp(char), percent, `&#0*${codePoint};?`, `&#x0*${codePoint.toString(16)};?`];
  const named = NAMED_ENTITIES[char];
  if (named) spellings.push(`&${named};?`);
  return `(?:${spellings.join('|')})`;
}

/**
 * Builds the scrubber for one call's secrets: `(text) => text` with each secret (in any of the
 * spellings above, case-insensitively) replaced by `***`, then cut to
 * {@link MAX_SERVER_TEXT_LENGTH}.
 *
 * @example createScrubber(['p4ss!'])('wrong: P4SS%21') // 'wrong: ***'
 */
export function createScrubber(secrets: readonly string[]): (text: string) => string {
  const patterns = secrets
    .map((secret) => [...secret].filter((char) => !/\s/.test(char)).map(characterPattern).join(GAP))
    .filter((pattern) => pattern.length > 0)
    // Longest first: a secret that contains another is blanked whole.
    .sort((a, b) => b.length - a.length);
  const pattern = patterns.length > 0 ? new RegExp(patterns.join('|'), 'giu') : null;
  return (text) => {
    const scrubbed = pattern ? text.replace(pattern, SCRUBBED) : text;
    return scrubbed.length > MAX_SERVER_TEXT_LENGTH ? `${scrubbed.slice(0, MAX_SERVER_TEXT_LENGTH - 1)}…` : scrubbed;
  };
}
