/**
 * Second-factor method names and captions from the server. `tfaProviders[].name` is an open set
 * (public clients post codes to `/2fa/google`, `/2fa/sms` and `/2fa/email`), and a name ends up
 * in a request path (`POST /2fa/{name}`), so only a safe path segment is ever used as one.
 */

/** A method name that may become a path segment: lowercase letters, digits, `_` and `-`, 1 to 32 of them. */
export const TWO_FACTOR_METHOD_NAME = /^[a-z0-9_-]{1,32}$/;

/** Longest `localizedCaption` shown, in characters; a longer one is cut with an ellipsis. */
export const MAX_METHOD_CAPTION_LENGTH = 64;

/** Whether `name` is a safe method name (see {@link TWO_FACTOR_METHOD_NAME}). */
export const isTwoFactorMethodName = (name: string): boolean => TWO_FACTOR_METHOD_NAME.test(name);

/**
 * The method a code workflow asks for: `2fa_email_auth` → `email`, `2fa_{name}_auth` → `name`,
 * or `null` when the workflow is not of that shape or its name is not safe.
 */
export function methodOfWorkflow(workflow: string): string | null {
  const match = /^2fa_(.+)_auth$/.exec(workflow);
  const name = match?.[1];
  return name !== undefined && isTwoFactorMethodName(name) ? name : null;
}

// Control, format (bidi overrides, zero-width) and separator characters other than a plain space:
// a caption is one line of text, and must not reorder or hide the text around it.
const UNSHOWN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

/**
 * A server's `localizedCaption`, ready to show as plain text: invisible and line-breaking
 * characters removed, whitespace collapsed, cut to {@link MAX_METHOD_CAPTION_LENGTH} characters
 * (never inside a surrogate pair). Empty afterwards → `fallback` (the method's name).
 */
export function cleanMethodCaption(caption: string, fallback: string): string {
  const chars = [...caption.slice(0, MAX_METHOD_CAPTION_LENGTH * 8).replace(UNSHOWN, '').replace(/\s+/gu, ' ').trim()];
  if (chars.length === 0) return fallback;
  return chars.length > MAX_METHOD_CAPTION_LENGTH ? `${chars.slice(0, MAX_METHOD_CAPTION_LENGTH - 1).join('').trimEnd()}…` : chars.join('');
}
