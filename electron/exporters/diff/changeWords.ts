import type { Project } from '../../../shared/model/project';
import type { ChangedFinding, ProjectComparison, GrowthSide, SeverityCounts } from '../../../shared/changes/comparison';
import { formatMultiple, formatPercent, formatShortList } from '../../engine/format';

/** A comparison to write up: the two projects, what the user called them, and what changed. */
export interface DiffReport {
  /** The old and new side as named on the command line (a path or git:REV:path). */
  readonly beforeName: string;
  readonly afterName: string;
  readonly before: Project;
  readonly after: Project;
  readonly comparison: ProjectComparison;
}

/** Lists in a readable report stop here; the JSON format has every entry. */
export const LIST_LIMIT = 50;

export function countsText(counts: SeverityCounts): string {
  return `${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.info} info`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function breaksFirstText(side: GrowthSide): string {
  return side.breaksFirst === null ? 'nothing (no instance limit)' : `${side.breaksFirst.name} at ${formatMultiple(side.breaksFirst.headroom)}`;
}

/** "breaks first: orders-db at 3.5× → 6.0×" (one name when the same component breaks first). */
export function breaksFirstLine(before: GrowthSide, after: GrowthSide): string {
  const same = before.breaksFirst !== null && after.breaksFirst !== null && before.breaksFirst.componentId === after.breaksFirst.componentId;
  if (same && before.breaksFirst!.headroom === after.breaksFirst!.headroom) return `breaks first: ${breaksFirstText(after)} (unchanged)`;
  if (before.breaksFirst === null && after.breaksFirst === null) return `breaks first: ${breaksFirstText(after)} (unchanged)`;
  const to = same ? formatMultiple(after.breaksFirst!.headroom) : breaksFirstText(after);
  return `breaks first: ${breaksFirstText(before)} → ${to}`;
}

/** "at 10×: 1 rewrite → 0 rewrites, 1 scale-out → 2 scale-outs" (G of the new side, or both). */
export function growthCountsLine(before: GrowthSide, after: GrowthSide): string {
  const at =
    before.growthFactor === after.growthFactor
      ? formatMultiple(after.growthFactor)
      : `${formatMultiple(before.growthFactor)} → ${formatMultiple(after.growthFactor)}`;
  return `at ${at}: ${plural(before.rewrites, 'rewrite')} → ${plural(after.rewrites, 'rewrite')}, ${plural(before.scaleOuts, 'scale-out')} → ${plural(after.scaleOuts, 'scale-out')}`;
}

/** "99.88% → 99.98%", with "(not an entry point)" for a missing side. */
export function availabilityText(before: number | null, after: number | null): string {
  const side = (value: number | null) => (value === null ? '(not an entry point)' : formatPercent(value));
  return `${side(before)} → ${side(after)}`;
}

/** Whether an entry point meets its target, as a word for the report: "now meets", "no longer meets"... */
export function targetVerdict(before: number | null, after: number | null, targetBefore: number, targetAfter: number): string {
  const was = before !== null && before >= targetBefore;
  const is = after !== null && after >= targetAfter;
  if (after === null) return '';
  if (before === null) return is ? 'meets the target' : 'below the target';
  if (was === is) return is ? 'meets the target' : 'still below the target';
  return is ? 'now meets the target' : 'no longer meets the target';
}

/** The first LIST_LIMIT items and how many were left out. */
export function capped<T>(items: readonly T[], limit = LIST_LIMIT): { shown: readonly T[]; more: number } {
  return items.length <= limit ? { shown: items, more: 0 } : { shown: items.slice(0, limit), more: items.length - limit };
}

/** "warning → error  resilience/no-timeout: now also payments; no longer webui". */
export function changedFindingText(change: ChangedFinding): string {
  const severity = change.severityBefore === change.severityAfter ? change.severityAfter : `${change.severityBefore} → ${change.severityAfter}`;
  const parts = [
    ...(change.joined.length > 0 ? [`now also ${formatShortList(change.joined, 5)}`] : []),
    ...(change.left.length > 0 ? [`no longer ${formatShortList(change.left, 5)}`] : []),
  ];
  return `${severity.padEnd(7)}  ${change.ruleId}${parts.length === 0 ? '' : `: ${parts.join('; ')}`}`;
}
