/** Reading a fetch `Request` body within {@link MAX_BODY_BYTES}, without buffering more. */
import { MAX_BODY_BYTES } from './caps';

/** Why a body was refused: too large (413). */
export interface BodyTooLarge {
  tooLarge: true;
}

/**
 * The body as UTF-8 text, or `{tooLarge}` once it passes `maxBytes`: a `Content-Length` over the
 * cap is refused before reading, and a body without one (chunked, streamed) is counted as it
 * arrives and cancelled at the cap, so at most `maxBytes` plus one chunk is ever held.
 */
export async function readBodyText(request: Request, maxBytes = MAX_BODY_BYTES): Promise<string | BodyTooLarge> {
  const declared = request.headers.get('Content-Length');
  if (declared !== null && !(Number(declared) <= maxBytes)) return { tooLarge: true };
  if (!request.body) return '';
  const reader = request.body.getReader();
  const decoder = new TextDecoder();
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return { tooLarge: true };
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}
