// `npm start`: builds Tenfold and opens the desktop app, or explains how to use the browser
// instead when the Electron binary is missing (as on machines without GitHub access).
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary, missingElectronMessage } from './electronBinary.mjs';
import { nodeVersionProblem } from '../bin/nodeVersion.js';

const tooOld = nodeVersionProblem(process.versions.node, 'npm start');
if (tooOld !== null) {
  process.stderr.write(`${tooOld}\n`);
  process.exit(1);
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const electron = findElectronBinary(root);
if (electron === null) {
  process.stderr.write(`${missingElectronMessage}\n`);
  process.exit(1);
}

const build = spawnSync(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) {
  process.stderr.write('Tenfold: the build failed (see above); nothing was started.\n');
  process.exit(build.status ?? 1);
}

const app = spawn(electron, [root, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
app.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => app.kill(signal));
