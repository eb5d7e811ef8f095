import { defineRule, type RuleContext } from '../../types';
import { nameOf, outgoingOf } from '../../graph';
import { formatMultiple } from '../../format';
import { operatedByTeam } from '../observability/signals/operatedByTeam';

/**
 * Reports each component the team runs that traffic from an entry point reaches (by any call or
 * message, not replication) and that was never load-tested to the growth factor. Info by default;
 * a warning when the growth analysis already says it must scale out or be redesigned at G×.
 */
export const noLoadTest = defineRule({
  meta: {
    id: 'testing/no-load-test',
    checklist: 'testing',
    severity: 'info',
    title: 'Never load-tested to the growth target',
    why: 'Capacity figures in a model are estimates; the real limit is usually something nobody wrote down — a lock, a pool size, a slow query, a noisy neighbour. Only driving the component at the target multiple of today\'s peak shows where it actually breaks, and finding out in production at 10x means an outage.',
    fix: 'Script realistic traffic (k6, Locust, Gatling or similar) against a production-like environment, ramp it up to the growth factor times today\'s peak, fix what breaks first, repeat regularly, and record the multiple reached on the component.',
    source: { guide: 'Scalability Habits', section: 'Testing at Every Level' },
  },
  check(ctx) {
    const reachedFrom = firstEntryReaching(ctx);
    const target = ctx.growthFactor;
    // The same for every component reported: written once per check, not per finding.
    const growth = formatMultiple(target);
    const untested = `was never load-tested, let alone to the ${growth} growth target`;
    const needs = { rewrite: `, and the growth analysis says it needs a redesign at ${growth}`, 'scale-out': `, and the growth analysis says it needs more instances at ${growth}` };
    const reports = [];
    for (let j = 0; j < ctx.project.components.length; j++) {
      const component = ctx.project.components[j]!;
      const entry = reachedFrom.get(component.id);
      if (entry === undefined || !operatedByTeam(component)) continue;
      const tested = component.testing?.loadTestedMultiple ?? 0;
      if (tested >= target) continue;
      const verdict = ctx.index.growth.get(component.id)?.verdict;
      const atRisk = verdict === 'scale-out' || verdict === 'rewrite';
      const history = tested > 0
        ? `was load-tested only to ${formatMultiple(tested)} today's peak, short of the ${growth} growth target`
        : untested;
      const risk = atRisk ? needs[verdict] : '';
      reports.push({
        components: [component.id],
        message: `${component.name} carries traffic from ${nameOf(ctx.graph, entry)} but ${history}${risk}.`,
        evidence: { loadTestedMultiple: tested, growthFactor: target, rate: roundRate(ctx.index.load.get(component.id)?.rate) },
        ...(atRisk ? { severity: 'warning' as const } : {}),
      });
    }
    return reports;
  },
});

/** For each component, the first entry point (in workload order) whose traffic reaches it. */
function firstEntryReaching(ctx: RuleContext): { get(componentId: string): string | undefined } {
  // By the graph's component numbering: an array, not a map of every component reached.
  const { indexOf } = ctx.graph;
  const reachedFrom: (string | undefined)[] = new Array<string | undefined>(indexOf.size).fill(undefined);
  for (const entry of ctx.graph.entryRates.keys()) {
    const start = indexOf.get(entry)!;
    if (reachedFrom[start] !== undefined) continue;
    reachedFrom[start] = entry;
    const pending = [entry];
    while (pending.length > 0) {
      const id = pending.pop()!;
      for (let i = 0, list = outgoingOf(ctx.graph, id); i < list.length; i++) {
        const connection = list[i]!;
        if (connection.kind === 'replication') continue;
        const to = indexOf.get(connection.to)!;
        if (reachedFrom[to] !== undefined) continue;
        reachedFrom[to] = entry;
        pending.push(connection.to);
      }
    }
  }
  return {
    get(componentId: string) {
      const v = indexOf.get(componentId);
      return v === undefined ? undefined : reachedFrom[v];
    },
  };
}

function roundRate(rate: number | undefined): number | null {
  return rate === undefined || !Number.isFinite(rate) ? null : Math.round(rate * 10) / 10;
}
