import { defineRule, type Connection, type RuleContext } from '../../types';
import { computeKinds } from '../../../../shared/model/component';
import { nameOf } from '../../graph';
import { formatPath } from '../../format';
import { heaviestPaths, pathFrom } from '../support/heaviestPath';
import { syncRoots } from '../support/syncRoots';
import { ProjectWide } from '../support/projectWide';
import { operatedByTeam } from './signals/operatedByTeam';
import { itemAt } from '../../../../shared/base/itemAt';

/** Paths at least this long are hard to debug without traces. */
const MIN_HOPS = 3;

/**
 * Reports the components running the team's code (compute kinds, not provider-managed) without
 * tracing that sit on a synchronous path of 3+ hops from an entry point (or, without entry
 * points, from a component nothing calls). One finding for the project, naming the longest such
 * path through any of them.
 */
export const noTracing = defineRule({
  meta: {
    id: 'observability/no-tracing',
    checklist: 'observability',
    severity: 'warning',
    title: 'No tracing on a long synchronous path',
    why: "When a request crosses three or more components, a slow or failed request cannot be explained from any one component's logs: you need to see where the time went along the whole path. A component that does not propagate and record trace context breaks the trace for every request through it, and at 10x load the slow spots move around faster than anyone can guess them.",
    fix: 'Instrument the component with OpenTelemetry: propagate trace context on incoming and outgoing calls, record spans for its own work and its calls to stores, export them to your tracing backend, then mark tracing on the component.',
    source: { guide: 'Scalability Habits', section: 'Observability' },
  },
  check(ctx) {
    const untraced = ctx.project.components
      .filter((c) => computeKinds.includes(c.kind) && operatedByTeam(c) && c.observability?.tracing !== true)
      .map((c) => c.id as string);
    if (untraced.length === 0) return [];
    const roots = new Set(syncRoots(ctx));
    const fromRoots = heaviestPaths(
      {
        next: ctx.sync.incoming,
        endOf: (c) => c.from,
        weight: () => 1,
        stop: (id) => (roots.has(id) ? 0 : Number.NEGATIVE_INFINITY),
        indexOf: ctx.graph.indexOf,
      },
      untraced,
    );
    const onward = heaviestPaths({ next: ctx.sync.outgoing, endOf: (c) => c.to, weight: () => 1, stop: () => 0, indexOf: ctx.graph.indexOf }, untraced);
    const members = new ProjectWide();
    let longest = '';
    let longestHops = 0;
    for (const id of untraced) {
      const hops = fromRoots.get(id)!.weight + onward.get(id)!.weight;
      if (!(hops >= MIN_HOPS)) continue; // -Infinity: not reachable from an entry point
      members.add(id, members.listing ? nameOf(ctx.graph, id) : undefined, noTracing.meta.severity);
      if (hops > longestHops) {
        longest = id;
        longestHops = hops;
      }
    }
    if (members.size === 0) return [];
    const path = describe(ctx, [...pathFrom(fromRoots, longest, (c) => c.from).reverse(), ...pathFrom(onward, longest, (c) => c.to)]);
    const message =
      members.size === 1
        ? `${members.names()} has no tracing but sits on a ${longestHops}-hop synchronous path: ${path}.`
        : `${members.size} components on synchronous paths of ${MIN_HOPS} or more hops have no tracing: ${members.names()}. The longest path through them has ${longestHops} hops: ${path}.`;
    return [members.report(noTracing.meta.severity, message, { components: members.size, longestHops })];
  },
});

function describe(ctx: RuleContext, path: readonly Connection[]): string {
  return formatPath([nameOf(ctx.graph, itemAt(path, 0).from), ...path.map((c) => nameOf(ctx.graph, c.to))]);
}
