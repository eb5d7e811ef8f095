import { formatList, formatNumber, formatPercent } from '../../format';
import { nameOf } from '../../graph';
import { defineRule } from '../../types';
import { ProjectWide } from '../support/projectWide';

const MINUTES_PER_MONTH = 30 * 24 * 60;

/**
 * Reports the entry points whose availability falls below the target, in one finding for the
 * project: each with its figure, the lowest in the evidence, and the weakest links among them.
 */
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
    const below = new ProjectWide();
    const weakest = new Map<string, number>();
    let lowest = 1;
    let target = 1;
    let only = '';
    for (const entry of project.workload.entryPoints) {
      const result = index.entryAvailability.get(entry.componentId);
      if (!result || result.meetsTarget) continue;
      const downtime = (1 - result.availability) * MINUTES_PER_MONTH;
      const budget = (1 - result.target) * MINUTES_PER_MONTH;
      const name = nameOf(graph, entry.componentId);
      if (below.size === 0)
        only = `${name} is available ${formatPercent(result.availability)} against a target of ${formatPercent(result.target)}: about ${formatNumber(downtime)} minutes of downtime a month instead of ${formatNumber(budget)}.`;
      // Twice the allowed downtime or worse is not a rounding matter.
      below.add(
        entry.componentId,
        below.listing ? `${name} ${formatPercent(result.availability)} (about ${formatNumber(downtime)} minutes a month)` : undefined,
        budget > 0 && downtime >= 2 * budget ? 'error' : 'warning',
      );
      lowest = Math.min(lowest, result.availability);
      target = result.target;
      for (const link of result.weakestLinks) weakest.set(link.componentId, Math.min(weakest.get(link.componentId) ?? 1, link.availability));
    }
    if (below.size === 0) return [];
    const links = [...weakest]
      .sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, 3)
      .map(([id, a]) => `${nameOf(graph, id)} ${formatPercent(a)}`);
    const weakestText = links.length > 0 ? ` Weakest links: ${formatList(links)}.` : '';
    const budget = (1 - target) * MINUTES_PER_MONTH;
    const head =
      below.size === 1
        ? only
        : `${below.size} entry points are below the availability target of ${formatPercent(target)}, which allows about ${formatNumber(budget)} minutes of downtime a month: ${below.names()}.`;
    return [
      below.report(availabilityBelowTarget.meta.severity, `${head}${weakestText}`, {
        entryPoints: below.size,
        availabilityPercent: round(lowest * 100, 4),
        targetPercent: round(target * 100, 4),
        downtimeMinutesPerMonth: round((1 - lowest) * MINUTES_PER_MONTH, 1),
        budgetMinutesPerMonth: round(budget, 1),
      }),
    ];
  },
});

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
