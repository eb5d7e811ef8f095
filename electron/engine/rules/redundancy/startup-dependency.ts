import { defineRule, type RuleReport } from '../../types';
import { nameOf } from '../../graph';
import { formatShortList } from '../../format';
import { isRedundant } from '../../analyses/spof';

/**
 * Reports components that others need only to start (registration, configuration: connections
 * with dependency 'startup'), that run as a single instance, and that no request path needs
 * (those are single points of failure already). Components needed by the same set of dependents
 * are one finding.
 */
export const startupDependency = defineRule({
  meta: {
    id: 'redundancy/startup-dependency',
    checklist: 'redundancy',
    severity: 'warning',
    title: 'A single instance others need to start',
    why: 'A configuration server, registry or other component that services contact only at start-up does not fail requests when it goes down, so it is easy to leave as one instance. But while it is down nothing that depends on it can restart, be rescheduled or scale out, which is exactly what a 10x traffic spike or a zone failure asks of them.',
    fix: 'Run it as two or more instances (or a managed, replicated service), or let its dependents start from a cached copy of what they fetch (last known configuration, a static list of peers) so a restart does not need it.',
    source: { guide: 'Design for Scale', section: 'Key Takeaway' },
  },
  check(ctx) {
    const dependents = new Map<string, string[]>();
    for (const connection of ctx.project.connections) {
      if (connection.dependency !== 'startup' || connection.from === connection.to) continue;
      const target = ctx.graph.components.get(connection.to);
      if (!target || !ctx.graph.components.has(connection.from) || ctx.index.spof.get(target.id) !== undefined) continue;
      const deployment = ctx.deploymentOf(target);
      if (deployment.instances === 0 || isRedundant(target)) continue;
      const list = dependents.get(target.id) ?? [];
      if (!list.includes(connection.from)) list.push(connection.from);
      dependents.set(target.id, list);
    }
    const groups = new Map<string, { needed: string[]; by: string[] }>();
    for (const [id, by] of dependents) {
      const sorted = [...by].sort();
      const key = sorted.join('|');
      const group = groups.get(key) ?? { needed: [], by: sorted };
      group.needed.push(id);
      groups.set(key, group);
    }
    const reports: RuleReport[] = [];
    for (const { needed, by } of groups.values()) {
      const neededNames = needed.map((id) => nameOf(ctx.graph, id));
      const byNames = by.map((id) => nameOf(ctx.graph, id));
      const subject = needed.length === 1 ? `${neededNames[0]} runs as a single instance` : `${formatShortList(neededNames, 6)} each run as a single instance`;
      reports.push({
        components: [...needed, ...by],
        // Keyed by who needs them, so the finding keeps its review while members come and go.
        keyTargets: by,
        message: `${subject}, and ${formatShortList(byNames, 6)} ${by.length === 1 ? 'needs' : 'need'} ${needed.length === 1 ? 'it' : 'every one of them'} to start: while ${needed.length === 1 ? 'it is' : 'one is'} down, ${by.length === 1 ? 'it' : 'they'} cannot restart or scale out.`,
        evidence: { needed: needed.length, dependents: by.length },
      });
    }
    return reports;
  },
});
