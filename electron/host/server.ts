import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { sharePaths } from '../../shared/share/meeting';
import type { Handlers } from '../handlers/dispatch';
import { apiPrefix, handleApi } from './apiRoute';
import type { Lanes } from './lanes/lanes';
import { sendEnvelope, sendError } from './envelope';
import { isAllowedHost, isAllowedOrigin, loopbackNames } from './requestGuards';
import { applySecurityHeaders } from './securityHeaders';
import { serveStatic } from './staticFiles';
import { Meeting } from './share/meeting';
import { apiGate, handleShare, noRoleMessage, roleOf, type ShareSetup } from './share/shareRoutes';
import { addressWithToken, passLocalToken } from './localToken';
import { newToken } from './tokens';

/** The only address the host binds without --share. */
export const loopbackAddress = '127.0.0.1';

export interface HostOptions {
  /** The handlers run on the host's own thread: every channel, unless `lanes` takes some. */
  readonly handlers: Handlers;
  /** Threads for the channels whose cost grows with the project (lanes/laneOf.ts). */
  readonly lanes?: Lanes;
  /** The renderer build (out/renderer). */
  readonly staticDir: string;
  /** 0 picks a free port; the running host reports the real one. */
  readonly port: number;
  /** Without `share` only 127.0.0.1 (or "localhost") is accepted; with it, any address. */
  readonly host?: string;
  /** A shared review: HTTPS, tokens, participants read-only (share/shareRoutes.ts). */
  readonly share?: ShareSetup;
  /** Without `share`: the run's token every request needs (localToken.ts); a new random one when absent. */
  readonly token?: string;
}

export interface RunningHost {
  /** The host's root, e.g. http://127.0.0.1:41234/. */
  readonly url: string;
  /** What to print and open in a browser: without `share`, `url` with `?token=`. */
  readonly openUrl: string;
  /** Without `share`: the run's token, for clients that send it as a bearer. */
  readonly token?: string;
  readonly port: number;
  /** Stops accepting requests, ends idle keep-alive connections and resolves when closed. */
  close(): Promise<void>;
}

/** Why the host did not start, for the CLI to turn into a message and an exit code. */
export class HostStartError extends Error {
  readonly reason: 'address-refused' | 'port-in-use' | 'listen-failed';
  constructor(reason: HostStartError['reason'], message: string) {
    super(message);
    this.name = 'HostStartError';
    this.reason = reason;
  }
}

function checkBindAddress(host: string | undefined, shared: boolean): void {
  if (shared || host === undefined || host === loopbackAddress || host === 'localhost') return;
  throw new HostStartError(
    'address-refused',
    `Tenfold serves on ${loopbackAddress} only; to let other machines in, add --share (HTTPS with a presenter and a participant link). Refused: ${host}.`,
  );
}

async function route(req: IncomingMessage, res: ServerResponse, options: HostOptions, port: number, meeting: Meeting | null, token: string): Promise<void> {
  applySecurityHeaders(res);
  const share = options.share;
  const names = share?.names ?? loopbackNames;
  if (!isAllowedHost(req, port, names)) {
    req.resume();
    const url = share ? `https://${share.linkHost}:${port}/` : `http://${loopbackAddress}:${port}/`;
    sendError(res, 'FORBIDDEN', `Open Tenfold as ${url}; requests for other host names are refused.`);
    return;
  }
  if (!isAllowedOrigin(req, port, names, share ? 'https' : 'http')) {
    req.resume();
    sendError(res, 'FORBIDDEN', 'Requests from other sites are refused.');
    return;
  }
  const rawPath = (req.url ?? '/').split('?')[0] ?? '/';
  const isPage = !rawPath.startsWith(sharePaths.join) && !rawPath.startsWith(apiPrefix);
  // Shared, the app's files are public and share/ checks the links' tokens; on loopback every request needs the run's token.
  if (!share && !passLocalToken(req, res, { token, port, isPage })) return;
  if (rawPath.startsWith(sharePaths.join)) {
    if (share && meeting) await handleShare(req, res, rawPath, share, meeting, port);
    else if (rawPath === sharePaths.session) sendEnvelope(res, { ok: true, value: null });
    else {
      req.resume();
      sendError(res, 'NOT_FOUND', 'This Tenfold is not shared; start it with "tenfold serve --share" to hold a review others can join.');
    }
  } else if (rawPath.startsWith(apiPrefix)) {
    if (!share || !meeting) return handleApi(req, res, rawPath, options);
    // The app's files are public (the same for everyone); the library is not: every call needs a link's token.
    const role = roleOf(req, share, port);
    if (role === null) {
      req.resume();
      sendError(res, 'TOKEN_REQUIRED', noRoleMessage);
      return;
    }
    const handlers = role === 'presenter' ? options.handlers : share.participantHandlers;
    await handleApi(req, res, rawPath, { handlers, lanes: options.lanes }, apiGate(role, meeting));
  } else await serveStatic(req, res, options.staticDir, rawPath);
}

function listen(server: Server, port: number, address: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException): void => {
      if (error.code === 'EADDRINUSE') {
        reject(
          new HostStartError('port-in-use', `Port ${port} on ${address} is already in use. Stop the program using it or choose another port with --port.`),
        );
      } else if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') {
        reject(
          new HostStartError(
            'address-refused',
            `This machine has no address ${address}; choose one of its own with --host, or leave --host out to share on all of them.`,
          ),
        );
      } else {
        reject(new HostStartError('listen-failed', `Could not listen on ${address}:${port}: ${error.message}`));
      }
    };
    server.once('error', onError);
    server.listen(port, address, () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/**
 * Starts the web host: the renderer build as static files and the contract as POST /api/<channel>,
 * on 127.0.0.1 only, or with `share` over HTTPS on the network with the meeting's routes.
 * Rejects with HostStartError for another address without `share` or a busy port.
 */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const share = options.share;
  checkBindAddress(options.host, share !== undefined);
  let port = options.port;
  const meeting = share ? new Meeting() : null;
  const token = options.token ?? newToken();
  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    route(req, res, options, port, meeting, token).catch((error: unknown) => {
      // Routes never throw by design; this is the last guard so one request cannot stop the host.
      if (res.headersSent) {
        res.destroy();
        return;
      }
      sendError(res, 'INTERNAL', `The web host failed: ${error instanceof Error ? error.message : String(error)}`);
    });
  };
  const server: Server = share ? createTlsServer({ key: share.tls.key, cert: share.tls.cert }, handle) : createServer(handle);
  port = await listen(server, options.port, share ? (options.host ?? '0.0.0.0') : loopbackAddress);
  const url = share ? `https://${share.linkHost}:${port}/` : `http://${loopbackAddress}:${port}/`;
  return {
    url,
    openUrl: share ? url : addressWithToken(url, token),
    ...(share ? {} : { token }),
    port,
    close: () =>
      new Promise<void>((resolve) => {
        meeting?.close();
        server.close(() => resolve());
        server.closeIdleConnections();
        // A browser tab may hold a request open; do not let it keep the process alive on Ctrl+C.
        setTimeout(() => server.closeAllConnections(), 2000).unref();
      }),
  };
}
