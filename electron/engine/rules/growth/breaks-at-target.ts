import { formatMultiple, formatNumber, formatRate } from '../../format';
import { defineRule, type RuleReport } from '../../types';
import { capacityAssumption } from './topology/assumptions';

export const breaksAtTarget = defineRule({
  meta: {
    id: 'growth/breaks-at-target',
    checklist: 'growth',
    severity: 'warning',
    title: 'At the growth target a tier needs more instances than it may have',
    why: 'The tier scales out, but a stated maximum (an autoscaling ceiling, a quota, a licence) stops it short of what the growth target needs. Past that point every extra request adds queueing delay and errors, even though the design itself could take the load.',
    fix: 'Raise the ceiling (autoscaling maximum, provider quota, licence) ahead of the growth, or make each instance do more (profile it, cache, batch) so fewer instances suffice; re-check the headroom afterwards.',
    source: { guide: 'Scaling Systems the Smart Way', section: '3. Design for Horizontal Scaling' },
  },
  check({ project, index, growthFactor }) {
    const reports: RuleReport[] = [];
    for (let i = 0; i < project.components.length; i++) {
      const component = project.components[i]!;
      const growth = index.growth.get(component.id);
      if (!growth || growth.verdict !== 'rewrite' || !growth.blockers.includes('max-instances')) continue;
      if (growth.instancesNeeded === null || growth.allowedInstances === null) continue;
      const headroom = growth.headroom === null ? '' : `; it reaches its target utilization at ${formatMultiple(growth.headroom)} today's load`;
      const assumed = capacityAssumption(component, index);
      reports.push({
        components: [component.id],
        message: `At ${formatMultiple(growthFactor)} (${formatRate(growth.rateAtGrowth)}), ${component.name} needs ${formatNumber(growth.instancesNeeded)} instances but may run at most ${formatNumber(growth.allowedInstances)}${headroom}.`,
        evidence: {
          instancesNeeded: growth.instancesNeeded,
          maxInstances: growth.allowedInstances,
          headroom: growth.headroom === null ? null : Math.round(growth.headroom * 10) / 10,
          rateAtGrowth: Math.round(growth.rateAtGrowth),
        },
        assumed: assumed ? [assumed] : undefined,
      });
    }
    return reports;
  },
});
