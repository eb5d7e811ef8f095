import { defineRule, type Connection, type RuleContext } from '../../types';
import { computeKinds } from '../../../../shared/model/component';
import { nameOf } from '../../graph';
import { formatPath } from '../../format';
import { heaviestPaths, pathFrom } from '../resilience/paths/heaviestPath';
import { syncRoots } from '../resilience/paths/syncRoots';

/** Paths at least this long are hard to debug without traces. */
const MIN_HOPS = 3;

/**
 * Reports components running the team's code (compute kinds) without tracing that sit on a
 * synchronous path of 3+ hops from an entry point (or, without entry points, from a component
 * nothing calls). One finding per component, naming the longest such path through it.
 */
export const noTracing = defineRule({
  meta: {
    id: 'observability/no-tracing',
    checklist: 'observability',
    severity: 'warning',
    title: 'No tracing on a long synchronous path',
    why: 'When a request crosses three or more components, a slow or failed request cannot be explained from any one component\'s logs: you need to see where the time went along the whole path. A component that does not propagate and record trace context breaks the trace for every request through it, and at 10x load the slow spots move around faster than anyone can guess them.',
    fix: 'Instrument the component with OpenTelemetry: propagate trace context on incoming and outgoing calls, record spans for its own work and its calls to stores, export them to your tracing backend, then mark tracing on the component.',
    source: { guide: 'Scalability Habits', section: 'Observability' },
  },
  check(ctx) {
    const untraced = ctx.project.components.filter((c) => computeKinds.includes(c.kind) && c.observability?.tracing !== true).map((c) => c.id as string);
    if (untraced.length === 0) return [];
    const roots = new Set(syncRoots(ctx));
    const fromRoots = heaviestPaths({
      next: ctx.sync.incoming,
      endOf: (c) => c.from,
      weight: () => 1,
      stop: (id) => (roots.has(id) ? 0 : Number.NEGATIVE_INFINITY),
      indexOf: ctx.graph.indexOf,
    }, untraced);
    const onward = heaviestPaths({ next: ctx.sync.outgoing, endOf: (c) => c.to, weight: () => 1, stop: () => 0, indexOf: ctx.graph.indexOf }, untraced);
    const reports = [];
    for (let i = 0; i < untraced.length; i++) {
      const id = untraced[i]!;
      const hops = fromRoots.get(id)!.weight + onward.get(id)!.weight;
      if (!(hops >= MIN_HOPS)) continue; // -Infinity: not reachable from an entry point
      const path = [...pathFrom(fromRoots, id, (c) => c.from).reverse(), ...pathFrom(onward, id, (c) => c.to)];
      reports.push({
        components: [id],
        message: `${nameOf(ctx.graph, id)} has no tracing but sits on a ${hops}-hop synchronous path: ${describe(ctx, path)}.`,
        evidence: { hops },
      });
    }
    return reports;
  },
});

function describe(ctx: RuleContext, path: readonly Connection[]): string {
  return formatPath([nameOf(ctx.graph, path[0]!.from), ...path.map((c) => nameOf(ctx.graph, c.to))]);
}
