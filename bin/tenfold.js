#!/usr/bin/env node
// The `tenfold` command. The CLI is built into out/main/cli.js by `npm run build` (run by `npm install`).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { nodeVersionProblem } from './nodeVersion.js';

const tooOld = nodeVersionProblem(process.versions.node, 'tenfold');
if (tooOld !== null) {
  process.stderr.write(`${tooOld}\n`);
  process.exit(2);
}

const built = fileURLToPath(new URL('../out/main/cli.js', import.meta.url));
if (!existsSync(built)) {
  process.stderr.write('tenfold: the app is not built yet. Run "npm run build" in the Tenfold folder, then try again.\n');
  process.exit(2);
}
await import(pathToFileURL(built).href);
