/**
 * An email address with its local part hidden, for "we sent a code to …" copy:
 * `client@example.com` → `c•••t@example.com`. The domain stays (it tells the person which
 * mailbox to open); the local part keeps its first and last character only when it has three
 * or more, so a short one (`ab@…`) is never given away whole. Characters are counted as the
 * person sees them (grapheme clusters: `é`, emoji and combined marks are never split).
 */
export function maskEmail(email: string): string {
  const address = email.trim();
  // The last `@` separates the domain: a quoted local part may itself contain one.
  const at = address.lastIndexOf('@');
  const local = at === -1 ? address : address.slice(0, at);
  const domain = at === -1 ? '' : address.slice(at);
  if (!local) return domain;
  const chars = graphemes(local);
  const first = chars[0] ?? '';
  const last = chars.length >= 3 ? (chars.at(-1) ?? '') : '';
  return `${first}\u2022\u2022\u2022${last}${domain}`;
}

/** User-perceived characters; code points where `Intl.Segmenter` is missing (older engines). */
function graphemes(text: string): string[] {
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    return Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text), (s) => s.segment);
  }
  return Array.from(text);
}
