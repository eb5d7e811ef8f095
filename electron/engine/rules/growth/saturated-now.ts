import { DefaultFigures } from '../support/assumptions';
import { formatNumber, formatPercent, formatRate } from '../../format';
import { defineRule } from '../../types';
import { ProjectWide } from '../support/projectWide';

/** Utilization from which a tier is in trouble whatever the target says. */
const CRITICAL = 0.9;

/**
 * Reports the components at or above the target utilization at today's peak, in one finding for
 * the project that names each with its utilization: an error when any is at 90% or more.
 */
export const saturatedNow = defineRule({
  meta: {
    id: 'growth/saturated-now',
    checklist: 'growth',
    severity: 'warning',
    title: 'A component is already near its capacity today',
    why: 'Above its target utilization a component has no room for a normal peak, a retry storm or a failed instance, and latency climbs steeply as it approaches full use. Such components fail long before traffic grows 10×; they are the first thing to fix.',
    fix: 'Add instances or capacity now (or turn on autoscaling) to each component named, starting with the busiest, then reduce the load it takes: cache repeated reads, batch calls, or move work behind a queue. Measure real capacities so the model stops relying on estimates.',
    source: { guide: 'Scaling Systems the Smart Way', section: '5. Monitor, Then Optimize' },
  },
  check({ project, index }) {
    const target = project.workload.targetUtilization;
    const saturated = new ProjectWide();
    const defaults = new DefaultFigures();
    let only = '';
    let critical = 0;
    // The busiest member's figures: the evidence of the finding.
    let utilization = -1;
    let rate = 0;
    let capacity = 0;
    let instances = 0;
    let busiest = '';
    for (const component of project.components) {
      const load = index.load.get(component.id);
      if (!load || load.utilization === null || load.capacityPerInstance === null || load.utilization < target) continue;
      const total = load.instances * load.capacityPerInstance;
      if (saturated.size === 0) {
        const spread = load.instances > 1 ? ` across ${formatNumber(load.instances)} instances` : '';
        only = `${component.name} runs at ${formatPercent(load.utilization)} of capacity today (${formatRate(load.rate)} of ${formatRate(total)}${spread}), above the ${formatPercent(target)} target.`;
      }
      if (load.utilization > utilization) {
        utilization = load.utilization;
        rate = load.rate;
        capacity = total;
        instances = load.instances;
        busiest = component.name;
      }
      if (load.utilization >= CRITICAL) critical++;
      defaults.addCapacity(component, index);
      saturated.add(
        component.id,
        saturated.listing ? `${component.name} (${formatPercent(load.utilization)})` : undefined,
        load.utilization >= CRITICAL ? 'error' : 'warning',
      );
    }
    if (saturated.size === 0) return [];
    const evidence = {
      components: saturated.size,
      ...(saturated.size > 1 ? { worst: busiest } : {}),
      atOrAbove90Percent: critical,
      utilizationPercent: Math.round(utilization * 1000) / 10,
      rate: Math.round(rate),
      capacity: Math.round(capacity),
      instances,
      targetPercent: Math.round(target * 100),
    };
    const severe = critical === 0 ? '' : critical === saturated.size ? ', all at 90% or more' : `, ${formatNumber(critical)} at 90% or more`;
    const message =
      saturated.size === 1
        ? only
        : `${saturated.size} components run above the ${formatPercent(target)} target utilization today (up to ${formatPercent(utilization)}${severe}): ${saturated.names()}.`;
    return [saturated.report(saturatedNow.meta.severity, message, evidence, { assumed: defaults.lines() })];
  },
});
