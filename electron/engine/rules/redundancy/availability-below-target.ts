import { formatList, formatNumber, formatPercent } from '../../format';
import { nameOf } from '../../graph';
import { defineRule, type RuleReport } from '../../types';

const MINUTES_PER_MONTH = 30 * 24 * 60;

export const availabilityBelowTarget = defineRule({
  meta: {
    id: 'redundancy/availability-below-target',
    checklist: 'redundancy',
    severity: 'warning',
    title: 'An entry point cannot meet the availability target',
    why: 'A request needs every hard dependency on its path, so their availabilities multiply: a chain of components that each look reliable can add up to more downtime than the target allows. Growth adds components and traffic, which makes the gap costlier, not smaller.',
    fix: 'Start with the weakest links named in the finding: give them more instances across zones or a standby, make calls to them soft (fallback, cached answer, queue), or add an alternative; then re-check until the entry point meets the target.',
    source: { guide: 'Design for Scale', section: 'Key Takeaway' },
  },
  check({ project, graph, index }) {
    const reports: RuleReport[] = [];
    for (const entry of project.workload.entryPoints) {
      const result = index.entryAvailability.get(entry.componentId);
      if (!result || result.meetsTarget) continue;
      const downtime = (1 - result.availability) * MINUTES_PER_MONTH;
      const budget = (1 - result.target) * MINUTES_PER_MONTH;
      const weakest = result.weakestLinks.slice(0, 3).map((w) => `${nameOf(graph, w.componentId)} ${formatPercent(w.availability)}`);
      const links = weakest.length > 0 ? ` Weakest links: ${formatList(weakest)}.` : '';
      reports.push({
        components: [entry.componentId],
        message: `${nameOf(graph, entry.componentId)} is available ${formatPercent(result.availability)} against a target of ${formatPercent(result.target)}: about ${formatNumber(downtime)} minutes of downtime a month instead of ${formatNumber(budget)}.${links}`,
        evidence: {
          availabilityPercent: round(result.availability * 100, 4),
          targetPercent: round(result.target * 100, 4),
          downtimeMinutesPerMonth: round(downtime, 1),
          budgetMinutesPerMonth: round(budget, 1),
        },
        // Twice the allowed downtime or worse is not a rounding matter.
        severity: budget > 0 && downtime >= 2 * budget ? 'error' : undefined,
      });
    }
    return reports;
  },
});

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
