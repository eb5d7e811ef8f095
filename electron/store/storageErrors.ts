import { AppError } from '../../shared/ipc/errors';

/** How long a write waits for another process's lock before LIBRARY_BUSY (SQLite's busy timeout). */
export const LOCK_WAIT_MS = 10_000;

type Cause = 'damaged' | 'full' | 'read-only' | 'locked';

/** The cause behind a SQLite or file-system error, when it is one a user can act on. */
export function storageCause(error: unknown): Cause | null {
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  if (code === 'SQLITE_CORRUPT' || code.startsWith('SQLITE_CORRUPT_') || code === 'SQLITE_NOTADB') return 'damaged';
  if (
    code === 'SQLITE_FULL' ||
    code === 'ENOSPC' ||
    code === 'EDQUOT' ||
    (code === 'SQLITE_IOERR_WRITE' && /disk is full|no space/i.test(String((error as Error).message)))
  )
    return 'full';
  if (
    code.startsWith('SQLITE_READONLY') ||
    code === 'EROFS' ||
    code === 'EACCES' ||
    code === 'EPERM' ||
    (code === 'SQLITE_CANTOPEN' && /read-?only|permission/i.test(String((error as Error).message)))
  )
    return 'read-only';
  if (code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY_') || code === 'SQLITE_LOCKED' || code.startsWith('SQLITE_LOCKED_')) return 'locked';
  return null;
}

/**
 * A storage failure as the error a user reads: what is wrong with the library file and what to
 * do, with a code of its own (and so an HTTP status of its own) for each cause. Other errors
 * are returned as they are.
 */
export function storageError(error: unknown, file: string): unknown {
  if (error instanceof AppError) return error;
  const cause = storageCause(error);
  const detail = error instanceof Error ? error.message : String(error);
  switch (cause) {
    case 'damaged':
      return new AppError(
        'LIBRARY_DAMAGED',
        `The library ${file} is damaged (${detail}). Nothing more was written to it. Stop Tenfold and run "tenfold library restore" to set the damaged file aside and continue from the newest good backup.`,
      );
    case 'full':
      return new AppError(
        'DISK_FULL',
        `The disk holding the library ${file} is full (${detail}): nothing was saved. Free some space, then save again; your edits are still open.`,
      );
    case 'read-only':
      return new AppError(
        'LIBRARY_READ_ONLY',
        `The library ${file} cannot be written (${detail}): the file or its folder is read-only for you, or the disk is mounted read-only. Fix the permissions, or set TENFOLD_DATA_DIR to a writable folder.`,
      );
    case 'locked':
      return new AppError(
        'LIBRARY_BUSY',
        `The library ${file} stayed locked by another program for ${LOCK_WAIT_MS / 1000} seconds (${detail}): nothing was saved. Try again; if it persists, close other programs using the library (another Tenfold, a database browser).`,
      );
    default:
      return error;
  }
}
