import { capacityAssumption } from './topology/assumptions';
import { formatNumber, formatPercent, formatRate } from '../../format';
import { defineRule, type RuleReport } from '../../types';

/** Utilization from which a tier is in trouble whatever the target says. */
const CRITICAL = 0.9;

export const saturatedNow = defineRule({
  meta: {
    id: 'growth/saturated-now',
    checklist: 'growth',
    severity: 'warning',
    title: 'A component is already near its capacity today',
    why: 'Above its target utilization a component has no room for a normal peak, a retry storm or a failed instance, and latency climbs steeply as it approaches full use. Such a component fails long before traffic grows 10×; it is the first thing to fix.',
    fix: 'Add instances or capacity now (or turn on autoscaling), then reduce the load it takes: cache repeated reads, batch calls, or move work behind a queue. Measure its real capacity so the model stops relying on estimates.',
    source: { guide: 'Scaling Systems the Smart Way', section: '5. Monitor, Then Optimize' },
  },
  check({ project, index }) {
    const target = project.workload.targetUtilization;
    const reports: RuleReport[] = [];
    for (let i = 0; i < project.components.length; i++) {
      const component = project.components[i]!;
      const load = index.load.get(component.id);
      if (!load || load.utilization === null || load.capacityPerInstance === null || load.utilization < target) continue;
      const capacity = load.instances * load.capacityPerInstance;
      const spread = load.instances > 1 ? ` across ${formatNumber(load.instances)} instances` : '';
      reports.push({
        components: [component.id],
        message: `${component.name} runs at ${formatPercent(load.utilization)} of capacity today (${formatRate(load.rate)} of ${formatRate(capacity)}${spread}), above the ${formatPercent(target)} target.`,
        evidence: {
          utilizationPercent: Math.round(load.utilization * 1000) / 10,
          rate: Math.round(load.rate),
          capacity: Math.round(capacity),
          instances: load.instances,
          targetPercent: Math.round(target * 100),
        },
        assumed: load.capacityAssumed ? [capacityAssumption(component, index)!] : undefined,
        severity: load.utilization >= CRITICAL ? 'error' : undefined,
      });
    }
    return reports;
  },
});
