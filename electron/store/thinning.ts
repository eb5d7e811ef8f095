/**
 * Which autosaved revisions to drop as they age, so a project edited all day does not keep
 * hundreds of near-identical revisions for ever: every revision of the last day is kept; older
 * autosaves are kept one per hour (the last of each hour) for a week, then one per day (the last
 * of each day). Explicit revisions (created, imported, restored, renamed, review decisions from
 * the library, kept over a conflict) and the current revision are never dropped. A kept revision
 * stored as changes to a dropped one is stored again first (revisionModels.ts `rebase`).
 */
export const THINNING = { keepAllHours: 24, hourlyDays: 7 } as const;

export interface ThinnedRevision {
  readonly id: number;
  /** ISO time. */
  readonly savedAt: string;
  readonly autosave: boolean;
}

const HOUR = 3_600_000;

/** The ids to delete from one project's revisions. */
export function revisionsToThin(revisions: readonly ThinnedRevision[], currentId: number | null, now: Date): number[] {
  const keepAllSince = now.getTime() - THINNING.keepAllHours * HOUR;
  const hourlySince = now.getTime() - THINNING.hourlyDays * 24 * HOUR;
  // Newest first, so the first autosave met in a bucket is the last of that hour or day.
  const newestFirst = [...revisions].sort((a, b) => b.id - a.id);
  const buckets = new Set<string>();
  const drop = new Set<number>();
  for (const revision of newestFirst) {
    const at = Date.parse(revision.savedAt);
    if (!revision.autosave || !(at < keepAllSince)) continue;
    const bucket = at >= hourlySince ? revision.savedAt.slice(0, 13) : revision.savedAt.slice(0, 10);
    // The current revision is kept whatever its age, and stands for its hour or day.
    if (buckets.has(bucket) && revision.id !== currentId) drop.add(revision.id);
    else buckets.add(bucket);
  }
  return [...drop].sort((a, b) => a - b);
}
