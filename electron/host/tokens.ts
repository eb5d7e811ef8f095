import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** 32 random bytes (256 bits), URL-safe: a run's local token, or one link of a shared review. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Hashing first gives both sides the same length, so the comparison time says nothing about the token. */
export function sameSecret(candidate: string | undefined, secret: string): boolean {
  if (candidate === undefined || candidate === '') return false;
  return timingSafeEqual(createHash('sha256').update(candidate).digest(), createHash('sha256').update(secret).digest());
}

/** Browsers share a host name's cookies across its ports, so each host names its own: two hosts on one machine keep their tokens apart. */
export function tokenCookieName(port: number): string {
  return `tenfold_${port}`;
}

/** Set-Cookie for a token: not readable by scripts, never sent with another site's requests; HTTPS-only when the host is (--share). */
export function tokenCookieHeader(port: number, token: string, secure: boolean): string {
  return `${tokenCookieName(port)}=${token}; Path=/; HttpOnly;${secure ? ' Secure;' : ''} SameSite=Strict`;
}

function cookieValue(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}

/**
 * The token a request carries, the one way both modes read it: the browser's cookie for this
 * port, else `Authorization: Bearer <token>` (the CLI, scripts, tests: clients without cookies).
 */
export function requestToken(req: IncomingMessage, port: number): string | undefined {
  const cookie = cookieValue(req, tokenCookieName(port));
  if (cookie !== undefined && cookie !== '') return cookie;
  return /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
}
