import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error -- plain .mjs module without type declarations
import { findElectronBinary } from './electronBinary.mjs';

const root = join(import.meta.dirname, '..');

describe('npm start without the Electron binary', () => {
  it('explains in one paragraph how to open the app in a browser, and exits non-zero without a stack trace', () => {
    const empty = mkdtempSync(join(tmpdir(), 'tenfold-no-electron-'));
    const run = spawnSync(process.execPath, [join(root, 'scripts', 'start.mjs')], {
      cwd: root, encoding: 'utf8', env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: empty },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Electron binary is not installed');
    expect(run.stderr).toContain('npx tenfold serve');
    expect(run.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(run.stdout).toBe('');
  });
});

describe('findElectronBinary', () => {
  it('finds an installed binary through ELECTRON_OVERRIDE_DIST_PATH and reports a missing one as null', () => {
    const dist = mkdtempSync(join(tmpdir(), 'tenfold-electron-'));
    expect(findElectronBinary(root, { ELECTRON_OVERRIDE_DIST_PATH: dist }, 'linux')).toBeNull();
    mkdirSync(dist, { recursive: true });
    writeFileSync(join(dist, 'electron'), '');
    const relative = spawnSync('cat', [join(root, 'node_modules', 'electron', 'path.txt')], { encoding: 'utf8' }).stdout.trim() || 'electron';
    if (relative === 'electron') expect(findElectronBinary(root, { ELECTRON_OVERRIDE_DIST_PATH: dist }, 'linux')).toBe(join(dist, 'electron'));
    else expect(findElectronBinary(root, { ELECTRON_OVERRIDE_DIST_PATH: dist }, 'linux')).toBeNull();
  });
});
