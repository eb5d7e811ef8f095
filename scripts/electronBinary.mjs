// Finds the Electron binary WITHOUT require('electron'): since Electron 45 that call downloads
// the binary on first use, which fails (with a stack trace) on machines without GitHub access.
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

export const missingElectronMessage = [
  'Tenfold cannot start its desktop window: the Electron binary is not installed.',
  'It is downloaded from GitHub when `npm install` runs without ELECTRON_SKIP_BINARY_DOWNLOAD,',
  'and this machine either skipped or could not make that download.',
  'The same app runs in your browser instead: run `npx tenfold serve` and open the address it prints.',
  'To get the desktop app, run `npm install` again on a machine that can reach GitHub',
  '(or set ELECTRON_OVERRIDE_DIST_PATH to a folder holding an Electron 45 build).',
].join('\n');
