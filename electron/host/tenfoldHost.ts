import { createHandlers } from '../handlers/handlers';
import { warmUpOnTemplates } from '../handlers/engineWarmUp';
import { openLibrary } from '../store/library';
import { startHost, type RunningHost } from './server';
import { prepareShare, shareLinks } from './share/shareHost';

export interface TenfoldHostOptions {
  readonly dataDir: string;
  /** The renderer build (out/renderer). */
  readonly staticDir: string;
  /** The starter projects (templates/). */
  readonly templatesDir: string;
  readonly port: number;
  readonly host?: string | undefined;
  /** A review others can join: HTTPS on `host` (default all addresses) with presenter and participant links. */
  readonly share?: boolean;
  /** Compile the engine in idle time after start (engineWarmUp.ts); off in tests that count time. */
  readonly warmUp?: boolean;
}

export interface TenfoldHost extends RunningHost {
  /** With `share`: the links to hand out and the certificate's fingerprint to compare. */
  readonly share?: { readonly presenter: string; readonly participant: string; readonly fingerprint256: string };
  /** Stops the host, then closes the library. */
  stop(): Promise<void>;
}

/**
 * What `tenfold serve` runs: the library in `dataDir`, the handlers over it and the web host.
 * Throws AppError when the library cannot be opened and HostStartError when the host cannot listen.
 */
export async function startTenfoldHost(options: TenfoldHostOptions): Promise<TenfoldHost> {
  const library = openLibrary(options.dataDir);
  let host: RunningHost;
  let share: TenfoldHost['share'];
  try {
    const handlers = createHandlers({ library, templatesDir: options.templatesDir, repliesAsJson: true });
    const prepared = options.share ? await prepareShare(library, options.templatesDir, options.host ?? '0.0.0.0') : undefined;
    host = await startHost({ handlers, staticDir: options.staticDir, port: options.port, host: options.host, share: prepared?.setup });
    if (prepared) share = { ...shareLinks(host.url, prepared.setup), fingerprint256: prepared.fingerprint256 };
  } catch (error) {
    library.close();
    throw error;
  }
  const stopWarmUp = options.warmUp === false ? () => undefined : warmUpOnTemplates(options.templatesDir);
  return {
    ...host,
    ...(share ? { share } : {}),
    async stop() {
      stopWarmUp();
      await host.close();
      library.close();
    },
  };
}
