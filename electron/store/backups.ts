import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { LIBRARY_FILE } from './dataDir';

/** How many automatic backups are kept; the oldest go first. */
export const BACKUPS_KEPT = 5;
/** A library that changed is backed up again after this long. */
export const BACKUP_EVERY_HOURS = 6;

export interface Backup {
  readonly file: string;
  /** ISO time the backup was taken. */
  readonly takenAt: string;
  readonly bytes: number;
}

const PREFIX = 'library-';
const SUFFIX = '.sqlite';

export function backupsDir(dataDir: string): string {
  return join(dataDir, 'backups');
}

/** ISO time as a file-name part that sorts by time: 2026-03-20T12-00-00-000Z. */
const stamp = (at: Date): string => at.toISOString().replace(/[:.]/g, '-');
const unstamp = (part: string): string => part.replace(/^(\d{4}-\d{2}-\d{2}T\d{2})-(\d{2})-(\d{2})-(\d{3})Z.*$/, '$1:$2:$3.$4Z');

/** The backups in the data folder, newest first. */
export function listBackups(dataDir: string): Backup[] {
  const dir = backupsDir(dataDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.startsWith(PREFIX) && name.endsWith(SUFFIX))
    .sort()
    .reverse()
    .map((name) => ({ file: join(dir, name), takenAt: unstamp(name.slice(PREFIX.length)), bytes: statSync(join(dir, name)).size }));
}

/**
 * Copies the library with SQLite's online backup API: a consistent copy (what is still in the
 * WAL included) taken a few pages per turn of the event loop, so the host keeps answering. It is
 * written under a temporary name and renamed once complete, so a backup interrupted by a crash
 * or by closing the library is never offered. Keeps the newest BACKUPS_KEPT.
 */
export async function takeBackup(db: Database, dataDir: string, at: Date): Promise<Backup> {
  const dir = backupsDir(dataDir);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const name = `${PREFIX}${stamp(at)}-${process.pid}${SUFFIX}`;
  const partial = join(dir, `${name}.partial`);
  try {
    await db.backup(partial);
    chmodSync(partial, 0o600);
    renameSync(partial, join(dir, name));
  } finally {
    rmSync(partial, { force: true });
  }
  for (const old of listBackups(dataDir).slice(BACKUPS_KEPT)) rmSync(old.file, { force: true });
  return listBackups(dataDir).find((backup) => backup.file === join(dir, name)) ?? { file: join(dir, name), takenAt: at.toISOString(), bytes: 0 };
}

/** What SQLite's check says of a database file: 'ok', or the problems it found. */
export function checkFile(file: string, pragma: 'quick_check' | 'integrity_check'): string[] {
  let db: Database | undefined;
  try {
    db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    const rows = db.pragma(pragma) as Record<string, string>[];
    return rows.map((row) => Object.values(row)[0] ?? '');
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  } finally {
    db?.close();
  }
}

const passes = (problems: readonly string[]): boolean => problems.length === 1 && problems[0] === 'ok';

/** The newest backup that passes SQLite's quick check, if any. */
export function newestGoodBackup(dataDir: string): Backup | undefined {
  return listBackups(dataDir).find((backup) => passes(checkFile(backup.file, 'quick_check')));
}

/**
 * Sets the library file aside (with its WAL) as library.sqlite.damaged-<time> and puts a copy of
 * the backup in its place. Returns the path the damaged file was moved to. Only while no process
 * has the library open.
 */
export function restoreBackup(dataDir: string, backup: Backup, at: Date): string {
  const file = join(dataDir, LIBRARY_FILE);
  const aside = `${file}.damaged-${stamp(at)}`;
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(`${file}${suffix}`)) renameSync(`${file}${suffix}`, `${aside}${suffix}`);
  }
  const incoming = `${file}.restoring`;
  copyFileSync(backup.file, incoming);
  chmodSync(incoming, 0o600);
  renameSync(incoming, file);
  return aside;
}

/** True when SQLite's quick check passes on the database. */
export function quickCheckPasses(db: Database): { ok: true } | { ok: false; problems: string[] } {
  const rows = db.pragma('quick_check') as Record<string, string>[];
  const problems = rows.map((row) => Object.values(row)[0] ?? '');
  return passes(problems) ? { ok: true } : { ok: false, problems };
}
