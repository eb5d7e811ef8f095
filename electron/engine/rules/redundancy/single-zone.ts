import { kindDefaults } from '../../../../shared/model/defaults';
import { defineRule } from '../../types';
import { ProjectWide } from '../support/projectWide';
import { itemAt } from '../../../../shared/base/itemAt';

/** Reports the redundant components whose instances all share one zone, in one finding for the project. */
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
    const shared = new ProjectWide();
    let only = '';
    let instancesInAll = 0;
    for (const component of project.components) {
      if (component.kind === 'client' || kindDefaults[component.kind].scalingMode === 'managed-elastic') continue;
      const deployment = deploymentOf(component);
      if (deployment.scalingMode === 'managed-elastic' || deployment.instances < 2) continue;
      const zones = [...new Set(component.zoneIds ?? [])];
      if (zones.length >= 2) continue;
      const zone = zones.length === 1 ? graph.zones.get(itemAt(zones, 0))?.name : undefined;
      if (shared.size === 0) {
        const where = zones.length === 1 ? `all in ${zone ?? 'one zone'}` : 'with no zone stated, so Tenfold treats them as sharing one';
        only = `${component.name} runs ${deployment.instances} instances ${where}; losing that zone takes all of them.`;
      }
      const label = shared.listing
        ? `${component.name} (${deployment.instances} instances${zones.length === 1 ? ` in ${zone ?? 'one zone'}` : ', no zone stated'})`
        : undefined;
      shared.add(component.id, label, singleZone.meta.severity);
      instancesInAll += deployment.instances;
    }
    if (shared.size === 0) return [];
    const message =
      shared.size === 1
        ? only
        : `${shared.size} redundant components keep all their instances in one zone (or state none), so losing that zone takes all of them: ${shared.names()}.`;
    return [shared.report(singleZone.meta.severity, message, { components: shared.size, instances: instancesInAll, projectZones: project.zones.length })];
  },
});
