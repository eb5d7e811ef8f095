import type { IncomingMessage } from 'node:http';

/** The names under which the loopback host may be addressed. */
export const loopbackNames: readonly string[] = ['127.0.0.1', 'localhost'];

/**
 * True when the Host header names this server on loopback. A page on another site can point a
 * DNS name of its own at 127.0.0.1 (DNS rebinding); its requests then carry that foreign name in
 * Host, so refusing any other name keeps such pages away from the library.
 */
export function isAllowedHost(req: IncomingMessage, port: number, names: readonly string[] = loopbackNames): boolean {
  const host = req.headers.host;
  if (host === undefined) return false;
  return names.some((name) => host.toLowerCase() === `${name}:${port}`);
}

/**
 * True when a request either has no Origin (curl, the CLI, Node) or comes from a page this server
 * served. Browsers send Origin on every POST, so a form or script on another site is refused.
 */
export function isAllowedOrigin(req: IncomingMessage, port: number, names: readonly string[] = loopbackNames, scheme: 'http' | 'https' = 'http'): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  return names.some((name) => origin.toLowerCase() === `${scheme}://${name}:${port}`);
}

/**
 * True for a JSON Content-Type. Requiring it means a cross-site page cannot send the request
 * without a CORS preflight, which this server never grants: a second line of defence behind Origin.
 */
export function isJsonContentType(req: IncomingMessage): boolean {
  const type = req.headers['content-type'];
  if (type === undefined) return false;
  return type.split(';')[0]?.trim().toLowerCase() === 'application/json';
}
