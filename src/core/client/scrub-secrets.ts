/**
 * A server (or a proxy's error page) may echo what it was sent: "code 123456 expired",
 * `details: [{ field: 'p4ss!' }]`. Before any server text enters a `SignInError`, every secret
 * the call carried is replaced by `***`, in the forms a server commonly echoes it: as is, in
 * another case, URL-encoded (`%21`, `+` for a space), as HTML entities (`&amp;`, `&#33;`,
 * `&#x21;`) and with whitespace around or inside it (`123 456`).
 */

/** Longest server text (message, issue, field) kept, after scrubbing; a proxy may send megabytes. */
export const MAX_SERVER_TEXT_LENGTH = 500;

const NAMED: Record<string, string> = { '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' };

/** Every spelling of one character: itself, its UTF-8 percent-encoding, its HTML entities. */
const spellings = (char: string) => {
  const code = char.codePointAt(0) ?? 0;
  const percent = [...new TextEncoder().encode(char)].map((byte) => `%${byte < 16 ? '0' : ''}${byte.toString(16)}`).join('');
  return `(?:${char.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')}|${percent}|&(?:#0*${code}|#x0*${code.toString(16)}|${NAMED[char] ?? '-'});?)`;
};

/**
 * Builds the scrubber for one call's secrets: `(text) => text` with each secret (in any of the
 * spellings above, case-insensitively, whitespace ignored) replaced by `***`, then cut to
 * {@link MAX_SERVER_TEXT_LENGTH}.
 *
 * @example createScrubber(['p4ss!'])('wrong: P4SS%21') // 'wrong: ***'
 */
export function createScrubber(secrets: readonly string[]): (text: string) => string {
  const pattern = secrets
    // Whitespace, raw or encoded, may sit anywhere in an echo; the secret's own is skipped.
    // (`+` only when the secret has none: a gap and the secret matching the same `+` would
    // backtrack quadratically over a run of them.)
    .map((secret) => [...secret.replace(/\s/g, '')].map(spellings).join(`(?:\\s|%20|${secret.includes('+') ? '' : '\\+|'}&(?:nbsp|#0*32|#x0*20);?)*`))
    .filter(Boolean)
    // Longest first: a secret that contains another is blanked whole.
    .sort((a, b) => b.length - a.length)
    .join('|');
  return (text) => {
    // Only a bounded prefix is ever shown, so only that is searched (linear work on megabytes).
    const head = text.slice(0, MAX_SERVER_TEXT_LENGTH * 8);
    const scrubbed = pattern ? head.replace(new RegExp(pattern, 'giu'), '***') : head;
    return scrubbed.length > MAX_SERVER_TEXT_LENGTH ? `${scrubbed.slice(0, MAX_SERVER_TEXT_LENGTH - 1)}…` : scrubbed;
  };
}
