import { createHandlers } from '../handlers/handlers';
import { openLibrary } from '../store/library';
import { createLanes, type LaneOptions } from './lanes/lanes';
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
  /** Overrides of the lanes' time budgets (tests). */
  readonly budgetsMs?: LaneOptions['budgetsMs'];
}

export interface TenfoldHost extends RunningHost {
  /** With `share`: the links to hand out and the certificate's fingerprint to compare. */
  readonly share?: { readonly presenter: string; readonly participant: string; readonly fingerprint256: string };
  /** Stops the host, then closes the library. */
  stop(): Promise<void>;
}

/**
 * What `tenfold serve` runs: the library in `dataDir`, the handlers over it, the lanes that run
 * checks, edits, exports and imports on threads of their own (lanes/laneOf.ts), and the web host.
 * Throws AppError when the library cannot be opened and HostStartError when the host cannot listen.
 */
export async function startTenfoldHost(options: TenfoldHostOptions): Promise<TenfoldHost> {
  // This connection checks the file at open and takes the backups; the lanes open their own.
  const library = openLibrary(options.dataDir);
  const lanes = createLanes({ dataDir: options.dataDir, templatesDir: options.templatesDir, ...(options.budgetsMs ? { budgetsMs: options.budgetsMs } : {}) });
  let host: RunningHost;
  let share: TenfoldHost['share'];
  try {
    const handlers = createHandlers({ library, templatesDir: options.templatesDir, repliesAsJson: true });
    const prepared = options.share ? await prepareShare(library, options.templatesDir, options.host ?? '0.0.0.0') : undefined;
    host = await startHost({ handlers, lanes, staticDir: options.staticDir, port: options.port, host: options.host, share: prepared?.setup });
    if (prepared) share = { ...shareLinks(host.url, prepared.setup), fingerprint256: prepared.fingerprint256 };
  } catch (error) {
    await lanes.close();
    library.close();
    throw error;
  }
  return {
    ...host,
    ...(share ? { share } : {}),
    async stop() {
      await host.close();
      await lanes.close();
      library.close();
    },
  };
}
