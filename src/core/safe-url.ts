/**
 * The one check for every URL the package renders (`forgotPasswordUrl`, a theme logo's `src`).
 * React 18, inside our peer range, renders `href="javascript:..."` as given, so the package
 * itself admits only `http:`/`https:` URLs and relative ones. An image may also be a
 * `data:image/...` URI: an `<img>` runs no script, not even from an SVG.
 */

/**
 * `url` when it is `http(s):` or relative (or, with `image`, a `data:image/*` URI), else
 * `undefined`. The scheme is read by the URL parser, as the browser reads it
 * (`java\tscript:`, ` javascript:` and `JAVASCRIPT:` are all `javascript:`).
 *
 * @example safeUrl('/forgot') // '/forgot'; safeUrl('javascript:alert(1)') // undefined
 */
export function safeUrl(url: string | undefined, options?: { image?: boolean }): string | undefined {
  try {
    // A relative URL resolves against the placeholder base, so it reads as http: here.
    const { protocol, href } = new URL(url ?? 'javascript:', 'http://relative.invalid');
    const ok = /^https?:$/.test(protocol) || (options?.image === true && /^data:image\/(png|gif|jpeg|webp|avif|svg\+xml)[;,]/i.test(href));
    return ok ? url : undefined;
  } catch {
    return undefined;
  }
}
