/**
 * The one check for every URL the package renders (`forgotPasswordUrl`, a theme logo's `src`).
 * React 18, inside our peer range, renders `href="javascript:..."` as given, so the package
 * itself admits only `http:`/`https:` URLs and relative ones. An image may also be a
 * `data:image/...` URI: an `<img>` runs no script, not even from an SVG.
 */

/** Tabs and newlines browsers delete anywhere in a URL. */
const IGNORED_ANYWHERE = /[\t\n\r]/g;

/** Browsers also trim C0 controls and spaces (code points up to U+0020) from both ends. */
function trimControls(url: string): string {
  let start = 0;
  let end = url.length;
  while (start < end && url.charCodeAt(start) <= 0x20) start += 1;
  while (end > start && url.charCodeAt(end - 1) <= 0x20) end -= 1;
  return url.slice(start, end);
}
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const DATA_IMAGE = /^data:image\/(?:png|gif|jpeg|webp|avif|svg\+xml)[;,]/i;

/**
 * `url` when it is `http(s):` or relative (or, with `image`, a `data:image/*` URI), else
 * `undefined`. Reads the scheme as a browser would (`java\tscript:`, ` javascript:` and
 * `JAVASCRIPT:` are all `javascript:`).
 *
 * @example safeUrl('/forgot') // '/forgot'; safeUrl('javascript:alert(1)') // undefined
 */
export function safeUrl(url: string | undefined, options: { image?: boolean } = {}): string | undefined {
  if (typeof url !== 'string') return undefined;
  const normalized = trimControls(url.replace(IGNORED_ANYWHERE, ''));
  const scheme = SCHEME.exec(normalized)?.[1]?.toLowerCase();
  if (scheme === undefined || scheme === 'http' || scheme === 'https') return url;
  return options.image && DATA_IMAGE.test(normalized) ? url : undefined;
}
