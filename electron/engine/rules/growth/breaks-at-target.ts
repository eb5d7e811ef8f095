import { formatMultiple, formatNumber, formatRate } from '../../format';
import { defineRule } from '../../types';
import { ProjectWide } from '../support/projectWide';
import { DefaultFigures } from '../support/assumptions';

/**
 * Reports the tiers that need more instances at the growth target than their stated maximum
 * allows, in one finding for the project that names each with both counts.
 */
export const breaksAtTarget = defineRule({
  meta: {
    id: 'growth/breaks-at-target',
    checklist: 'growth',
    severity: 'warning',
    title: 'At the growth target a tier needs more instances than it may have',
    why: 'The tier scales out, but a stated maximum (an autoscaling ceiling, a quota, a licence) stops it short of what the growth target needs. Past that point every extra request adds queueing delay and errors, even though the design itself could take the load.',
    fix: 'For each tier named, raise the ceiling (autoscaling maximum, provider quota, licence) ahead of the growth, or make each instance do more (profile it, cache, batch) so fewer instances suffice; re-check the headroom afterwards.',
    source: { guide: 'Scaling Systems the Smart Way', section: '3. Design for Horizontal Scaling' },
  },
  check({ project, index, growthFactor }) {
    const tiers = new ProjectWide();
    const defaults = new DefaultFigures();
    let only = '';
    // The tier that reaches its limit soonest (smallest headroom): the evidence of the finding.
    let worst = '';
    let evidence: Record<string, number | null> = {};
    let tightest = Infinity;
    for (const component of project.components) {
      const growth = index.growth.get(component.id);
      if (!growth || growth.verdict !== 'rewrite' || !growth.blockers.includes('max-instances')) continue;
      if (growth.instancesNeeded === null || growth.allowedInstances === null) continue;
      if (tiers.size === 0) {
        const headroom = growth.headroom === null ? '' : `; it reaches its target utilization at ${formatMultiple(growth.headroom)} today's load`;
        only = `At ${formatMultiple(growthFactor)} (${formatRate(growth.rateAtGrowth)}), ${component.name} needs ${formatNumber(growth.instancesNeeded)} instances but may run at most ${formatNumber(growth.allowedInstances)}${headroom}.`;
      }
      if (tiers.size === 0 || (growth.headroom ?? Infinity) < tightest) {
        tightest = growth.headroom ?? Infinity;
        worst = component.name;
        evidence = {
          instancesNeeded: growth.instancesNeeded,
          maxInstances: growth.allowedInstances,
          headroom: growth.headroom === null ? null : Math.round(growth.headroom * 10) / 10,
          rateAtGrowth: Math.round(growth.rateAtGrowth),
        };
      }
      defaults.addCapacity(component, index);
      tiers.add(
        component.id,
        tiers.listing ? `${component.name} (${formatNumber(growth.instancesNeeded)} needed, at most ${formatNumber(growth.allowedInstances)})` : undefined,
        breaksAtTarget.meta.severity,
      );
    }
    if (tiers.size === 0) return [];
    const message =
      tiers.size === 1 ? only : `At ${formatMultiple(growthFactor)}, ${tiers.size} tiers need more instances than they may run: ${tiers.names()}.`;
    return [
      tiers.report(
        breaksAtTarget.meta.severity,
        message,
        { components: tiers.size, ...(tiers.size > 1 ? { worst } : {}), ...evidence },
        { assumed: defaults.lines() },
      ),
    ];
  },
});
