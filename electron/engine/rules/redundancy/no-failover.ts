import { formatNumber } from '../../format';
import { defineRule, type RuleReport } from '../../types';

/**
 * Reports single-writer databases with no standby or failover. A database that is already a
 * single point of failure is left to that finding, which names its missing standby: one risk,
 * one finding.
 */
export const noFailover = defineRule({
  meta: {
    id: 'redundancy/no-failover',
    checklist: 'redundancy',
    severity: 'warning',
    title: 'A primary database has no standby',
    why: 'A single-writer database is the one component that cannot simply be run twice: if its primary fails and nothing is ready to take over, every write stops until someone restores it, which can take hours and lose recent data. Its load and importance only grow at 10×.',
    fix: 'Add a synchronous or semi-synchronous standby in another zone with automatic failover (a managed multi-AZ option, Patroni, or the engine\'s own), and practise the failover so the switch takes minutes, not a restore.',
    source: { guide: 'Design for Scale', section: 'Key Takeaway' },
  },
  check({ project, index, deploymentOf, readReplicasOf }) {
    const reports: RuleReport[] = [];
    for (let i = 0; i < project.components.length; i++) {
      const db = project.components[i]!;
      if (db.kind !== 'database') continue;
      const deployment = deploymentOf(db);
      if (deployment.scalingMode !== 'single-writer' || deployment.failover !== 'none') continue;
      if ((index.spof.get(db.id)?.entryPointIds.length ?? 0) > 0) continue;
      const replicas = readReplicasOf(db.id);
      const notes = [
        ...(replicas > 0 ? [`its ${formatNumber(replicas)} read ${replicas === 1 ? 'replica' : 'replicas'} can only be promoted by hand`] : []),
        ...(deployment.managed ? ['as a managed service, check that its standby (multi-zone) option is on and say so in the model'] : []),
      ];
      reports.push({
        components: [db.id],
        message: `${db.name} is a single primary with no standby or failover${notes.length > 0 ? `; ${notes.join('; ')}` : ''}.`,
        evidence: { failoverStated: db.deployment?.failover !== undefined, readReplicas: replicas, managed: deployment.managed },
      });
    }
    return reports;
  },
});
