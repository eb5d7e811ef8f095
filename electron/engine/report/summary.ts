import type { Finding } from '../../../shared/model/finding';
import type { Severity } from '../../../shared/model/review';
import type { GrowthAnalysis } from '../../../shared/model/analysis';
import type { Project } from '../../../shared/model/project';
import { formatMultiple, formatNumber } from '../format';
import { isOpenFinding } from '../../../shared/model/openFindings';

export const severityRank: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };

/** Findings still open (not planned, fixed or accepted) at or above a severity. */
export function openAtOrAbove(findings: readonly Finding[], threshold: Severity): Finding[] {
  return findings.filter((f) => f.status === 'open' && severityRank[f.severity] >= severityRank[threshold]);
}

/** "breaks first: orders-db at 3.2×; at 10×: 3 rewrites, 5 scale-outs". */
export function growthSummary(project: Project, growth: GrowthAnalysis): string {
  const name = (id: string) => project.components.find((c) => c.id === id)?.name ?? id;
  const first =
    growth.breaksFirst === null
      ? 'breaks first: no component has a limit on its instances'
      : `breaks first: ${name(growth.breaksFirst.componentId)} at ${formatMultiple(growth.breaksFirst.headroom)}`;
  const plural = (n: number, word: string) => `${formatNumber(n)} ${word}${n === 1 ? '' : 's'}`;
  return `${first}; at ${formatMultiple(growth.growthFactor)}: ${plural(growth.rewrites, 'rewrite')}, ${plural(growth.scaleOuts, 'scale-out')}`;
}

/** "3 errors, 5 warnings, 1 info" over the open findings, counted as the app counts them (open or planned). */
export function countsBySeverity(findings: readonly Finding[]): string {
  const open = findings.filter(isOpenFinding);
  const count = (s: Severity) => open.filter((f) => f.severity === s).length;
  const e = count('error');
  const w = count('warning');
  return `${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}, ${count('info')} info`;
}
