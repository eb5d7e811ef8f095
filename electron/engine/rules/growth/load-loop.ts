import { defineRule, type Connection, type RuleReport } from '../../types';
import { isRequestCall, nameOf } from '../../graph';
import { formatMultiple, formatPath, formatShortList } from '../../format';
import { itemAt } from '../../../../shared/base/itemAt';

/**
 * Reports each loop of the load graph whose load Tenfold cannot sum: a gain of 1 or more per
 * round trip, or a gain resting on defaults. Loops made only of synchronous calls are left to
 * modularity/cyclic-dependency, which says the same of their load.
 */
export const loadLoop = defineRule({
  meta: {
    id: 'growth/load-loop',
    checklist: 'growth',
    severity: 'warning',
    title: 'Load loops back on itself',
    why: 'When work that leaves a component can come back to it (a consumer that publishes events the same broker delivers back to it, or a chain of calls that returns to where it started), every round trip adds load. With a gain of 1 or more per round trip the loop never settles: one request or event can keep the components busy indefinitely, and at 10x traffic the loop saturates them first. Until the model says how much flows round, no figure for these components can be trusted beyond one pass.',
    fix: 'State what bounds the loop: the topics each service publishes and subscribes to (so a consumer only receives what it handles), calls per request below 1 where only some requests come back, or a work-queue pattern where consumers share messages. If the loop is real, break it with an idempotent consumer that drops events it caused, or a hop limit carried in the message.',
    source: { guide: 'Scalability Habits', section: 'Loose Coupling' },
  },
  check(ctx) {
    const reports: RuleReport[] = [];
    const loops = ctx.analyses.load.loops.filter((loop) => !loop.converges);
    if (loops.length === 0) return reports;
    // The connections of the loops, looked up once: most checks have no loop, or a few.
    const wanted = new Set(loops.flatMap((loop) => loop.connectionIds));
    const connections = new Map(ctx.project.connections.filter((c) => wanted.has(c.id)).map((c) => [c.id as string, c]));
    for (const loop of loops) {
      if (loop.connectionIds.every((id) => isRequestCall(connections.get(id)!))) continue;
      const names = loop.path.map((id) => nameOf(ctx.graph, id));
      const assumed = loop.assumedConnectionIds.map((id) => describe(ctx, connections.get(id)!));
      const gain =
        loop.assumedConnectionIds.length > 0
          ? `a gain of ${formatMultiple(loop.gain)} per round trip on default figures`
          : `a gain of ${formatMultiple(loop.gain)} per round trip`;
      reports.push({
        components: [...loop.componentIds],
        connections: [...loop.connectionIds],
        keyTargets: [...loop.componentIds],
        message:
          `Load can go round ${formatPath([...names, itemAt(names, 0)])} with ${gain}; Tenfold counts one pass.` +
          (assumed.length > 0 ? ` State ${formatShortList(assumed, 4)} to bound it.` : ''),
        evidence: { gain: loop.gain, components: loop.componentIds.length, assumedConnections: loop.assumedConnectionIds.length },
      });
    }
    return reports;
  },
});

/** What to state about one connection of the loop. */
function describe(ctx: Parameters<typeof loadLoop.check>[0], connection: Connection): string {
  const from = nameOf(ctx.graph, connection.from);
  const to = nameOf(ctx.graph, connection.to);
  const fromKind = ctx.graph.components.get(connection.from)?.kind;
  if (connection.kind === 'async' && (fromKind === 'queue' || fromKind === 'stream')) return `the topics ${to} subscribes to on ${from}`;
  if (connection.kind === 'async') return `the topics ${from} publishes to ${to}`;
  return `calls per request of ${from} → ${to}`;
}
