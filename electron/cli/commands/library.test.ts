import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary } from '../../store/library';
import { projectWithLayout } from '../../store/testing/autosaves';
import { runCli } from '../testing/runCli';

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'tenfold-library-cli-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

function fillLibrary(): string {
  const library = openLibrary(dataDir, { backups: false });
  const project = { ...projectWithLayout(300), name: 'Kept in the backup' };
  library.create(project);
  library.close();
  return project.id;
}

function damageTail(file: string): void {
  const size = statSync(file).size;
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(4096 * 6, 0x5a), 0, 4096 * 6, size - 4096 * 6);
  closeSync(fd);
}

describe('tenfold library (the built CLI)', () => {
  it('checks, backs up, finds the damage, and restores the newest good backup keeping the damaged file aside', async () => {
    const id = fillLibrary();
    const intact = await runCli(['library', 'check', '--data-dir', dataDir]);
    expect(intact.code).toBe(0);
    expect(intact.stdout).toContain('intact');
    expect(intact.stdout).toContain('No backups yet.');

    const backup = await runCli(['library', 'backup', '--data-dir', dataDir]);
    expect(backup.code).toBe(0);
    expect(readdirSync(join(dataDir, 'backups'))).toHaveLength(1);

    damageTail(join(dataDir, 'library.sqlite'));
    const damaged = await runCli(['library', 'check', '--data-dir', dataDir]);
    expect(damaged.code).toBe(1);
    expect(damaged.stdout).toContain('damaged');
    expect(damaged.stdout).toContain('tenfold library restore');

    // serve refuses to start on it, and says what to run.
    const serve = await runCli(['serve', '--port', '0', '--data-dir', dataDir]);
    expect(serve.code).toBe(2);
    expect(serve.stderr).toContain('is damaged');
    expect(serve.stderr).toContain('tenfold library restore');
    expect(serve.stderr).not.toContain('writable');

    const restored = await runCli(['library', 'restore', '--data-dir', dataDir]);
    expect(restored.code).toBe(0);
    expect(readdirSync(dataDir).some((name) => name.startsWith('library.sqlite.damaged-'))).toBe(true);
    const library = openLibrary(dataDir, { backups: false });
    try {
      expect(library.open(id).project.name).toBe('Kept in the backup');
    } finally {
      library.close();
    }
    expect(existsSync(join(dataDir, 'library.sqlite'))).toBe(true);
  }, 60_000);

  it('refuses an unknown action with exit 2', async () => {
    const run = await runCli(['library', 'fix', '--data-dir', dataDir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('check, backup or restore');
  });
});
