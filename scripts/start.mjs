// `npm start`: opens the desktop app, fetching Electron's binary if it is missing; where that
// cannot work, serves the same app to a browser and prints the address. The decision is
// startPlan.mjs; this file supplies the real steps.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeVersionProblem } from '../bin/nodeVersion.js';
import { buildIsCurrent } from './buildState.mjs';
import { fetchElectronBinary, findElectronBinary } from './electronBinary.mjs';
import { startTenfold } from './startPlan.mjs';

const tooOld = nodeVersionProblem(process.versions.node, 'npm start');
if (tooOld !== null) {
  process.stderr.write(`${tooOld}\n`);
  process.exit(1);
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
/** An error exit this soon after launch means Electron could not run here, not that the app failed later. */
const failedAtStartMs = 10_000;

/** Runs a program in the foreground until it exits; resolves with its exit code. */
function runChild(command, commandArgs) {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit' });
    const forward = (signal) => child.kill(signal);
    // Ctrl+C already reaches the child with the whole foreground group: wait for it to stop.
    const waitForChild = () => {};
    process.on('SIGTERM', forward);
    process.on('SIGHUP', forward);
    process.on('SIGINT', waitForChild);
    child.on('error', (error) => {
      process.stderr.write(`Tenfold: cannot run ${command}: ${error.message}\n`);
      resolve(1);
    });
    child.on('exit', (code, signal) => {
      process.off('SIGTERM', forward);
      process.off('SIGHUP', forward);
      process.off('SIGINT', waitForChild);
      resolve(signal ? 1 : (code ?? 0));
    });
  });
}

const steps = {
  findBinary: () => findElectronBinary(root),
  fetchBinary: () => fetchElectronBinary(root),
  buildIfNeeded: async () =>
    buildIsCurrent(root) || (await runChild(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'])) === 0,
  openDesktop: async (binary) => {
    const started = Date.now();
    const code = await runChild(binary, [root, ...args]);
    return { code, failedAtStart: code !== 0 && Date.now() - started < failedAtStartMs };
  },
  serve: () => runChild(process.execPath, [join(root, 'bin', 'tenfold.js'), 'serve', ...args]),
  say: (text) => process.stderr.write(`${text}\n`),
};

process.exitCode = await startTenfold(steps, process.env, process.platform);
