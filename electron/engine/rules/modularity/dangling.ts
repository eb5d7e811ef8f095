import { defineRule, type RuleReport } from '../../types';
import { formatList } from '../../format';
import { ProjectWide } from '../support/projectWide';
import { isDeployed } from '../../analyses/topology';

/**
 * Reports each connection whose ends are missing (schema validation forbids them, but the engine
 * never assumes a valid graph) as an error, each connection from a running component to one that
 * is not deployed (0 instances) as a warning, and the components with no connections at all
 * together in one info finding for the project.
 */
export const dangling = defineRule({
  meta: {
    id: 'modularity/dangling',
    checklist: 'modularity',
    severity: 'info',
    title: 'Dangling connection or unconnected component',
    why: 'The analyses follow connections to compute load, availability and failure impact. A connection to a component that does not exist cannot be followed, and a component with no connections receives no load and affects no entry point, so its findings and growth figures are silently wrong. Usually a connection was forgotten.',
    fix: 'Draw the connections the component really has (who calls it, what it calls, which queues it uses), remove the component if it is gone, and delete or repair connections whose ends no longer exist.',
    source: { guide: 'Scalability Habits', section: 'Loose Coupling' },
  },
  check(ctx) {
    const reports: RuleReport[] = [];
    // Connections between existing components are in the graph's adjacency; only the others
    // and cached-by references need recording (a Set of every end was most of this rule's cost).
    const alsoConnected = new Set<string>();
    // Components that are not deployed, found once: most models have none, and then no connection needs a look.
    const undeployed = new Set<string>();
    for (const component of ctx.project.components) {
      if (!isDeployed(ctx.deploymentOf(component))) undeployed.add(component.id);
    }
    for (const connection of ctx.project.connections) {
      // A cache modelled only as the cached-by of a connection still takes part in the graph.
      if (connection.cachedBy !== undefined) alsoConnected.add(connection.cachedBy);
      const from = ctx.graph.components.get(connection.from);
      const to = ctx.graph.components.get(connection.to);
      if (from && to) {
        if (undeployed.has(to.id) && !undeployed.has(from.id) && connection.kind !== 'replication') {
          reports.push({
            components: [from.id, to.id],
            connections: [connection.id],
            message: `${from.name} depends on ${to.name}, which is not deployed (0 instances): what it sends there has nowhere to go.`,
            evidence: { instances: 0 },
            severity: 'warning',
          });
        }
        continue;
      }
      alsoConnected.add(connection.from);
      alsoConnected.add(connection.to);
      const missing = [connection.from, connection.to].filter((id) => !ctx.graph.components.has(id));
      const present = [connection.from, connection.to].filter((id) => ctx.graph.components.has(id));
      reports.push({
        components: present,
        connections: [connection.id],
        message: `Connection ${connection.id} refers to ${missing.length === 1 ? 'a component' : 'components'} that ${missing.length === 1 ? 'does' : 'do'} not exist (${formatList(missing)}).`,
        evidence: { missing: missing.length },
        severity: 'error',
      });
    }
    const unconnected = new ProjectWide();
    for (const component of ctx.project.components) {
      if (ctx.graph.outgoing.has(component.id) || ctx.graph.incoming.has(component.id) || alsoConnected.has(component.id)) continue;
      unconnected.add(component.id, component.name, dangling.meta.severity);
    }
    if (unconnected.size === 1)
      reports.push(
        unconnected.report(dangling.meta.severity, `${unconnected.names()} has no connections: no load reaches it and nothing depends on it.`, {
          components: 1,
        }),
      );
    if (unconnected.size > 1)
      reports.push(
        unconnected.report(
          dangling.meta.severity,
          `${unconnected.size} components have no connections, so no load reaches them and nothing depends on them: ${unconnected.names()}.`,
          { components: unconnected.size },
        ),
      );
    return reports;
  },
});
