import type { IncomingMessage } from 'node:http';

/** Project files are capped at 50 MB; a request carrying one as a JSON string needs some room more. */
export const maxBodyBytes = 60 * 1024 * 1024;

export type BodyRead = { status: 'ok'; bytes: Buffer } | { status: 'too-large' } | { status: 'aborted' };

/**
 * Reads a request body's bytes, stopping at `limit` bytes. A declared Content-Length over the
 * limit is refused before reading anything. After a refusal the rest of the body is drained
 * (not buffered) so the client can finish sending and read the 413 instead of a reset connection.
 */
export function readBody(req: IncomingMessage, limit = maxBodyBytes): Promise<BodyRead> {
  return new Promise((resolve) => {
    const declared = Number(req.headers['content-length'] ?? '0');
    if (declared > limit) {
      req.resume();
      resolve({ status: 'too-large' });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (result: BodyRead): void => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    req.on('data', (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        settle({ status: 'too-large' });
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => settle({ status: 'ok', bytes: Buffer.concat(chunks) }));
    req.on('error', () => settle({ status: 'aborted' }));
    req.on('close', () => settle({ status: 'aborted' }));
  });
}
