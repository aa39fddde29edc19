/** A raw HTTP/1.1 client over a socket, to send what fetch refuses to (lying lengths, slow or endless bodies). */
import { connect, type Socket } from 'node:net';

export interface RawAnswer {
  /** The status of the first response, or 0 when the connection closed without one. */
  status: number;
  /** Header lines of the first response, lower-cased names. */
  headers: Record<string, string>;
  /** Body bytes written by the client before the server answered or closed. */
  sentBytes: number;
}

/**
 * Sends `head` (request line and headers, without the blank line), then `body` chunks one by
 * one (each awaited with backpressure, stopping as soon as the server answers or closes).
 */
export function rawRequest(port: number, head: string, body: AsyncIterable<Buffer> | Iterable<Buffer> = []): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket: Socket = connect(port, '127.0.0.1');
    let received = '';
    let sentBytes = 0;
    let settled = false;
    const settle = () => {
      if (settled) return;
      settled = true;
      const [statusLine = '', ...lines] = received.split('\r\n\r\n')[0]!.split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const colon = line.indexOf(':');
        if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(statusLine)?.[1] ?? 0), headers, sentBytes });
      socket.destroy();
    };
    socket.on('data', (data: Buffer) => {
      received += data.toString('latin1');
      if (received.includes('\r\n\r\n')) settle();
    });
    socket.on('close', settle);
    socket.on('error', () => settle());
    socket.once('connect', () => {
      void (async () => {
        socket.write(`${head}\r\n\r\n`);
        for await (const chunk of body) {
          if (settled || socket.destroyed) return;
          sentBytes += chunk.byteLength;
          if (!socket.write(chunk)) {
            await new Promise<void>((ok) => {
              const done = () => {
                socket.off('drain', done);
                socket.off('close', done);
                ok();
              };
              socket.on('drain', done);
              socket.on('close', done);
            });
          }
        }
      })().catch(reject);
    });
  });
}

/** `count` chunks of `size` bytes in chunked transfer encoding, then the terminating chunk. */
export function* chunked(count: number, size: number): Generator<Buffer> {
  const payload = Buffer.alloc(size, 'a');
  for (let i = 0; i < count; i++) yield Buffer.concat([Buffer.from(`${size.toString(16)}\r\n`), payload, Buffer.from('\r\n')]);
  yield Buffer.from('0\r\n\r\n');
}
