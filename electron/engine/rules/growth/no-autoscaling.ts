import { computeKinds } from '../../../../shared/model/component';
import { formatMultiple, formatNumber } from '../../format';
import { nameOf } from '../../graph';
import { defineRule } from '../../types';
import { ProjectWide } from '../support/projectWide';
import { entryPointIds, reachForward, startOf } from '../support/reach';

/**
 * Reports the horizontally scalable compute tiers on a load path that run a fixed number of
 * instances, in one finding for the project: a warning when any needs more instances at G×.
 */
export const noAutoscaling = defineRule({
  meta: {
    id: 'growth/no-autoscaling',
    checklist: 'growth',
    severity: 'warning',
    title: 'A horizontally scalable tier runs a fixed number of instances',
    why: 'Traffic that comes from users rises and falls by the hour and jumps with launches and campaigns. A tier that could add instances but has a fixed count is either paid for at peak all day or overloaded at the peak, and someone must resize it by hand each time growth moves the peak.',
    fix: 'Turn on autoscaling with a minimum that survives losing one instance, a maximum that covers the growth target, and a metric that tracks load (CPU, requests per instance, or queue depth for workers); keep the tier stateless so new instances can serve at once.',
    source: { guide: 'Scaling Systems the Smart Way', section: '3. Design for Horizontal Scaling' },
  },
  check({ project, graph, index, growthFactor, deploymentOf }) {
    const reach = reachForward(graph, entryPointIds(graph), (c) => c.kind !== 'replication');
    const fixed = new ProjectWide();
    const growth = formatMultiple(growthFactor); // once per check, not per finding
    let only = '';
    let growing = 0;
    let mostNeeded: number | null = null;
    for (const component of project.components) {
      if (!computeKinds.includes(component.kind) || !reach.has(component.id)) continue;
      const deployment = deploymentOf(component);
      // 0 instances: not deployed yet, so there is nothing to size.
      if (deployment.autoscaling || deployment.managed || deployment.scalingMode !== 'horizontal' || deployment.instances === 0) continue;
      const needed = index.growth.get(component.id)?.instancesNeeded ?? null;
      const grows = needed !== null && needed > deployment.instances;
      if (fixed.size === 0) {
        const entry = nameOf(graph, startOf(reach, component.id));
        const outlook = grows
          ? `; at ${growth} it needs ${formatNumber(needed)}, and every step until then is a manual resize`
          : ', so a peak beyond what they carry must be met by hand';
        only = `${component.name} runs ${deployment.instances === 1 ? 'a single fixed instance' : `a fixed ${formatNumber(deployment.instances)} instances`} on the load path from ${entry}${outlook}.`;
      }
      const label = fixed.listing
        ? `${component.name} (${formatNumber(deployment.instances)}${grows ? `, needs ${formatNumber(needed)} at ${growth}` : ''})`
        : undefined;
      // Enough instances for the growth target already: a cost and operations matter, not a risk.
      fixed.add(component.id, label, grows ? 'warning' : 'info');
      if (grows) growing++;
      if (needed !== null) mostNeeded = Math.max(mostNeeded ?? 0, needed);
    }
    if (fixed.size === 0) return [];
    const message =
      fixed.size === 1
        ? only
        : `${fixed.size} tiers on load paths run a fixed number of instances, so every peak beyond what they carry is met by a manual resize: ${fixed.names()}.`;
    return [fixed.report(noAutoscaling.meta.severity, message, { tiers: fixed.size, growing, mostInstancesNeeded: mostNeeded })];
  },
});
