import { createHandlers } from '../handlers/handlers';
import { warmUpOnTemplates } from '../checking/engineWarmUp';
import { openLibrary } from '../store/library';
import { startHost, type RunningHost } from './server';

export interface TenfoldHostOptions {
  readonly dataDir: string;
  /** The renderer build (out/renderer). */
  readonly staticDir: string;
  /** The starter projects (templates/). */
  readonly templatesDir: string;
  readonly port: number;
  readonly host?: string | undefined;
  /** Compile the engine in idle time after start (engineWarmUp.ts); off in tests that count time. */
  readonly warmUp?: boolean;
}

export interface TenfoldHost extends RunningHost {
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
  try {
    const handlers = createHandlers({ library, templatesDir: options.templatesDir, repliesAsJson: true });
    host = await startHost({ handlers, staticDir: options.staticDir, port: options.port, host: options.host });
  } catch (error) {
    library.close();
    throw error;
  }
  const stopWarmUp = options.warmUp === false ? () => undefined : warmUpOnTemplates(options.templatesDir);
  return {
    ...host,
    async stop() {
      stopWarmUp();
      await host.close();
      library.close();
    },
  };
}
