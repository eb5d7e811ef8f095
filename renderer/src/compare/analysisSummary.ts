import type { AnalysisDiff, GrowthSide, SeverityCounts } from '../../../shared/changes/comparison';
import { formatAvailability, formatShare } from '../availability/availabilityModel';
import { formatFactor } from '../../../shared/model/growthFactor';

/** One line of the analysis before → after, as the comparison's table shows it. */
export interface SummaryRow {
  readonly label: string;
  readonly before: string;
  readonly after: string;
}

function counts(c: SeverityCounts): string {
  return `${c.error} error${c.error === 1 ? '' : 's'}, ${c.warning} warning${c.warning === 1 ? '' : 's'}, ${c.info} info`;
}

function breaksFirst(side: GrowthSide): string {
  return side.breaksFirst === null ? 'nothing (no instance limit)' : `${side.breaksFirst.name} at ${formatFactor(side.breaksFirst.headroom)}`;
}

function atGrowth(side: GrowthSide): string {
  return `${side.rewrites} rewrite${side.rewrites === 1 ? '' : 's'}, ${side.scaleOuts} scale-out${side.scaleOuts === 1 ? '' : 's'} at ${formatFactor(side.growthFactor)}`;
}

/**
 * The analysis before → after, the rows `tenfold diff` prints: open findings, what breaks first,
 * rewrites and scale-outs, availability of each entry point that changed, single points of failure.
 */
export function summaryRows(analysis: AnalysisDiff): SummaryRow[] {
  const { growth } = analysis;
  const rows: SummaryRow[] = [
    { label: 'Open findings', before: counts(analysis.findings.openBefore), after: counts(analysis.findings.openAfter) },
    { label: 'Breaks first', before: breaksFirst(growth.before), after: breaksFirst(growth.after) },
    { label: 'Growth', before: atGrowth(growth.before), after: atGrowth(growth.after) },
  ];
  for (const a of analysis.availability) {
    if (a.before === a.after && a.targetBefore === a.targetAfter) continue;
    const side = (value: number | null, target: number) =>
      value === null ? 'not an entry point' : `${formatAvailability(value)} (target ${formatAvailability(target)})`;
    rows.push({ label: `Availability of ${a.name}`, before: side(a.before, a.targetBefore), after: side(a.after, a.targetAfter) });
  }
  const spofs = (list: AnalysisDiff['spofs']['added']) => list.map((s) => `${s.name} (${formatShare(s.blastRadius)} of traffic)`).join(', ');
  if (analysis.spofs.added.length > 0) rows.push({ label: 'New single points of failure', before: '—', after: spofs(analysis.spofs.added) });
  if (analysis.spofs.removed.length > 0) rows.push({ label: 'Single points of failure removed', before: spofs(analysis.spofs.removed), after: '—' });
  return rows;
}
