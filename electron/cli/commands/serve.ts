import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import QRCode from 'qrcode';
import type { CliCommand, CliIo } from '../command';
import { HostStartError, loopbackAddress } from '../../host/server';
import { findPackageRoot } from '../../host/packageRoot';
import { startTenfoldHost, type TenfoldHost } from '../../host/tenfoldHost';
import { defaultDataDir } from '../../store/dataDir';

const usage = `Usage: tenfold serve [--port N] [--data-dir DIR] [--share [--host ADDR]]

Opens Tenfold in your browser: serves the app and its library on http://${loopbackAddress}:<port>/.
Open the address it prints (http://${loopbackAddress}:<port>/?token=…): the token is new at every
start and keeps other users and programs of this computer out. Other clients send it as
"Authorization: Bearer <token>".

With --share, holds a review meeting others can join: serves HTTPS on the network with a
certificate made at start (its SHA-256 fingerprint is printed), and prints two links: the
presenter's (full control) and the participants' (read-only, following the presenter live),
the second also as a QR code. Without a link nothing on the network can reach the library.

Options:
  --port N        port to listen on (default 4317; 0 picks a free one)
  --data-dir DIR  library folder (default: $TENFOLD_DATA_DIR, else the app's data folder)
  --share         share a review on the network (HTTPS, presenter and participant links)
  --host ADDR     with --share, the address to listen on (default: all, 0.0.0.0);
                  without it only ${loopbackAddress} is allowed`;

const defaultPort = 4317;

interface ServeOptions {
  readonly port: number;
  readonly dataDir: string;
  readonly host: string | undefined;
  readonly share: boolean;
}

/** Reads the options; returns a message instead when they are wrong. */
function readOptions(args: readonly string[], io: CliIo): ServeOptions | string {
  let values: { port?: string; 'data-dir'?: string; host?: string; share?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: { port: { type: 'string' }, 'data-dir': { type: 'string' }, host: { type: 'string' }, share: { type: 'boolean' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return `tenfold serve: ${error instanceof Error ? error.message : String(error)}. Run "tenfold serve --help".`;
  }
  const port = values.port === undefined ? defaultPort : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    return `tenfold serve: --port must be a whole number from 0 to 65535, not "${values.port}".`;
  }
  const fromFlag = values['data-dir'];
  // defaultDataDir already prefers TENFOLD_DATA_DIR; resolving makes a relative one absolute.
  const dataDir = resolve(io.cwd, fromFlag ?? defaultDataDir(io.env));
  return { port, dataDir, host: values.host, share: values.share === true };
}

/** Resolves once SIGINT or SIGTERM arrives. */
function untilStopped(): Promise<void> {
  return new Promise((resolveStop) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolveStop();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

async function run(args: readonly string[], io: CliIo): Promise<number> {
  const options = readOptions(args, io);
  if (typeof options === 'string') {
    io.err(options);
    return 2;
  }
  const root = findPackageRoot();
  const staticDir = join(root, 'out', 'renderer');
  if (!existsSync(join(staticDir, 'index.html'))) {
    io.err(`tenfold serve: the app is not built (${join(staticDir, 'index.html')} is missing). Run "npm run build" in ${root}, then try again.`);
    return 2;
  }
  let host: TenfoldHost;
  try {
    host = await startTenfoldHost({
      dataDir: options.dataDir,
      staticDir,
      templatesDir: join(root, 'templates'),
      port: options.port,
      host: options.host,
      share: options.share,
    });
  } catch (error) {
    if (error instanceof HostStartError) {
      io.err(`tenfold serve: ${error.message}`);
      return 2;
    }
    io.err(`tenfold serve: cannot open the library in ${options.dataDir}: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  // Listen for Ctrl+C before announcing the URL: whoever reads the URL may stop us at once.
  const stopped = untilStopped();
  if (host.share) await announceShare(host.share, host.url, options.dataDir, io);
  else io.out(`Tenfold is running at ${host.openUrl} (library: ${options.dataDir}) — press Ctrl+C to stop`);
  await stopped;
  await host.stop();
  io.out('Tenfold stopped.');
  return 0;
}

/** The only place the tokens are ever written: the links are the meeting's keys. */
async function announceShare(share: NonNullable<TenfoldHost['share']>, url: string, dataDir: string, io: CliIo): Promise<void> {
  const qr = await QRCode.toString(share.participant, { type: 'terminal', small: true });
  io.out(
    [
      `Tenfold is sharing a review at ${url} (library: ${dataDir}) — press Ctrl+C to stop`,
      '',
      `Certificate SHA-256 fingerprint: ${share.fingerprint256}`,
      '  The certificate is made at start, so browsers warn about it: compare this fingerprint with',
      '  the one the browser shows for the certificate before you continue.',
      '',
      'Presenter link (full control; keep it to yourself):',
      `  ${share.presenter}`,
      '',
      'Participant link (read-only, follows the presenter; give it to the room):',
      `  ${share.participant}`,
      '',
      qr.trimEnd(),
    ].join('\n'),
  );
}

export const serveCommand: CliCommand = {
  usage,
  run,
};
