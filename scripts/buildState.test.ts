import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildIsCurrent } from './buildState.mjs';

function write(root: string, path: string, at: number): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), '');
  utimesSync(join(root, path), at, at);
}

describe('buildIsCurrent', () => {
  it('asks for a build when an output is missing or a source changed after the build', () => {
    const root = mkdtempSync(join(tmpdir(), 'tenfold-build-state-'));
    write(root, 'electron/main/index.ts', 1_000);
    write(root, 'renderer/app/App.tsx', 1_000);
    write(root, 'package.json', 1_000);
    expect(buildIsCurrent(root)).toBe(false);
    for (const output of ['out/main/index.js', 'out/main/cli.js', 'out/preload/index.cjs', 'out/renderer/index.html']) write(root, output, 2_000);
    expect(buildIsCurrent(root)).toBe(true);
    write(root, 'renderer/app/App.tsx', 3_000);
    expect(buildIsCurrent(root)).toBe(false);
  });
});
