import { afterEach, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildIsCurrent } from './buildState.mjs';
import { fetchElectronBinary, findElectronBinary } from './electronBinary.mjs';

const root = join(import.meta.dirname, '..');
const temp = (prefix: string): string => mkdtempSync(join(tmpdir(), prefix));

/** A port nothing listens on: a download from it fails at once, on any machine. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Resolves with the first match of `pattern` in the child's stdout, or rejects after `ms`. */
function waitForOutput(child: ChildProcess, pattern: RegExp, ms: number, output: { stdout: string; stderr: string }): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${pattern} within ${ms} ms; stdout: ${output.stdout}; stderr: ${output.stderr}`)), ms);
    child.stdout!.on('data', () => {
      const match = output.stdout.match(pattern);
      if (match) {
        clearTimeout(timer);
        resolve(match);
      }
    });
    child.on('exit', (code) => reject(new Error(`npm start exited (${code}) before printing an address; stderr: ${output.stderr}`)));
  });
}

/** The environment with every way of naming Electron's download mirror (@electron/get reads npm config first) set to `url`. */
function withMirror(url: string, extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env)) if (/electron_(mirror|custom_dir|custom_filename|custom_version)/i.test(key)) delete env[key];
  return { ...env, ELECTRON_MIRROR: url, npm_config_electron_mirror: url, ...extra };
}

/** Opens an address as a browser does: follows redirects, keeping the cookies they set. */
async function openLikeABrowser(address: string): Promise<Response> {
  let url = address;
  let cookie = '';
  for (let hop = 0; hop < 5; hop++) {
    const response = await fetch(url, { redirect: 'manual', headers: cookie ? { cookie } : {} });
    const set = response.headers.getSetCookie();
    if (set.length > 0) cookie = set.map((line) => line.split(';')[0]).join('; ');
    if (response.status < 300 || response.status >= 400) return response;
    url = new URL(response.headers.get('location')!, url).href;
  }
  throw new Error(`${address} redirects more than 5 times`);
}

const running: ChildProcess[] = [];
const servers: Server[] = [];
afterEach(() => {
  for (const child of running.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  for (const server of servers.splice(0)) server.close();
});

describe('npm start on a machine that cannot fetch Electron', () => {
  it('tries install-electron, then serves the app in the browser and prints an address that answers', async () => {
    // A build here would rewrite out/ under the CLI tests running beside this one.
    if (!buildIsCurrent(root)) throw new Error('out/ is older than the sources: run "npm run build" before these tests (npm test does).');
    // The desktop path as on a user's machine: a display, downloads allowed, not CI. The mirror
    // is a closed local port, so no machine downloads anything, and an installed binary is hidden.
    const env = withMirror(`http://127.0.0.1:${await closedPort()}/`, {
      DISPLAY: ':0',
      ELECTRON_OVERRIDE_DIST_PATH: temp('tenfold-no-electron-'),
      electron_config_cache: temp('tenfold-electron-cache-'),
      TENFOLD_DATA_DIR: temp('tenfold-start-library-'),
    });
    delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
    delete env.CI;
    const start = spawn(process.execPath, [join(root, 'scripts', 'start.mjs'), '--port', '0'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    running.push(start);
    const output = { stdout: '', stderr: '' };
    start.stdout.on('data', (chunk: Buffer) => (output.stdout += chunk.toString('utf8')));
    start.stderr.on('data', (chunk: Buffer) => (output.stderr += chunk.toString('utf8')));

    // The address is taken as the host prints it (with whatever token it carries), never built here.
    const [address] = await waitForOutput(start, /https?:\/\/127\.0\.0\.1:\d+\/\S*/, 90_000, output);
    expect(output.stderr).toContain("fetching it with Electron's install-electron");
    expect(output.stderr).toMatch(/the desktop app did not open: the Electron binary is not installed, and (fetching it failed|install-electron finished)/);
    expect(output.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);

    const page = await openLikeABrowser(address);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');

    const exited = new Promise<number | null>((resolve) => start.on('exit', (code) => resolve(code)));
    start.kill('SIGTERM');
    expect(await exited).toBe(0);
    await expect(fetch(address)).rejects.toThrow();
  }, 120_000);
});

describe('fetchElectronBinary', () => {
  it('gives up after its time limit when the download hangs, and says so', async () => {
    const silent = createServer(() => {});
    servers.push(silent);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as { port: number };
    const env = withMirror(`http://127.0.0.1:${port}/`, {
      electron_config_cache: temp('tenfold-electron-cache-'),
      // Another platform's build, so install-electron downloads even where this one is installed.
      ELECTRON_INSTALL_PLATFORM: process.platform === 'win32' ? 'linux' : 'win32',
    });
    const started = Date.now();
    const result = await fetchElectronBinary(root, { env, timeoutMs: 1_500 });
    expect(result).toEqual({ ok: false, reason: 'the download did not finish within 2 seconds' });
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe('findElectronBinary', () => {
  it('finds an installed binary through ELECTRON_OVERRIDE_DIST_PATH and reports a missing one as null', () => {
    const dist = temp('tenfold-electron-');
    expect(findElectronBinary(root, { ELECTRON_OVERRIDE_DIST_PATH: dist }, 'linux')).toBeNull();
    mkdirSync(dist, { recursive: true });
    const pathFile = join(root, 'node_modules', 'electron', 'path.txt');
    const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron';
    writeFileSync(join(dist, 'electron'), '');
    if (relative === 'electron') expect(findElectronBinary(root, { ELECTRON_OVERRIDE_DIST_PATH: dist }, 'linux')).toBe(join(dist, 'electron'));
    else expect(findElectronBinary(root, { ELECTRON_OVERRIDE_DIST_PATH: dist }, 'linux')).toBeNull();
  });
});
