import { computeKinds } from '../../../../shared/model/component';
import { effectiveDeployment } from '../../../../shared/model/defaults';
import { formatList } from '../../format';
import { incomingOf, nameOf, outgoingOf, type ProjectGraph } from '../../graph';
import { defineRule, type RuleReport } from '../../types';

/** Session storage that lets any instance serve any user. */
const stateless = new Set(['none', 'external-store', 'signed-cookie']);

export const inMemorySessions = defineRule({
  meta: {
    id: 'stateless/in-memory-sessions',
    checklist: 'stateless',
    severity: 'warning',
    title: 'User sessions are tied to one instance',
    why: 'When a session lives in the memory of the instance that created it, only that instance can serve the user. Adding instances at 10× then logs users out or forces sticky routing, which spreads load unevenly, and every deploy or crash ends the sessions it held.',
    fix: 'Keep sessions in an external store shared by all instances (Redis or the database) or in a signed cookie, then turn off sticky sessions on the load balancer so any instance can take any request.',
    source: { guide: 'Design for Scale', section: '2. Stateless Architecture' },
  },
  check({ project, graph }) {
    const reports: RuleReport[] = [];
    for (let i = 0; i < project.components.length; i++) {
      const component = project.components[i]!;
      if (component.state?.sessions === 'in-memory') {
        reports.push(inMemory(graph, component.id));
      } else if (component.kind === 'load-balancer' && component.deployment?.stickySessions === true) {
        const report = sticky(graph, component.id);
        if (report) reports.push(report);
      }
    }
    return reports;
  },
});

function inMemory(graph: ProjectGraph, id: string): RuleReport {
  const component = graph.components.get(id)!;
  const instances = effectiveDeployment(component).instances;
  const stickyBalancers = incomingOf(graph, id)
    .map((c) => graph.components.get(c.from))
    .filter((b) => b?.kind === 'load-balancer' && b.deployment?.stickySessions === true)
    .map((b) => b!.name);
  const behind = stickyBalancers.length > 0 ? `, and ${formatList(stickyBalancers)} pins each user to one instance to make that work` : '';
  return {
    components: [id],
    message: `${component.name} keeps user sessions in process memory${behind}; a restart or a new instance loses them.`,
    evidence: { instances, stickyBalancers: stickyBalancers.length },
    // Already more than one instance: users are being bounced between sessions today.
    severity: instances > 1 && stickyBalancers.length === 0 ? 'error' : undefined,
  };
}

/**
 * Sticky routing is only harmless when every tier behind the balancer states stateless sessions;
 * otherwise it usually hides session state kept in an instance.
 */
function sticky(graph: ProjectGraph, id: string): RuleReport | null {
  const tiers = outgoingOf(graph, id)
    .map((c) => graph.components.get(c.to)!)
    .filter((t) => computeKinds.includes(t.kind));
  const unproven = tiers.filter((t) => !stateless.has(t.state?.sessions ?? ''));
  // In-memory tiers get their own report, which already names this balancer.
  if (tiers.length > 0 && unproven.length === 0) return null;
  if (unproven.some((t) => t.state?.sessions === 'in-memory')) return null;
  const names = unproven.map((t) => t.name);
  const target = names.length > 0 ? ` to ${formatList(names)}` : '';
  return {
    components: [id, ...unproven.map((t) => t.id)],
    message: `${nameOf(graph, id)} uses sticky sessions${target}, so each user is bound to one instance: load spreads unevenly and a failed instance drops its users.`,
    evidence: { tiersBehind: unproven.length },
  };
}
