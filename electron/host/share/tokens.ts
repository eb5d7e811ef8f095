import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { ShareRole } from '../../../shared/share/meeting';

/** The two secrets of a shared review; each link carries one. */
export interface ShareTokens {
  readonly presenter: string;
  readonly participant: string;
}

/** 32 random bytes each (256 bits), URL-safe. */
export function createShareTokens(): ShareTokens {
  return { presenter: randomBytes(32).toString('base64url'), participant: randomBytes(32).toString('base64url') };
}

/** Hashing first gives both sides the same length, so the comparison time says nothing about the token. */
function sameSecret(candidate: string, secret: string): boolean {
  return timingSafeEqual(createHash('sha256').update(candidate).digest(), createHash('sha256').update(secret).digest());
}

/** The role a token grants, or null. Both tokens are always compared, so timing does not tell which matched. */
export function roleOfToken(candidate: string | undefined, tokens: ShareTokens): ShareRole | null {
  if (candidate === undefined || candidate === '') return null;
  const presenter = sameSecret(candidate, tokens.presenter);
  const participant = sameSecret(candidate, tokens.participant);
  return presenter ? 'presenter' : participant ? 'participant' : null;
}

/** The cookie a link sets: the browser then sends the token with every request of the page, EventSource included. */
export const shareCookie = 'tenfold_share';

/** Set-Cookie for a token: not readable by scripts, HTTPS only, never sent with another site's requests. */
export function shareCookieHeader(token: string): string {
  return `${shareCookie}=${token}; Path=/; HttpOnly; Secure; SameSite=Strict`;
}

/** The meeting token in the request's Cookie header, if any. */
export function tokenFromCookies(req: IncomingMessage): string | undefined {
  const header = req.headers.cookie;
  if (header === undefined) return undefined;
  for (const part of header.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === shareCookie) return value.join('=');
  }
  return undefined;
}
