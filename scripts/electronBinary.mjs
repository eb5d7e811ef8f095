// Finds and fetches the Electron binary WITHOUT require('electron'): since Electron 45 that call
// downloads the binary on first use and throws with a stack trace when the download fails.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const executableByPlatform = {
  darwin: 'Electron.app/Contents/MacOS/Electron',
  win32: 'electron.exe',
};

/**
 * The Electron executable if it is installed, else null.
 * @param {string} root the package root (holds node_modules)
 * @param {NodeJS.ProcessEnv} env
 * @param {string} platform
 * @returns {string | null}
 */
export function findElectronBinary(root, env = process.env, platform = process.platform) {
  const packageDir = join(root, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : (executableByPlatform[platform] ?? 'electron');
  const candidate = env.ELECTRON_OVERRIDE_DIST_PATH ? join(env.ELECTRON_OVERRIDE_DIST_PATH, relative) : join(packageDir, 'dist', relative);
  return existsSync(candidate) ? candidate : null;
}

/** How long `npm start` waits for the download (about 100 MB) before serving the app instead. */
export const electronFetchTimeoutMs = 10 * 60_000;

/**
 * Fetches the binary of the installed Electron version with Electron's own `install-electron`
 * (node_modules/electron/install.js: the version's checksums, ELECTRON_MIRROR, the download cache).
 * Resolves with `{ ok: true }`, or `{ ok: false, reason }` naming why it failed, never throws.
 * @param {string} root the package root (holds node_modules)
 * @param {{ env?: NodeJS.ProcessEnv, timeoutMs?: number }} [options]
 * @returns {Promise<{ ok: true } | { ok: false, reason: string }>}
 */
export function fetchElectronBinary(root, { env = process.env, timeoutMs = electronFetchTimeoutMs } = {}) {
  const installer = join(root, 'node_modules', 'electron', 'install.js');
  if (!existsSync(installer)) return Promise.resolve({ ok: false, reason: `${installer} is missing (run npm install)` });
  return new Promise((resolve) => {
    // stderr is kept, not shown: on failure install.js prints a stack trace, of which the first line says why.
    const child = spawn(process.execPath, [installer], { cwd: root, env, stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    let settled = false;
    const settle = (result) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const timer = setTimeout(() => {
      child.kill();
      settle({ ok: false, reason: `the download did not finish within ${describeDuration(timeoutMs)}` });
    }, timeoutMs);
    child.stderr.on('data', (chunk) => (stderr += chunk.toString('utf8')));
    child.on('error', (error) => settle({ ok: false, reason: error.message }));
    child.on('close', (code) => {
      if (code === 0) settle({ ok: true });
      else settle({ ok: false, reason: firstLine(stderr) ?? `install-electron exited with code ${code}` });
    });
  });
}

function firstLine(text) {
  return (
    text
      .split('\n')
      .map((line) => line.trim())
      .find((line) => line !== '') ?? null
  );
}

function describeDuration(ms) {
  return ms >= 60_000 ? `${Math.round(ms / 60_000)} minutes` : `${Math.round(ms / 1000)} seconds`;
}
