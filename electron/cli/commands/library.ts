import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import BetterSqlite3 from 'better-sqlite3';
import type { CliCommand, CliIo } from '../command';
import { checkFile, listBackups, newestGoodBackup, restoreBackup, takeBackup, type Backup } from '../../store/backups';
import { defaultDataDir, LIBRARY_FILE } from '../../store/dataDir';
import { UsageError, withExitCodes } from './fileIo';

const usage = `Usage: tenfold library <check|backup|restore> [--data-dir DIR] [--from FILE]

Looks after the project library (the SQLite file the app and "tenfold serve" share).

  check    runs SQLite's full integrity check on the library and lists its backups
  backup   takes a backup now, beside the automatic ones (taken at start and every few hours of
           changes; the newest 5 are kept, in <data dir>/backups)
  restore  sets the library file aside as library.sqlite.damaged-<time> and continues from the
           newest backup that passes SQLite's check (or the one named by --from); changes made
           after that backup are not in it. Stop the app and "tenfold serve" first.

Options:
  --data-dir DIR  library folder (default: $TENFOLD_DATA_DIR, else the app's data folder)
  --from FILE     restore: this backup instead of the newest good one

Exit codes:
  0  done (check: the library is intact)
  1  check: the library is damaged
  2  the library or the backup cannot be read, or the command was used wrongly`;

function readOptions(args: readonly string[], io: CliIo): { action: 'check' | 'backup' | 'restore'; dataDir: string; from: string | undefined } {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: { 'data-dir': { type: 'string' }, from: { type: 'string' } }, strict: true, allowPositionals: true });
  } catch (error) {
    throw new UsageError(`tenfold library: ${(error as Error).message}. Run "tenfold library --help".`);
  }
  const [action, ...extra] = parsed.positionals;
  if ((action !== 'check' && action !== 'backup' && action !== 'restore') || extra.length > 0) {
    throw new UsageError(`tenfold library: name one action, check, backup or restore${action ? `, not "${[action, ...extra].join(' ')}"` : ''}.`);
  }
  const from = parsed.values.from === undefined ? undefined : resolve(io.cwd, parsed.values.from);
  if (from !== undefined && action !== 'restore') throw new UsageError('tenfold library: --from goes with restore only.');
  return { action, dataDir: resolve(io.cwd, parsed.values['data-dir'] ?? defaultDataDir(io.env)), from };
}

const describeBackup = (backup: Backup): string => `${backup.takenAt}  ${(backup.bytes / 1e6).toFixed(1)} MB  ${backup.file}`;

function check(dataDir: string, io: CliIo): number {
  const file = join(dataDir, LIBRARY_FILE);
  const problems = checkFile(file, 'integrity_check');
  const backups = listBackups(dataDir);
  const intact = problems.length === 1 && problems[0] === 'ok';
  if (intact) io.out(`${file}: intact (SQLite integrity check).`);
  else
    io.out(
      [
        `${file}: damaged. SQLite's integrity check found:`,
        ...problems.slice(0, 20).map((p) => `  ${p}`),
        ...(problems.length > 20 ? [`  …and ${problems.length - 20} more`] : []),
      ].join('\n'),
    );
  io.out(backups.length === 0 ? 'No backups yet.' : ['Backups, newest first:', ...backups.map((b) => `  ${describeBackup(b)}`)].join('\n'));
  if (!intact) io.out(backups.length > 0 ? 'Run "tenfold library restore" to continue from the newest good backup.' : 'There is no backup to restore.');
  return intact ? 0 : 1;
}

async function backup(dataDir: string, io: CliIo): Promise<number> {
  const file = join(dataDir, LIBRARY_FILE);
  let db: BetterSqlite3.Database;
  try {
    db = new BetterSqlite3(file, { fileMustExist: true, readonly: true });
  } catch (error) {
    io.err(`tenfold library backup: cannot open ${file}: ${(error as Error).message}.`);
    return 2;
  }
  try {
    io.out(`Backed up to ${describeBackup(await takeBackup(db, dataDir, new Date()))}`);
    return 0;
  } finally {
    db.close();
  }
}

function restore(dataDir: string, from: string | undefined, io: CliIo): number {
  const chosen =
    from === undefined
      ? newestGoodBackup(dataDir)
      : (listBackups(dataDir).find((b) => b.file === from) ?? { file: from, takenAt: 'an unknown time', bytes: 0 });
  if (!chosen) {
    io.err(`tenfold library restore: there is no backup that passes SQLite's check in ${join(dataDir, 'backups')}.`);
    return 2;
  }
  const problems = checkFile(chosen.file, 'quick_check');
  if (problems.length !== 1 || problems[0] !== 'ok') {
    io.err(`tenfold library restore: ${chosen.file} does not pass SQLite's check (${problems.slice(0, 3).join('; ')}); nothing was changed.`);
    return 2;
  }
  const aside = restoreBackup(dataDir, chosen, new Date());
  io.out(`Restored the library from the backup of ${chosen.takenAt} (${chosen.file}). The previous file is kept as ${aside}.`);
  return 0;
}

export const libraryCommand: CliCommand = {
  usage,
  run: (args, io) =>
    withExitCodes('library', io, () => {
      const { action, dataDir, from } = readOptions(args, io);
      if (action === 'check') return check(dataDir, io);
      if (action === 'backup') return backup(dataDir, io);
      return restore(dataDir, from, io);
    }),
};
