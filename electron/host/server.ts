import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Handlers } from '../handlers/dispatch';
import { apiPrefix, handleApi } from './apiRoute';
import type { Lanes } from './lanes/lanes';
import { sendError } from './envelope';
import { isAllowedHost, isAllowedOrigin } from './requestGuards';
import { applySecurityHeaders } from './securityHeaders';
import { serveStatic } from './staticFiles';

/** The only address the host binds until the token mode (DESIGN.md §8) exists. */
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
  /** Only 127.0.0.1 (or "localhost") is accepted for now. */
  readonly host?: string;
}

export interface RunningHost {
  readonly url: string;
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

function checkBindAddress(host: string | undefined): void {
  if (host === undefined || host === loopbackAddress || host === 'localhost') return;
  throw new HostStartError(
    'address-refused',
    `Tenfold serves on ${loopbackAddress} only; binding to other addresses (${host}) needs the token mode, not available yet.`,
  );
}

async function route(req: IncomingMessage, res: ServerResponse, options: HostOptions, port: number): Promise<void> {
  applySecurityHeaders(res);
  if (!isAllowedHost(req, port)) {
    req.resume();
    sendError(res, 'FORBIDDEN', `Open Tenfold as http://${loopbackAddress}:${port}/; requests for other host names are refused.`);
    return;
  }
  if (!isAllowedOrigin(req, port)) {
    req.resume();
    sendError(res, 'FORBIDDEN', 'Requests from other sites are refused.');
    return;
  }
  const rawPath = (req.url ?? '/').split('?')[0] ?? '/';
  if (rawPath.startsWith(apiPrefix)) await handleApi(req, res, rawPath, options);
  else await serveStatic(req, res, options.staticDir, rawPath);
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException): void => {
      if (error.code === 'EADDRINUSE') {
        reject(new HostStartError('port-in-use', `Port ${port} on ${loopbackAddress} is already in use. Stop the program using it or choose another port with --port.`));
      } else {
        reject(new HostStartError('listen-failed', `Could not listen on ${loopbackAddress}:${port}: ${error.message}`));
      }
    };
    server.once('error', onError);
    server.listen(port, loopbackAddress, () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/**
 * Starts the web host: the renderer build as static files and the contract as POST /api/<channel>,
 * on 127.0.0.1 only. Rejects with HostStartError for another address or a busy port.
 */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  checkBindAddress(options.host);
  let port = options.port;
  const server = createServer((req, res) => {
    route(req, res, options, port).catch((error: unknown) => {
      // Routes never throw by design; this is the last guard so one request cannot stop the host.
      if (res.headersSent) {
        res.destroy();
        return;
      }
      sendError(res, 'INTERNAL', `The web host failed: ${error instanceof Error ? error.message : String(error)}`);
    });
  });
  port = await listen(server, options.port);
  return {
    url: `http://${loopbackAddress}:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        // A browser tab may hold a request open; do not let it keep the process alive on Ctrl+C.
        setTimeout(() => server.closeAllConnections(), 2000).unref();
      }),
  };
}
