import type { Database } from 'better-sqlite3';
import { BACKUP_EVERY_HOURS, listBackups, takeBackup } from './backups';
import type { RevisionModels } from './revisionModels';
import type { Statements } from './statements';
import { revisionsToThin, THINNING } from './thinning';

/** A project's history is thinned at most this often by one process. */
const THIN_EVERY_MS = 10 * 60_000;
/** A backup at start is skipped when another was taken this recently (restarts in a row). */
const START_BACKUP_AFTER_MS = 10 * 60_000;

export interface UpkeepOptions {
  readonly db: Database;
  readonly sql: Statements;
  readonly models: RevisionModels;
  readonly dataDir: string;
  readonly now: () => Date;
  /** Automatic backups (backups.ts); off for libraries opened only to read or in tests that count files. */
  readonly backups: boolean;
}

/**
 * The library's housekeeping: thinning autosaved revisions as they age (thinning.ts) and rotating
 * automatic backups (backups.ts), on start and every BACKUP_EVERY_HOURS while the library changes.
 * Backups run in the background (SQLite's online backup, a few pages per turn of the event loop).
 */
export function createUpkeep({ db, sql, models, dataDir, now, backups }: UpkeepOptions) {
  const thinnedAt = new Map<string, number>();
  let lastBackup = Date.parse(listBackups(dataDir)[0]?.takenAt ?? '') || 0;
  let backingUp: Promise<unknown> | null = null;
  let closed = false;

  const thinTx = db.transaction((projectId: string, at: Date): number[] => {
    const current = sql.currentRevision.get(projectId)?.current_revision_id ?? null;
    const rows = sql.thinnable.all(projectId);
    const drop = revisionsToThin(
      rows.map((r) => ({ id: r.id, savedAt: r.saved_at, autosave: r.autosave === 1 })),
      current,
      at,
    );
    if (drop.length === 0) return drop;
    models.rebase(rows, new Set(drop), (id, encoded) => sql.rewriteRevision.run({ id, model: encoded.model, baseId: encoded.baseId }));
    // Newest first: a revision stored as changes goes before the one it refers to.
    for (const id of [...drop].reverse()) sql.deleteRevision.run(id);
    return drop;
  });

  const thin = (projectId: string): void => {
    const at = now();
    thinnedAt.set(projectId, at.getTime());
    models.forget(thinTx.immediate(projectId, at));
  };

  const backup = (): void => {
    if (!backups || closed || backingUp || sql.projectCount.get()!.n === 0) return;
    const at = now();
    lastBackup = at.getTime();
    // A backup that fails (the library closed meanwhile, a full disk) is only a backup not taken.
    backingUp = takeBackup(db, dataDir, at)
      .catch(() => undefined)
      .finally(() => {
        backingUp = null;
      });
  };

  return {
    /** At open: thin what aged since, and back up unless a backup was just taken. */
    started(): void {
      const cutoff = new Date(now().getTime() - THINNING.keepAllHours * 3_600_000).toISOString();
      for (const { project_id } of sql.projectsWithOldAutosaves.all(cutoff)) thin(project_id);
      if (now().getTime() - lastBackup >= START_BACKUP_AFTER_MS) backup();
    },
    /** After a revision is written. */
    wrote(projectId: string, autosave: boolean): void {
      if (autosave && now().getTime() - (thinnedAt.get(projectId) ?? 0) >= THIN_EVERY_MS) thin(projectId);
      if (now().getTime() - lastBackup >= BACKUP_EVERY_HOURS * 3_600_000) backup();
    },
    /** Resolves when no backup is running (tests, and a clean stop). */
    settled(): Promise<void> {
      return Promise.resolve(backingUp).then(() => undefined);
    },
    close(): void {
      closed = true;
    },
  };
}
export type Upkeep = ReturnType<typeof createUpkeep>;
