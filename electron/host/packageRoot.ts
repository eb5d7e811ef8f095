import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder of Tenfold's package.json, found by walking up from `start`. The CLI runs from
 * out/main/cli.js and the tests from the sources, so a fixed relative path would fit only one.
 */
export function findPackageRoot(start: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = start;
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && isTenfoldManifest(manifest)) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`Cannot find Tenfold's package.json above ${start}. Reinstall Tenfold.`);
    dir = parent;
  }
}

function isTenfoldManifest(path: string): boolean {
  try {
    return (JSON.parse(readFileSync(path, 'utf8')) as { name?: unknown }).name === 'tenfold';
  } catch {
    return false;
  }
}
