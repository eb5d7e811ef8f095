import { chmodSync, existsSync, mkdirSync, openSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/ipc/errors';
import { newestGoodBackup, quickCheckPasses, type Backup } from './backups';
import { openDatabase } from './database';
import { LIBRARY_FILE } from './dataDir';
import { storageCause, storageError } from './storageErrors';

/**
 * The library file is damaged: SQLite cannot read it, or its quick check found problems. Names
 * the newest backup that passes the check, if there is one, so the caller can offer it.
 */
export class DamagedLibrary extends AppError {
  readonly dataDir: string;
  readonly backup: Backup | undefined;
  constructor(dataDir: string, file: string, problem: string, backup: Backup | undefined) {
    const offer = backup
      ? `The newest good backup is from ${backup.takenAt} (${backup.file}): run "tenfold library restore" (or start the desktop app, which offers it) to set the damaged file aside and continue from that backup; changes made after it are not in it.`
      : `There is no good backup to restore. Move ${file} aside to start with an empty library, or set TENFOLD_DATA_DIR to another folder.`;
    super('LIBRARY_DAMAGED', `The library ${file} is damaged: ${problem}. ${offer}`);
    this.dataDir = dataDir;
    this.backup = backup;
  }
}

/** Only the user may read the library: projects are often confidential designs. */
function restrictAccess(dataDir: string, file: string): void {
  if (!existsSync(dataDir)) mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (!existsSync(file)) closeSync(openSync(file, 'a', 0o600));
  // SQLite gives its -wal and -shm files the database file's permissions.
  for (const suffix of ['', '-wal', '-shm']) if (existsSync(`${file}${suffix}`)) chmodSync(`${file}${suffix}`, 0o600);
}

/**
 * Opens the library database in `dataDir`, creating the folder (0700) and the file (0600) when
 * missing, and runs SQLite's quick check. A damaged file throws DamagedLibrary; a full disk, a
 * read-only file or a lock held too long throw their own AppError; nothing else is changed.
 */
export function openLibraryFile(dataDir: string, { verify = true }: { readonly verify?: boolean } = {}): { db: Database; file: string } {
  const file = join(dataDir, LIBRARY_FILE);
  let db: Database;
  try {
    restrictAccess(dataDir, file);
    db = openDatabase(file);
  } catch (error) {
    if (storageCause(error) === 'damaged')
      throw new DamagedLibrary(dataDir, file, error instanceof Error ? error.message : String(error), newestGoodBackup(dataDir));
    const known = storageError(error, file);
    if (known instanceof AppError) throw known;
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError('INTERNAL', `Tenfold cannot open its library ${file}: ${reason}. Set TENFOLD_DATA_DIR to another folder if this one cannot hold it.`);
  }
  if (!verify) return { db, file };
  let check: ReturnType<typeof quickCheckPasses>;
  try {
    check = quickCheckPasses(db);
  } catch (error) {
    check = { ok: false, problems: [error instanceof Error ? error.message : String(error)] };
  }
  if (!check.ok) {
    db.close();
    const shown = check.problems.slice(0, 3).join('; ');
    throw new DamagedLibrary(
      dataDir,
      file,
      `SQLite's check found ${check.problems.length === 1 ? 'a problem' : `${check.problems.length} problems`} (${shown})`,
      newestGoodBackup(dataDir),
    );
  }
  return { db, file };
}
