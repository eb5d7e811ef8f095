import { formatNumber } from '../../format';
import { defineRule } from '../../types';
import { ProjectWide } from '../support/projectWide';

/**
 * Reports the single-writer databases with no standby or failover, in one finding for the
 * project. A database that is already a single point of failure is left to that finding, which
 * names its missing standby: one risk, one finding.
 */
export const noFailover = defineRule({
  meta: {
    id: 'redundancy/no-failover',
    checklist: 'redundancy',
    severity: 'warning',
    title: 'A primary database has no standby',
    why: 'A single-writer database is the one component that cannot simply be run twice: if its primary fails and nothing is ready to take over, every write stops until someone restores it, which can take hours and lose recent data. Its load and importance only grow at 10×.',
    fix: "Give each primary a synchronous or semi-synchronous standby in another zone with automatic failover (a managed multi-AZ option, Patroni, or the engine's own), and practise the failover so the switch takes minutes, not a restore.",
    source: { guide: 'Design for Scale', section: 'Key Takeaway' },
  },
  check({ project, index, deploymentOf, readReplicasOf }) {
    const databases = new ProjectWide();
    let only = '';
    let replicas = 0;
    let withReplicas = 0;
    let managed = 0;
    let stated = 0;
    for (const db of project.components) {
      if (db.kind !== 'database') continue;
      const deployment = deploymentOf(db);
      if (deployment.scalingMode !== 'single-writer' || deployment.failover !== 'none') continue;
      if ((index.spof.get(db.id)?.entryPointIds.length ?? 0) > 0) continue;
      const readReplicas = readReplicasOf(db.id);
      if (databases.size === 0) {
        const notes = [
          ...(readReplicas > 0 ? [`its ${formatNumber(readReplicas)} read ${readReplicas === 1 ? 'replica' : 'replicas'} can only be promoted by hand`] : []),
          ...(deployment.managed ? ['as a managed service, check that its standby (multi-zone) option is on and say so in the model'] : []),
        ];
        only = `${db.name} is a single primary with no standby or failover${notes.length > 0 ? `; ${notes.join('; ')}` : ''}.`;
      }
      replicas += readReplicas;
      if (readReplicas > 0) withReplicas++;
      if (deployment.managed) managed++;
      if (db.deployment?.failover !== undefined) stated++;
      let label: string | undefined;
      if (databases.listing) {
        const notes = [
          ...(readReplicas > 0 ? [`${formatNumber(readReplicas)} read ${readReplicas === 1 ? 'replica' : 'replicas'}, promoted only by hand`] : []),
          ...(deployment.managed ? ['managed: check its standby option'] : []),
        ];
        label = notes.length > 0 ? `${db.name} (${notes.join('; ')})` : db.name;
      }
      databases.add(db.id, label, noFailover.meta.severity);
    }
    if (databases.size === 0) return [];
    const message = databases.size === 1 ? only : `${databases.size} primary databases have no standby or failover: ${databases.names()}.`;
    const evidence = { databases: databases.size, failoverStated: stated, readReplicas: replicas, withReadReplicas: withReplicas, managed };
    return [databases.report(noFailover.meta.severity, message, evidence)];
  },
});
