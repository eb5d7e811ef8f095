import { defineRule } from '../../types';
import { isHardDependency, nameOf, outgoingOf } from '../../graph';
import type { Connection } from '../../types';

/** Reports hard synchronous dependencies on third-party APIs that have no fallback, no alternative and no queue in between. */
export const externalWithoutFallback = defineRule({
  meta: {
    id: 'resilience/external-without-fallback',
    checklist: 'resilience',
    severity: 'warning',
    title: 'Hard dependency on a third-party API with no fallback',
    why: 'A third-party API fails and slows down on its own schedule, and its rate limits do not grow with your traffic. When a request cannot complete without it, its outages become your outages, and at 10x traffic you reach its limits sooner. Nothing on your side can make it more available.',
    fix: 'Decouple the call: put the work on a queue and call the API from a worker, or give the caller a fallback (cached answer, degraded response, second provider in an alternative group), then mark the connection as soft or with fallback.',
    source: { guide: 'Scaling Systems the Smart Way', section: '7. Build Resilience In' },
  },
  check(ctx) {
    const reports = [];
    for (let i = 0; i < ctx.project.connections.length; i++) {
      const connection = ctx.project.connections[i]!;
      const target = ctx.graph.components.get(connection.to);
      if (!target || target.kind !== 'external-api' || !ctx.graph.components.has(connection.from)) continue;
      if (!isHardDependency(connection) || hasAlternative(outgoingOf(ctx.graph, connection.from), connection)) continue;
      reports.push({
        components: [connection.from, connection.to],
        connections: [connection.id],
        message: `${nameOf(ctx.graph, connection.from)} cannot answer without the third-party API ${target.name}: the call is synchronous, hard, and has no fallback or queue.`,
        evidence: { kind: connection.kind },
      });
    }
    return reports;
  },
});

/** Another connection of the same caller in the same alternative group can stand in. */
function hasAlternative(outgoing: readonly Connection[], connection: Connection): boolean {
  if (connection.alternativeGroup === undefined) return false;
  return outgoing.some((other) => other.id !== connection.id && other.alternativeGroup === connection.alternativeGroup);
}
