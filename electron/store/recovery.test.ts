import { existsSync, mkdtempSync, openSync, readdirSync, rmSync, statSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/ipc/errors';
import { statusFor } from '../host/envelope';
import { BACKUPS_KEPT, checkFile, listBackups, restoreBackup, takeBackup } from './backups';
import { openLibrary } from './library';
import { DamagedLibrary } from './libraryFile';
import { storageError } from './storageErrors';
import { editedOnce, projectWithLayout } from './testing/autosaves';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tenfold-recovery-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A library with a few projects of a few hundred components, and a backup of it. */
async function libraryWithBackup(): Promise<string[]> {
  const library = openLibrary(dir);
  const ids: string[] = [];
  for (let i = 0; i < 4; i++) {
    const project = { ...projectWithLayout(300), id: `50000000-0000-4000-8000-00000000000${i}`, name: `Project ${i}` } as never;
    library.create(project);
    ids.push((project as { id: string }).id);
  }
  // The first write of a session starts a backup in the background.
  await library.settled();
  library.close();
  return ids;
}

/** Overwrites `pages` pages of the file with garbage, counted from its end. */
function damageTail(file: string, pages: number): void {
  const size = statSync(file).size;
  const fd = openSync(file, 'r+');
  try {
    writeSync(fd, Buffer.alloc(4096 * pages, 0x5a), 0, 4096 * pages, size - 4096 * pages);
  } finally {
    closeSync(fd);
  }
}

function caught(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('a damaged library', () => {
  it('is found at start, names the newest good backup, and is restored from it with the damaged file kept aside', async () => {
    const ids = await libraryWithBackup();
    const [backup] = listBackups(dir);
    expect(backup).toBeDefined();
    expect(checkFile(backup!.file, 'integrity_check')).toEqual(['ok']);
    expect(statSync(backup!.file).mode & 0o777).toBe(0o600);

    damageTail(join(dir, 'library.sqlite'), 6);
    const error = caught(() => openLibrary(dir));
    expect(error).toBeInstanceOf(DamagedLibrary);
    expect((error as DamagedLibrary).code).toBe('LIBRARY_DAMAGED');
    expect((error as DamagedLibrary).message).toContain('is damaged');
    expect((error as DamagedLibrary).message).toContain(backup!.file);
    expect((error as DamagedLibrary).message).not.toMatch(/writable/);
    expect((error as DamagedLibrary).backup?.file).toBe(backup!.file);

    const aside = restoreBackup(dir, (error as DamagedLibrary).backup!, new Date('2026-03-01T10:00:00.000Z'));
    expect(existsSync(aside)).toBe(true);
    expect(aside).toMatch(/library\.sqlite\.damaged-2026-03-01T10-00-00-000Z$/);
    const library = openLibrary(dir, { backups: false });
    try {
      expect(
        library
          .list()
          .map((p) => p.id)
          .sort(),
      ).toEqual(ids);
      for (const id of ids) expect(library.open(id).project.components).toHaveLength(300);
    } finally {
      library.close();
    }
  });

  it('answers LIBRARY_DAMAGED, not INTERNAL, when pages go bad while it is open', async () => {
    const ids = await libraryWithBackup();
    const library = openLibrary(dir, { backups: false });
    try {
      // Another program scribbles over the file while the library is open.
      damageTail(join(dir, 'library.sqlite'), 40);
      const errors = ids.map((id) => caught(() => library.open(id))).filter((error) => error !== undefined);
      expect(errors.length).toBeGreaterThan(0);
      for (const error of errors) {
        expect(error).toBeInstanceOf(AppError);
        expect((error as AppError).code).toBe('LIBRARY_DAMAGED');
        expect((error as AppError).message).toContain('tenfold library restore');
      }
    } finally {
      library.close();
    }
  });
});

/** A caught error or the value returned; the test needs errors only. */
function attempt(run: () => unknown): unknown {
  try {
    run();
    return undefined;
  } catch (error) {
    return error;
  }
}

describe('storage failures', () => {
  it('are told apart by cause, each with its own code and HTTP status and a message naming it', () => {
    const file = join(dir, 'raw.sqlite');
    const db = new BetterSqlite3(file);
    db.exec('CREATE TABLE t (x BLOB)');
    // A full disk: SQLite's own page limit stands in for the disk's.
    db.pragma('max_page_count = 3');
    const full = storageError(
      attempt(() => db.prepare('INSERT INTO t VALUES (?)').run(Buffer.alloc(100_000))),
      file,
    );
    db.pragma('max_page_count = 1000000');
    const readOnly = storageError(
      attempt(() => new BetterSqlite3(file, { readonly: true }).prepare('INSERT INTO t VALUES (1)').run()),
      file,
    );
    const other = new BetterSqlite3(file, { timeout: 0 });
    db.exec('BEGIN IMMEDIATE');
    const locked = storageError(
      attempt(() => other.exec('BEGIN IMMEDIATE')),
      file,
    );
    db.exec('COMMIT');
    other.close();
    db.close();
    const cases = [
      [full, 'DISK_FULL', 507, /disk .* is full/],
      [readOnly, 'LIBRARY_READ_ONLY', 423, /cannot be written .* read-only/],
      [locked, 'LIBRARY_BUSY', 503, /stayed locked by another program/],
    ] as const;
    for (const [error, code, status, message] of cases) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe(code);
      expect((error as AppError).message).toMatch(message);
      expect((error as AppError).message).toContain(file);
      expect(statusFor({ ok: false, error: (error as AppError).toShape() })).toBe(status);
    }
    expect(statusFor({ ok: false, error: { code: 'LIBRARY_DAMAGED', message: '' } })).toBe(500);
  });
});

describe('automatic backups', () => {
  it(`rotate, keeping the newest ${BACKUPS_KEPT}, and never leave a partial copy behind`, async () => {
    const library = openLibrary(dir, { backups: false });
    const project = projectWithLayout(20);
    library.create(project);
    library.save(editedOnce(project, 1));
    library.close();
    const db = new BetterSqlite3(join(dir, 'library.sqlite'));
    try {
      for (let i = 0; i < BACKUPS_KEPT + 2; i++) await takeBackup(db, dir, new Date(Date.UTC(2026, 2, 1, 10, i)));
    } finally {
      db.close();
    }
    const backups = listBackups(dir);
    expect(backups).toHaveLength(BACKUPS_KEPT);
    expect(backups[0]!.takenAt).toBe('2026-03-01T10:06:00.000Z');
    expect(backups.at(-1)!.takenAt).toBe('2026-03-01T10:02:00.000Z');
    expect(readdirSync(join(dir, 'backups')).filter((name) => name.endsWith('.partial'))).toEqual([]);
    expect(statSync(join(dir, 'backups')).mode & 0o777).toBe(0o700);
  });
});
