import { defineRule, type RuleContext } from '../../types';
import { nameOf, outgoingOf } from '../../graph';
import { formatMultiple } from '../../format';
import { operatedByTeam } from '../observability/signals/operatedByTeam';
import { ProjectWide } from '../support/projectWide';
import { testingInScope } from './scope/testingInScope';

/**
 * Reports the components the team runs that traffic from an entry point reaches (by any call or
 * message, not replication) and that were never load-tested to the growth factor, in one finding
 * for the project. Only components whose testing the model states, or that the growth analysis
 * says break at G× (testingInScope). Info by default; a warning when any of them must scale out
 * or be redesigned at G×.
 */
export const noLoadTest = defineRule({
  meta: {
    id: 'testing/no-load-test',
    checklist: 'testing',
    severity: 'info',
    title: 'Never load-tested to the growth target',
    why: "Capacity figures in a model are estimates; the real limit is usually something nobody wrote down — a lock, a pool size, a slow query, a noisy neighbour. Only driving the component at the target multiple of today's peak shows where it actually breaks, and finding out in production at 10x means an outage.",
    fix: "Script realistic traffic (k6, Locust, Gatling or similar) against a production-like environment, ramp it up to the growth factor times today's peak, fix what breaks first, repeat regularly, and record the multiple reached on the component.",
    source: { guide: 'Scalability Habits', section: 'Testing at Every Level' },
  },
  check(ctx) {
    const reachedFrom = firstEntryReaching(ctx);
    const target = ctx.growthFactor;
    // The same for every component reported: written once per check, not per finding.
    const growth = formatMultiple(target);
    const short = new ProjectWide();
    const breaking = new ProjectWide();
    let only: { name: string; entry: string; tested: number; verdict: 'ok' | 'scale-out' | 'rewrite' } | undefined;
    let lowestTested = target;
    for (const component of ctx.project.components) {
      const entry = reachedFrom.get(component.id);
      if (entry === undefined || !operatedByTeam(component) || !testingInScope(ctx, component)) continue;
      const tested = component.testing?.loadTestedMultiple ?? 0;
      if (tested >= target) continue;
      const verdict = ctx.index.growth.get(component.id)?.verdict ?? 'ok';
      const atRisk = verdict !== 'ok';
      if (short.size === 0) only = { name: component.name, entry, tested, verdict };
      lowestTested = Math.min(lowestTested, tested);
      short.add(
        component.id,
        short.listing ? `${component.name}${tested > 0 ? ` (to ${formatMultiple(tested)})` : ''}` : undefined,
        atRisk ? 'warning' : 'info',
      );
      if (atRisk) breaking.add(component.id, component.name, 'warning');
    }
    if (short.size === 0 || only === undefined) return [];
    const evidence = { components: short.size, breakingAtGrowth: breaking.size, lowestTestedMultiple: lowestTested, growthFactor: target };
    if (short.size === 1) {
      const history =
        only.tested > 0
          ? `was load-tested only to ${formatMultiple(only.tested)} today's peak, short of the ${growth} growth target`
          : `was never load-tested, let alone to the ${growth} growth target`;
      const risk =
        only.verdict === 'rewrite'
          ? `, and the growth analysis says it needs a redesign at ${growth}`
          : only.verdict === 'scale-out'
            ? `, and the growth analysis says it needs more instances at ${growth}`
            : '';
      return [short.report(noLoadTest.meta.severity, `${only.name} carries traffic from ${nameOf(ctx.graph, only.entry)} but ${history}${risk}.`, evidence)];
    }
    const risk =
      breaking.size === 0
        ? ''
        : ` The growth analysis says ${breaking.names()} ${breaking.size === 1 ? 'needs' : 'need'} more instances or a redesign at ${growth}.`;
    const message = `${short.size} components that carry entry-point traffic were never load-tested to the ${growth} growth target: ${short.names()}.${risk}`;
    return [short.report(noLoadTest.meta.severity, message, evidence)];
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
      for (const connection of outgoingOf(ctx.graph, id)) {
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
