import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendError } from './envelope';
import { requestToken, sameSecret, tokenCookieHeader } from './tokens';

/**
 * The loopback host's per-run token. Binding 127.0.0.1 keeps other machines out, not the other
 * users and programs of this one, which all reach 127.0.0.1: only who holds the address
 * `tenfold serve` printed (`?token=`) gets in. The browser trades it for a cookie; other clients
 * send it as a bearer (tokens.ts reads both).
 */
export const tokenParameter = 'token';

/** The address to print and open: the host's URL with this run's token. */
export function addressWithToken(url: string, token: string): string {
  return `${url}?${tokenParameter}=${token}`;
}

function apiRefusal(port: number): string {
  return `This Tenfold needs its token: open the address "tenfold serve" printed (http://127.0.0.1:${port}/?token=…); each start makes a new one. Programs other than a browser send "Authorization: Bearer <token>".`;
}

const pageStyle =
  'body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1f2328}code{background:#f0f1f3;padding:0 .25rem}';

/** A page, not an app that fails call after call: a browser tab opened without the token sees what to do. */
function sendTokenPage(req: IncomingMessage, res: ServerResponse, port: number, wrongToken: boolean): void {
  const why = wrongToken
    ? "The token this address or this browser holds is not this run's: each start of <code>tenfold serve</code> makes a new one."
    : 'This Tenfold opens only from the address <code>tenfold serve</code> printed, so that other programs and users of this computer cannot reach your library.';
  const html = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Open the address tenfold serve printed</title>',
    `<style>${pageStyle}</style></head><body>`,
    '<h1>Open the address <code>tenfold serve</code> printed</h1>',
    `<p>${why}</p>`,
    `<p>Open the address in the terminal where <code>tenfold serve</code> runs: it looks like <code>http://127.0.0.1:${port}/?token=…</code>. This browser then keeps the token until Tenfold stops.</p>`,
    '</body></html>',
  ].join('');
  const body = Buffer.from(html, 'utf8');
  res.writeHead(403, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': body.length, 'Cache-Control': 'no-store' });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/**
 * True when the request may go on. Otherwise it is answered here: a page address with the right
 * `?token=` gets the cookie and a 303 to the same address without it (the token leaves the
 * address bar and the history; the browser keeps the `#/…` part); a page without it gets a page
 * saying what to open; an API or /share/ call without it gets 403 TOKEN_REQUIRED.
 */
export function passLocalToken(req: IncomingMessage, res: ServerResponse, options: { token: string; port: number; isPage: boolean }): boolean {
  const { token, port, isPage } = options;
  const url = URL.parse(req.url ?? '/', 'http://127.0.0.1');
  const offered = url?.searchParams.get(tokenParameter) ?? null;
  if (url && isPage && offered !== null && (req.method === 'GET' || req.method === 'HEAD')) {
    if (!sameSecret(offered, token)) {
      sendTokenPage(req, res, port, true);
      return false;
    }
    url.searchParams.delete(tokenParameter);
    // The parsed path, never the raw one: "//other.example/" must not become a redirect to another site.
    res.writeHead(303, { Location: `${url.pathname}${url.search}`, 'Set-Cookie': tokenCookieHeader(port, token, false), 'Cache-Control': 'no-store' });
    res.end();
    return false;
  }
  const carried = requestToken(req, port);
  if (sameSecret(carried, token)) return true;
  req.resume();
  if (isPage) sendTokenPage(req, res, port, carried !== undefined);
  else sendError(res, 'TOKEN_REQUIRED', apiRefusal(port));
  return false;
}
