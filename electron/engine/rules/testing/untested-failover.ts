import { defineRule } from '../../types';
import { operatedByTeam } from '../observability/signals/operatedByTeam';

/**
 * Reports redundant components (two or more instances, or a standby / multi-primary failover)
 * whose failover was never exercised. Promoting a standby or a second primary is the risky kind,
 * so it is a warning; losing one of several identical instances is info.
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
    const reports = [];
    for (let i = 0; i < ctx.project.components.length; i++) {
      const component = ctx.project.components[i]!;
      if (!operatedByTeam(component) || component.testing?.failoverTested === true) continue;
      const { instances, failover } = ctx.deploymentOf(component);
      const promotes = failover === 'standby' || failover === 'multi-primary';
      if (!promotes && instances < 2) continue;
      const redundancy = promotes ? `a ${failover} failover` : `${instances} instances`;
      reports.push({
        components: [component.id],
        message: `${component.name} relies on ${redundancy}, but its failover has never been tested.`,
        evidence: { instances, failover },
        ...(promotes ? {} : { severity: 'info' as const }),
      });
    }
    return reports;
  },
});
