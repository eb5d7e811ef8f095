import type { Component } from '../../../../shared/model/component';
import { formatList, formatNumber } from '../../format';
import { incomingOf, isRequestCall, type ProjectGraph } from '../../graph';
import { defineRule } from '../../types';
import { ProjectWide } from '../support/projectWide';

/** Tiers whose instances the project runs itself and a balancer routes to. */
const balancedKinds = new Set(['service', 'worker', 'api-gateway', 'identity', 'registry', 'search']);
const balancerKinds = new Set(['load-balancer', 'api-gateway']);

/**
 * Reports the load-balanced tiers without health checks, in one finding for the project. A tier
 * is load-balanced when it runs two or more instances (or autoscales) and a load balancer or API
 * gateway sends it requests; a single instance with nothing to balance across is not one, and a
 * provider checks the health of what it manages.
 */
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
    const tiers = new ProjectWide();
    let only = '';
    let instancesInAll = 0;
    for (const tier of project.components) {
      if (!balancedKinds.has(tier.kind)) continue;
      const deployment = deploymentOf(tier);
      if (deployment.healthCheck || deployment.managed || (deployment.instances < 2 && !deployment.autoscaling)) continue;
      const balancers = balancersOf(graph, tier);
      if (balancers === undefined) continue;
      const instances = `${deployment.autoscaling ? 'autoscaled' : `${formatNumber(deployment.instances)} instances`}`;
      if (tiers.size === 0)
        only = `${formatList(balancers)} ${balancers.length === 1 ? 'sends' : 'send'} traffic to ${tier.name} (${instances}), which has no health check, so a broken instance keeps receiving requests.`;
      tiers.add(tier.id, tiers.listing ? `${tier.name} (${instances}, behind ${formatList(balancers)})` : undefined, noHealthCheck.meta.severity);
      instancesInAll += deployment.instances;
    }
    if (tiers.size === 0) return [];
    const message =
      tiers.size === 1
        ? only
        : `${tiers.size} load-balanced tiers have no health check, so their balancers keep sending requests to broken instances: ${tiers.names()}.`;
    return [tiers.report(noHealthCheck.meta.severity, message, { tiers: tiers.size, instances: instancesInAll })];
  },
});

/** The names of the balancers and gateways that send the tier requests; undefined when none do. */
function balancersOf(graph: ProjectGraph, tier: Component): string[] | undefined {
  let names: string[] | undefined;
  for (const connection of incomingOf(graph, tier.id)) {
    const from = graph.components.get(connection.from)!;
    if (!balancerKinds.has(from.kind) || !isRequestCall(connection)) continue;
    names ??= [];
    if (!names.includes(from.name)) names.push(from.name);
  }
  return names;
}
