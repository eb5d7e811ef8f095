import { createHandlers } from '../handlers/handlers';
import { openLibrary } from '../store/library';
import { createLanes, type LaneOptions } from './lanes/lanes';
import { startHost, type RunningHost } from './server';

export interface TenfoldHostOptions {
  readonly dataDir: string;
  /** The renderer build (out/renderer). */
  readonly staticDir: string;
  /** The starter projects (templates/). */
  readonly templatesDir: string;
  readonly port: number;
  readonly host?: string | undefined;
  /** Overrides of the lanes' time budgets (tests). */
  readonly budgetsMs?: LaneOptions['budgetsMs'];
}

export interface TenfoldHost extends RunningHost {
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
  try {
    const handlers = createHandlers({ library, templatesDir: options.templatesDir, repliesAsJson: true });
    host = await startHost({ handlers, lanes, staticDir: options.staticDir, port: options.port, host: options.host });
  } catch (error) {
    await lanes.close();
    library.close();
    throw error;
  }
  return {
    ...host,
    async stop() {
      await host.close();
      await lanes.close();
      library.close();
    },
  };
}
