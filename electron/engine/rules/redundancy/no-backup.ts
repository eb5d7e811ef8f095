import type { Component } from '../../../../shared/model/component';
import { defineRule, type RuleReport } from '../../types';

export const noBackup = defineRule({
  meta: {
    id: 'redundancy/no-backup',
    checklist: 'redundancy',
    severity: 'warning',
    title: 'A durable store cannot be restored',
    why: 'Replicas copy mistakes as faithfully as data: a bad migration, a buggy deploy or a deleted bucket is replicated in seconds. Only backups, point-in-time recovery and a restore that has actually been run bring the data back, and at 10× the data is larger and slower to restore.',
    fix: 'Turn on automated backups kept outside the store\'s account or region, enable point-in-time recovery (or object versioning), and restore into a scratch environment on a schedule to prove it works and to learn how long it takes.',
    source: { guide: 'Scaling Systems the Smart Way', section: '8. Plan for Data Growth' },
  },
  check({ project }) {
    const reports: RuleReport[] = [];
    for (let i = 0; i < project.components.length; i++) {
      const store = project.components[i]!;
      if (!holdsDurableData(store)) continue;
      const backups = store.data?.backups ?? {};
      const missing = backups.enabled === true
        ? [
            ...(backups.pointInTimeRecovery === true ? [] : ['point-in-time recovery']),
            ...(backups.restoreTested === true ? [] : ['tested restore']),
          ]
        : ['backups', 'point-in-time recovery', 'tested restore'];
      if (missing.length === 0) continue;
      reports.push({
        components: [store.id],
        message: backups.enabled === true
          ? `${store.name} is backed up, but has no ${missing.join(' and no ')}.`
          : `${store.name} holds durable data with no backups, so a deletion or corruption cannot be undone.`,
        evidence: {
          backups: backups.enabled === true,
          pointInTimeRecovery: backups.pointInTimeRecovery === true,
          restoreTested: backups.restoreTested === true,
        },
        // No backup at all is data loss waiting to happen; a missing refinement is a warning.
        severity: backups.enabled === true ? undefined : 'error',
      });
    }
    return reports;
  },
});

/**
 * Databases, object storage and search hold data unless the model says otherwise; a queue or
 * stream only when it is the system of record (state.durableData). Caches are covered by
 * caching/cache-as-database.
 */
function holdsDurableData(store: Component): boolean {
  if (store.state?.durableData === false) return false;
  if (store.kind === 'database' || store.kind === 'object-storage' || store.kind === 'search') return true;
  return (store.kind === 'queue' || store.kind === 'stream') && store.state?.durableData === true;
}
