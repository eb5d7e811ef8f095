import { formatList } from '../../format';
import { incomingOf } from '../../graph';
import { defineRule, type RuleReport } from '../../types';

/** Tiers whose instances the project runs itself and a balancer routes to. */
const balancedKinds = new Set(['service', 'worker', 'api-gateway', 'identity', 'registry', 'search']);
const balancerKinds = new Set(['load-balancer', 'api-gateway']);

export const noHealthCheck = defineRule({
  meta: {
    id: 'redundancy/no-health-check',
    checklist: 'redundancy',
    severity: 'warning',
    title: 'A load-balanced tier has no health check',
    why: 'Without a health check the balancer keeps sending requests to an instance that has hung, crashed or lost its database, so a share of users fail for as long as the instance stays broken. With the many instances 10× needs, some instance is broken most of the time.',
    fix: 'Expose a health endpoint that checks what the instance needs to serve (not just that the process runs), have the balancer or orchestrator probe it, take failing instances out of rotation and replace them.',
    source: { guide: 'Scaling Systems the Smart Way', section: '7. Build Resilience In' },
  },
  check({ project, graph, deploymentOf }) {
    const reports: RuleReport[] = [];
    for (let i = 0; i < project.components.length; i++) {
      const tier = project.components[i]!;
      if (!balancedKinds.has(tier.kind)) continue;
      const deployment = deploymentOf(tier);
      if (deployment.healthCheck || deployment.managed || deployment.instances < 1) continue;
      // Checked before building the list of names: most tiers have no balancer in front.
      if (!incomingOf(graph, tier.id).some((c) => balancerKinds.has(graph.components.get(c.from)!.kind))) continue;
      const balancers = [...new Set(incomingOf(graph, tier.id)
        .map((c) => graph.components.get(c.from)!)
        .filter((b) => balancerKinds.has(b.kind))
        .map((b) => b.name))];
      if (balancers.length === 0) continue;
      reports.push({
        components: [tier.id],
        message: `${formatList(balancers)} ${balancers.length === 1 ? 'sends' : 'send'} traffic to ${tier.name}, which has no health check, so a broken instance keeps receiving requests.`,
        evidence: { instances: deployment.instances, balancers: balancers.length },
      });
    }
    return reports;
  },
});
