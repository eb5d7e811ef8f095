import { existsSync } from 'node:fs';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { AppError } from '../../shared/ipc/errors';
import { storeMigrations, type StoreMigration } from './migrations/index';
import { LOCK_WAIT_MS } from './storageErrors';

/**
 * Opens (creating if needed) the library database: WAL so a crash mid-save never corrupts what
 * was committed, synchronous FULL so a committed save survives power loss too, foreign keys on,
 * and every pending schema migration applied.
 */
export function openDatabase(file: string, migrations: readonly StoreMigration[] = storeMigrations): Database {
  const db = new BetterSqlite3(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // Another Tenfold process (the app next to `tenfold serve`) may hold the write lock for a
    // moment: wait for it (write transactions ask for the lock first, see library.ts).
    db.pragma(`busy_timeout = ${LOCK_WAIT_MS}`);
    migrate(db, file, migrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function isEmpty(db: Database): boolean {
  return (db.prepare('SELECT count(*) AS n FROM sqlite_schema').get() as { n: number }).n === 0;
}

/** Runs each pending migration in its own transaction, after copying a non-empty database aside. */
export function migrate(db: Database, file: string, migrations: readonly StoreMigration[]): void {
  const from = schemaVersion(db);
  const latest = migrations.at(-1)?.version ?? 0;
  if (from > latest) {
    throw new AppError(
      'NEWER_SCHEMA',
      `The library ${file} was written by a newer Tenfold (library schema ${from}; this version knows up to ${latest}). Update Tenfold, or set TENFOLD_DATA_DIR to another folder.`,
    );
  }
  const pending = migrations.filter((m) => m.version > from);
  if (pending.length === 0) return;
  if (!isEmpty(db)) backup(db, file, from);
  for (const migration of pending) {
    // Immediate, and the version read again inside: two processes opening an old library at
    // the same moment wait for each other, and the second finds the migration done.
    db.transaction(() => {
      if (schemaVersion(db) >= migration.version) return;
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
}

/** A consistent copy next to the file (VACUUM INTO includes what is still in the WAL). */
function backup(db: Database, file: string, from: number): string {
  let target = `${file}.bak-v${from}`;
  for (let n = 2; existsSync(target); n++) target = `${file}.bak-v${from}-${n}`;
  db.prepare('VACUUM INTO ?').run(target);
  return target;
}
