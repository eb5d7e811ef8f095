import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Readable } from 'node:stream';

/** The repository root (this file is test/e2e/support/tenfold.ts). */
export const repoRoot = resolve(import.meta.dirname, '../../..');

/** A running `tenfold serve`. */
export interface RunningTenfold {
  /**
   * The address the server printed, e.g. http://127.0.0.1:41234/?token=… (with `share`:
   * https://127.0.0.1:41234/, no token). Opened in a browser it sets the token's cookie; `${url}#/project/<id>`
   * works too. Calls from Node resolve against it (`new URL('api/…', url)`) and send tokenHeaders(url).
   */
  readonly url: string;
  /** The library folder; library.sqlite inside it is the real database. */
  readonly dataDir: string;
  /** With `share`: the two links it printed. */
  readonly share?: { readonly presenter: string; readonly participant: string };
  /** Everything the server printed so far (stdout and stderr), for failure messages. */
  output(): string;
  /**
   * Stops the server with SIGTERM (or SIGINT, which Ctrl+C sends) and resolves with its exit code
   * once it has closed the library. Removes the data folder only if startTenfold created it.
   * Safe to call twice.
   */
  stop(signal?: 'SIGTERM' | 'SIGINT'): Promise<number | null>;
}

export interface StartOptions {
  /** Library folder to use; by default a fresh temporary folder, removed by stop(). */
  readonly dataDir?: string;
  /** How long to wait for the URL line (default 30 s). */
  readonly timeoutMs?: number;
  /**
   * Runs `serve --share --host 127.0.0.1`: HTTPS with its own certificate (browsers need
   * ignoreHTTPSErrors) and the presenter and participant links, on loopback so tests need no network.
   */
  readonly share?: boolean;
}

const urlLine = /Tenfold is running at (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/;
const shareLines =
  /Tenfold is sharing a review at (https:\/\/127\.0\.0\.1:\d+\/)[\s\S]*Presenter link[^\n]*\n\s+(\S+)[\s\S]*Participant link[^\n]*\n\s+(\S+)\n/;

function waitForUrl(child: ChildProcessByStdio<null, Readable, Readable>, log: string[], timeoutMs: number, pattern: RegExp): Promise<RegExpExecArray> {
  return new Promise((resolveUrl, reject) => {
    const timer = setTimeout(() => fail(`no URL after ${timeoutMs} ms`), timeoutMs);
    const fail = (why: string): void => {
      clearTimeout(timer);
      reject(new Error(`tenfold serve did not start (${why}). Its output:\n${log.join('')}`));
    };
    child.stdout.on('data', () => {
      const match = pattern.exec(log.join(''));
      if (match?.[1]) {
        clearTimeout(timer);
        resolveUrl(match);
      }
    });
    child.on('exit', (code) => fail(`it exited with code ${code}`));
    child.on('error', (error) => fail(error.message));
  });
}

/** The headers a call from Node needs: the token of the host's printed address as a bearer (none for --share's address). */
export function tokenHeaders(url: string): Record<string, string> {
  const token = new URL(url).searchParams.get('token');
  return token === null ? {} : { authorization: `Bearer ${token}` };
}

/**
 * Starts the real built app as a user would: `node bin/tenfold.js serve --port 0 --data-dir <dir>`,
 * and resolves once it prints its URL. Needs `npm run build` first (npm test does it).
 *
 * ```ts
 * const tenfold = await startTenfold();
 * await page.goto(tenfold.url);
 * ...
 * await tenfold.stop();
 * ```
 */
export async function startTenfold(options: StartOptions = {}): Promise<RunningTenfold> {
  if (!existsSync(join(repoRoot, 'out', 'main', 'cli.js')) || !existsSync(join(repoRoot, 'out', 'renderer', 'index.html'))) {
    throw new Error('The app is not built: run "npm run build" before the end-to-end tests (npm test does).');
  }
  const ownsDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'tenfold-e2e-')));
  const shareArgs = options.share ? ['--share', '--host', '127.0.0.1'] : [];
  const child = spawn(process.execPath, [join(repoRoot, 'bin', 'tenfold.js'), 'serve', '--port', '0', '--data-dir', dataDir, ...shareArgs], {
    cwd: repoRoot,
    env: { ...process.env, TENFOLD_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log: string[] = [];
  child.stdout.on('data', (chunk: Buffer) => log.push(chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => log.push(chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolveExit) => child.on('exit', (code) => resolveExit(code)));

  let stopping: Promise<number | null> | undefined;
  const stop = (signal: 'SIGTERM' | 'SIGINT' = 'SIGTERM'): Promise<number | null> => {
    stopping ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      const code = await exited;
      clearTimeout(killer);
      if (ownsDataDir) await rm(dataDir, { recursive: true, force: true });
      return code;
    })();
    return stopping;
  };

  try {
    const match = await waitForUrl(child, log, options.timeoutMs ?? 30_000, options.share ? shareLines : urlLine);
    const url = match[1]!;
    const share = options.share ? { presenter: match[2]!, participant: match[3]! } : undefined;
    return { url, dataDir, ...(share ? { share } : {}), output: () => log.join(''), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
