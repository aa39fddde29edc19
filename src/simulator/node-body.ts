/** Reading a Node request body within a size cap and a time limit, without buffering more. */
import type { Readable } from 'node:stream';
import { BODY_TIMEOUT_MS, MAX_BODY_BYTES } from './caps';

/** The whole body, or why it was refused: 413 over the cap, 408 when it came too slowly. */
export type NodeBody = { ok: true; body: Buffer } | { ok: false; status: 408 | 413 };

/**
 * Reads `req` (an `IncomingMessage`) to its end. A `Content-Length` over `maxBytes` is refused
 * before a byte is read; a chunked body is counted as it streams and reading stops at the cap
 * (the stream is paused: the caller answers and closes the connection). A body that has not
 * ended within `timeoutMs` (a slow-drip client holding the connection) is 408.
 */
export function readNodeBody(
  req: Readable & { headers: Record<string, string | string[] | undefined> },
  { maxBytes = MAX_BODY_BYTES, timeoutMs = BODY_TIMEOUT_MS }: { maxBytes?: number; timeoutMs?: number } = {},
): Promise<NodeBody> {
  const declared = req.headers['content-length'];
  if (typeof declared === 'string' && !(Number(declared) <= maxBytes)) return Promise.resolve({ ok: false, status: 413 });
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const finish = (result: NodeBody | Error) => {
      clearTimeout(timer);
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      if (result instanceof Error) {
        reject(result);
        return;
      }
      if (!result.ok) req.pause();
      resolve(result);
    };
    const onData = (chunk: Buffer | string) => {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      received += buffer.byteLength;
      if (received > maxBytes) finish({ ok: false, status: 413 });
      else chunks.push(buffer);
    };
    const onEnd = () => finish({ ok: true, body: Buffer.concat(chunks) });
    const onError = (error: Error) => finish(error);
    const timer = setTimeout(() => finish({ ok: false, status: 408 }), timeoutMs);
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}
