import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, resolve, sep } from 'node:path';

const mimeTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

/** MIME type by extension; unknown types are served as opaque bytes (nosniff keeps them inert). */
export function mimeTypeOf(filePath: string): string {
  return mimeTypes[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

export type StaticTarget = { status: 'file'; filePath: string } | { status: 'bad-path' } | { status: 'outside' };

/**
 * Maps a URL path to a file under `root`. The path is percent-decoded once and then resolved, so
 * "/../", "%2e%2e%2f" and "..%5c" all end up compared against the root and refused if they leave it.
 */
export function resolveStaticPath(root: string, pathname: string): StaticTarget {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { status: 'bad-path' };
  }
  if (decoded.includes('\0')) return { status: 'bad-path' };
  const relative = decoded === '/' || decoded === '' ? 'index.html' : `.${decoded.replaceAll('\\', '/')}`;
  const base = resolve(root);
  const filePath = resolve(base, relative);
  if (filePath !== base && !filePath.startsWith(base + sep)) return { status: 'outside' };
  return { status: 'file', filePath };
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

async function fileSize(filePath: string): Promise<number | undefined> {
  try {
    const info = await stat(filePath);
    return info.isFile() ? info.size : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Serves GET/HEAD for the renderer build. Paths without an extension that match no file get
 * index.html, so a reload on an in-app route still opens the app. Never throws.
 */
export async function serveStatic(req: IncomingMessage, res: ServerResponse, root: string, pathname: string): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    sendText(res, 405, 'Only GET and HEAD are allowed here.');
    return;
  }
  const target = resolveStaticPath(root, pathname);
  if (target.status === 'bad-path') return sendText(res, 400, 'The path is not valid.');
  if (target.status === 'outside') return sendText(res, 403, 'The path leaves the app folder.');
  let filePath = target.filePath;
  let size = await fileSize(filePath);
  if (size === undefined && extname(filePath) === '') {
    filePath = resolve(root, 'index.html');
    size = await fileSize(filePath);
  }
  if (size === undefined) return sendText(res, 404, 'Not found.');
  // Vite puts content hashes in asset names, so those never change; index.html must be re-read.
  const immutable = filePath.startsWith(resolve(root, 'assets') + sep);
  res.writeHead(200, {
    'Content-Type': mimeTypeOf(filePath),
    'Content-Length': size,
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(filePath)
    .on('error', () => res.destroy())
    .pipe(res);
}
