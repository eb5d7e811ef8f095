import { kindDefaults } from '../../../../shared/model/defaults';
import { defineRule, type RuleReport } from '../../types';

export const singleZone = defineRule({
  meta: {
    id: 'redundancy/single-zone',
    checklist: 'redundancy',
    severity: 'warning',
    title: 'All instances of a redundant component share one zone',
    why: 'Several instances protect against one machine failing, not against the zone they share losing power or network. When the zone goes, every instance goes with it, so the redundancy paid for does not cover the most common large outage.',
    fix: 'Spread the instances over at least two zones (set the zones in the model) and make sure the load balancer and any standby are zone-aware, so losing one zone leaves enough capacity in the others.',
    source: { guide: 'Design for Scale', section: 'Key Takeaway' },
  },
  check({ project, graph, deploymentOf }) {
    // Without zones in the model there is nothing to place instances in: the rule stays silent.
    if (project.zones.length === 0) return [];
    const reports: RuleReport[] = [];
    for (let i = 0; i < project.components.length; i++) {
      const component = project.components[i]!;
      if (component.kind === 'client' || kindDefaults[component.kind].scalingMode === 'managed-elastic') continue;
      const deployment = deploymentOf(component);
      if (deployment.scalingMode === 'managed-elastic' || deployment.instances < 2) continue;
      const zones = [...new Set(component.zoneIds ?? [])];
      if (zones.length >= 2) continue;
      const where = zones.length === 1
        ? `all in ${graph.zones.get(zones[0]!)?.name ?? 'one zone'}`
        : 'with no zone stated, so Tenfold treats them as sharing one';
      reports.push({
        components: [component.id],
        message: `${component.name} runs ${deployment.instances} instances ${where}; losing that zone takes all of them.`,
        evidence: { instances: deployment.instances, zones: zones.length, projectZones: project.zones.length },
      });
    }
    return reports;
  },
});
