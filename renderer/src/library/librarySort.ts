import type { ProjectSummary } from '../../../shared/ipc/contract';

export type LibrarySort = 'opened' | 'updated' | 'name';

/**
 * Filters by a search over name and description, then sorts: most recently opened first
 * (never-opened projects after, by update), most recently updated first, or by name.
 */
export function arrangeProjects(projects: readonly ProjectSummary[], search: string, sort: LibrarySort): ProjectSummary[] {
  const words = search.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const matching = projects.filter((p) => {
    const text = `${p.name} ${p.description ?? ''}`.toLowerCase();
    return words.every((w) => text.includes(w));
  });
  const byName = (a: ProjectSummary, b: ProjectSummary) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base', numeric: true });
  const byUpdated = (a: ProjectSummary, b: ProjectSummary) => b.updatedAt.localeCompare(a.updatedAt) || byName(a, b);
  return matching.sort((a, b) => {
    if (sort === 'name') return byName(a, b);
    if (sort === 'updated') return byUpdated(a, b);
    if (a.lastOpenedAt && b.lastOpenedAt) return b.lastOpenedAt.localeCompare(a.lastOpenedAt) || byName(a, b);
    if (a.lastOpenedAt) return -1;
    if (b.lastOpenedAt) return 1;
    return byUpdated(a, b);
  });
}

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "3 minutes ago", "yesterday", "just now". */
export function timeAgo(iso: string | null, now: number = Date.now()): string {
  if (!iso) return 'Never';
  const seconds = (Date.parse(iso) - now) / 1000;
  for (const [unit, size] of units) if (Math.abs(seconds) >= size) return relative.format(Math.round(seconds / size), unit);
  return 'just now';
}
