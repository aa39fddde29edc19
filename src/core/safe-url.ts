/**
 * The one check for every URL the package renders (`forgotPasswordUrl`, a theme logo's `src`).
 * React 18, inside our peer range, renders `href="javascript:..."` as given, so the package
 * itself admits only `http:`/`https:` URLs and relative ones. An image may also be a
 * `data:image/...` URI: an `<img>` runs no script, not even from an SVG.
 */

/**
 * The scheme as a browser reads it: tabs and newlines deleted anywhere, C0 controls and spaces
 * trimmed in front (`java\tscript:`, ` javascript:` and `JAVASCRIPT:` are all `javascript:`).
 */
// eslint-disable-next-line no-control-regex -- browsers skip these control characters before a scheme
const SCHEME = /^[\u0000-\u0020]*([a-z][a-z0-9+.-]*):/i;

/**
 * `url` when it is `http(s):` or relative (or, with `image`, a `data:image/*` URI), else
 * `undefined`.
 *
 * @example safeUrl('/forgot') // '/forgot'; safeUrl('javascript:alert(1)') // undefined
 */
export function safeUrl(url: string | undefined, options?: { image?: boolean }): string | undefined {
  if (typeof url !== 'string') return undefined;
  const normalized = url.replace(/[\t\n\r]/g, '');
  const match = SCHEME.exec(normalized);
  const scheme = match?.[1]?.toLowerCase();
  const ok =
    !match ||
    scheme === 'http' ||
    scheme === 'https' ||
    (options?.image === true && scheme === 'data' && /^image\/(png|gif|jpeg|webp|avif|svg\+xml)[;,]/i.test(normalized.slice(match[0].length)));
  return ok ? url : undefined;
}
