import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '..', '..');
const builder = parse(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown> & {
  electronFuses: Record<string, boolean>;
  fileAssociations: { ext: string }[];
  asarUnpack: string[];
  linux: { target: string[]; icon: string };
  mac: { target: string };
  win: { target: string };
  directories: { buildResources: string };
};
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  main: string;
};

describe('packaging (electron-builder.yml)', () => {
  it('names the product and targets AppImage, deb, dmg and NSIS', () => {
    expect(builder.productName).toBe('Tenfold');
    expect(builder.appId).toMatch(/^[a-z0-9.-]+$/);
    expect(builder.linux.target).toEqual(['AppImage', 'deb']);
    expect(builder.mac.target).toBe('dmg');
    expect(builder.win.target).toBe('nsis');
  });

  it('flips the security fuses of packaged builds', () => {
    expect(builder.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
    });
  });

  it('associates .tenfold.json files and unpacks the native SQLite addon from asar', () => {
    expect(builder.fileAssociations.map((a) => a.ext)).toContain('tenfold.json');
    expect(builder.asarUnpack.some((p) => p.includes('better-sqlite3'))).toBe(true);
  });

  it('ships its icon from resources/', () => {
    expect(builder.directories.buildResources).toBe('resources');
    expect(existsSync(join(root, 'resources', builder.linux.icon))).toBe(true);
  });

  it('keeps only main-process libraries in dependencies (Vite bundles the renderer)', () => {
    const rendererOnly = ['react', 'react-dom', '@mantine/core', '@xyflow/react', 'mermaid', 'electron'];
    for (const name of rendererOnly) expect(Object.keys(manifest.dependencies), name).not.toContain(name);
    expect(Object.keys(manifest.devDependencies)).toContain('electron');
    expect(Object.keys(manifest.dependencies)).toContain('better-sqlite3');
    expect(manifest.main).toBe('out/main/index.js');
  });
});
