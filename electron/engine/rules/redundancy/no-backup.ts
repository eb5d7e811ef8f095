import type { Component } from '../../../../shared/model/component';
import { defineRule } from '../../types';
import { LISTED, ProjectWide } from '../support/projectWide';
import { listFirst } from '../support/text';

/**
 * Reports the durable stores without backups, point-in-time recovery or a tested restore, in one
 * finding for the project: an error when any has no backups at all.
 */
export const noBackup = defineRule({
  meta: {
    id: 'redundancy/no-backup',
    checklist: 'redundancy',
    severity: 'warning',
    title: 'A durable store cannot be restored',
    why: 'Replicas copy mistakes as faithfully as data: a bad migration, a buggy deploy or a deleted bucket is replicated in seconds. Only backups, point-in-time recovery and a restore that has actually been run bring the data back, and at 10× the data is larger and slower to restore.',
    fix: "Turn on automated backups kept outside the store's account or region, enable point-in-time recovery (or object versioning), and restore into a scratch environment on a schedule to prove it works and to learn how long it takes.",
    source: { guide: 'Scaling Systems the Smart Way', section: '8. Plan for Data Growth' },
  },
  check({ project, replicaOf }) {
    const stores = new ProjectWide();
    const unprotected: string[] = [];
    const partly: string[] = [];
    const counts = { withoutBackups: 0, withoutPointInTimeRecovery: 0, withoutTestedRestore: 0 };
    // Stores whose data sits on the container's own disk (no volume, emptyDir): re-creating it loses everything.
    const onLocalDisk: string[] = [];
    let localDiskCount = 0;
    let only = '';
    for (const store of project.components) {
      // A replica holds its primary's data: the primary's backups are the ones that count.
      if (!holdsDurableData(store) || replicaOf(store.id) !== undefined) continue;
      const backups = store.data?.backups ?? {};
      const enabled = backups.enabled === true;
      const pitr = enabled && backups.pointInTimeRecovery === true;
      const restore = enabled && backups.restoreTested === true;
      if (pitr && restore) continue;
      const missing = [...(pitr ? [] : ['point-in-time recovery']), ...(restore ? [] : ['tested restore'])];
      if (stores.size === 0) {
        only = enabled
          ? `${store.name} is backed up, but has no ${missing.join(' and no ')}.`
          : `${store.name} holds durable data with no backups, so a deletion or corruption cannot be undone.`;
      }
      if (!enabled) {
        counts.withoutBackups++;
        if (unprotected.length < LISTED) unprotected.push(store.name);
      } else if (partly.length < LISTED) partly.push(`${store.name} (no ${missing.join(', no ')})`);
      if (store.state?.localDiskWrites === true) {
        if (onLocalDisk.length < LISTED) onLocalDisk.push(store.name);
        localDiskCount++;
      }
      if (!pitr) counts.withoutPointInTimeRecovery++;
      if (!restore) counts.withoutTestedRestore++;
      // No backup at all is data loss waiting to happen; a missing refinement is a warning.
      stores.add(store.id, store.name, enabled ? 'warning' : 'error');
    }
    if (stores.size === 0) return [];
    const evidence = { stores: stores.size, ...counts, ...(localDiskCount > 0 ? { onLocalDisk: localDiskCount } : {}) };
    const local =
      localDiskCount === 0
        ? ''
        : localDiskCount === 1
          ? ` ${onLocalDisk[0]} keeps its data on its container's own disk, so re-creating or rescheduling the container loses it too.`
          : ` ${listFirst(onLocalDisk, localDiskCount, LISTED)} keep their data on their containers' own disks, so re-creating or rescheduling a container loses its data too.`;
    if (stores.size === 1) return [stores.report(noBackup.meta.severity, `${only}${local}`, evidence)];
    const backedUp = stores.size - counts.withoutBackups;
    const parts = [
      ...(counts.withoutBackups > 0
        ? [`no backups on ${listFirst(unprotected, counts.withoutBackups, LISTED)}, so a deletion or corruption there cannot be undone`]
        : []),
      ...(backedUp > 0 ? [`backed up but not fully restorable: ${listFirst(partly, backedUp, LISTED)}`] : []),
    ];
    return [stores.report(noBackup.meta.severity, `${stores.size} durable stores cannot be fully restored: ${parts.join('; ')}.${local}`, evidence)];
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
