import { formatList, formatShortList } from '../../format';
import { defineRule } from '../../types';
import { ProjectWide } from '../support/projectWide';
import { frontingCaches, treatedAsDurable, unbackedWriters } from './primary/primaryCopy';
import { itemAt } from '../../../../shared/base/itemAt';

/**
 * Reports the caches that hold data nowhere else (treated as durable, or written by components
 * that write no durable store), in one finding for the project with their writers as targets: an
 * error when any is treated as durable.
 */
export const cacheAsDatabase = defineRule({
  meta: {
    id: 'caching/cache-as-database',
    checklist: 'caching',
    severity: 'warning',
    title: 'Data lives only in a cache',
    why: 'A cache may drop any entry at any time: on eviction under memory pressure, on a restart, on a failover. Data written only there is lost when that happens. As traffic grows the cache fills faster and evicts more, so the loss goes from rare to routine.',
    fix: 'Write the data to a durable store first and treat the cache as a copy that can be rebuilt, or, if the cache must hold it, run it as a database: persistence, replication, backups and a noeviction policy.',
    source: { guide: 'Scaling Systems the Smart Way', section: '6. Cache Aggressively' },
  },
  check({ project, graph }) {
    const fronting = frontingCaches(project);
    const caches = new ProjectWide();
    // Writers are targets too, once each however many caches they write.
    const writerIds = new Set<string>();
    let only = '';
    let durable = 0;
    for (const cache of project.components) {
      if (cache.kind !== 'cache') continue;
      if (treatedAsDurable(cache)) {
        if (caches.size === 0) only = `${cache.name} is treated as durable, but a cache can lose entries on eviction, restart or failover.`;
        durable++;
        caches.add(cache.id, caches.listing ? `${cache.name} (treated as durable)` : undefined, 'error');
        continue;
      }
      const writers = fronting.has(cache.id) ? [] : unbackedWriters(graph, cache);
      if (writers.length === 0) continue;
      if (caches.size === 0)
        only = `${formatList(writers.map((w) => w.name))} ${writers.length === 1 ? 'writes' : 'write'} to ${cache.name} and to no durable store, and ${cache.name} has no store behind it, so that data exists only in the cache.`;
      for (let j = 0; j < writers.length; j++) writerIds.add(itemAt(writers, j).id);
      const label = caches.listing
        ? `${cache.name} (${formatShortList(
            writers.map((w) => w.name),
            3,
          )} ${writers.length === 1 ? 'writes' : 'write'} to it and to no durable store)`
        : undefined;
      caches.add(cache.id, label, cacheAsDatabase.meta.severity);
    }
    if (caches.size === 0) return [];
    const message =
      caches.size === 1 ? only : `${caches.size} caches hold data that exists nowhere else, so an eviction, restart or failover loses it: ${caches.names()}.`;
    const evidence = { caches: caches.size, treatedAsDurable: durable, writers: writerIds.size };
    return [caches.report(cacheAsDatabase.meta.severity, message, evidence, { components: writerIds.size === 0 ? caches.ids : [...caches.ids, ...writerIds] })];
  },
});
