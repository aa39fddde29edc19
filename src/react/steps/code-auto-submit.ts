/**
 * When a code submits by itself. Every submit counts against the server's budget (5 a minute,
 * then a block), so after a refusal a complete code waits for the person to change it: a stray
 * key, a re-paste or an autofill of the same refused code sends nothing. "Continue" still does.
 */
export function shouldAutoSubmit(code: string, refused: string | null, length = 6): boolean {
  return code.length === length && code !== refused;
}
