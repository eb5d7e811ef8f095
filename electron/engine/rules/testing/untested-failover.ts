import { defineRule } from '../../types';
import { operatedByTeam } from '../observability/signals/operatedByTeam';
import { ProjectWide } from '../support/projectWide';
import { testingInScope } from './scope/testingInScope';
import { itemAt } from '../../../../shared/base/itemAt';

/**
 * Reports the redundant components (two or more instances, or a standby / multi-primary
 * failover) whose failover was never exercised, in one finding for the project. Promoting a
 * standby or a second primary is the risky kind, so it makes the finding a warning; losing one
 * of several identical instances alone is info. Only components whose testing the model states,
 * or that the growth analysis says break at G× (testingInScope).
 */
export const untestedFailover = defineRule({
  meta: {
    id: 'testing/untested-failover',
    checklist: 'testing',
    severity: 'warning',
    title: 'Failover never exercised',
    why: 'Redundancy only counts if the switch-over works: health checks must notice the failure, traffic must move, clients must reconnect, and a promoted standby must take writes without losing data. These paths run rarely and rot quietly, and with more instances and more traffic an untested failover is more likely to be needed and more costly when it fails.',
    fix: 'Exercise failover on purpose in a production-like environment (and then in production, carefully): stop an instance or the primary, measure how long recovery takes and what is lost, fix the gaps, repeat on a schedule, and mark failover as tested.',
    source: { guide: 'Design for Scale', section: 'Key Takeaway' },
  },
  check(ctx) {
    const untested = new ProjectWide();
    let promoted = 0;
    let onlyRedundancy = '';
    for (const component of ctx.project.components) {
      if (!operatedByTeam(component) || component.testing?.failoverTested === true) continue;
      const { instances, failover } = ctx.deploymentOf(component);
      const promotes = failover === 'standby' || failover === 'multi-primary';
      if ((!promotes && instances < 2) || !testingInScope(ctx, component)) continue;
      const redundancy = promotes ? `a ${failover} failover` : `${instances} instances`;
      if (untested.size === 0) onlyRedundancy = redundancy;
      untested.add(component.id, untested.listing ? `${component.name} (${redundancy})` : undefined, promotes ? 'warning' : 'info');
      if (promotes) promoted++;
    }
    if (untested.size === 0) return [];
    const evidence = { components: untested.size, standbys: promoted };
    if (untested.size === 1) {
      const name = ctx.graph.components.get(itemAt(untested.ids, 0))?.name ?? itemAt(untested.ids, 0);
      return [untested.report(untestedFailover.meta.severity, `${name} relies on ${onlyRedundancy}, but its failover has never been tested.`, evidence)];
    }
    return [
      untested.report(
        untestedFailover.meta.severity,
        `${untested.size} redundant components have never had their failover tested: ${untested.names()}.`,
        evidence,
      ),
    ];
  },
});
