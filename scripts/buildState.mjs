// Whether out/ holds a build of the current sources, so `npm start` builds only when it must.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const outputs = ['out/main/index.js', 'out/main/cli.js', 'out/preload/index.cjs', 'out/renderer/index.html'];
const sourceFolders = ['electron', 'shared', 'renderer'];
const sourceFiles = ['package.json', 'electron.vite.config.ts'];

/**
 * True when every output of `npm run build` exists and no source file changed after the oldest.
 * @param {string} root the package root
 */
export function buildIsCurrent(root) {
  const built = outputs.map((path) => join(root, path));
  if (!built.every((path) => existsSync(path))) return false;
  const builtAt = Math.min(...built.map((path) => statSync(path).mtimeMs));
  const sources = [
    ...sourceFolders.flatMap((folder) => filesUnder(join(root, folder))),
    ...sourceFiles.map((file) => join(root, file)).filter((path) => existsSync(path)),
  ];
  return sources.every((path) => statSync(path).mtimeMs <= builtAt);
}

function filesUnder(folder) {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}
