import { defineRule } from '../../types';
import { ProjectWide } from '../support/projectWide';
import { frontingCaches, holdsPrimaryData } from './primary/primaryCopy';

/**
 * Reports the caches with no TTL and no invalidation strategy, in one finding for the project. A
 * cache that is the primary store of its data is left to caching/cache-as-database: expiring such
 * entries would lose the data.
 */
export const noExpiry = defineRule({
  meta: {
    id: 'caching/no-expiry',
    checklist: 'caching',
    severity: 'warning',
    title: 'A cache has no expiry and no invalidation',
    why: 'Entries that never expire and are never evicted on change serve stale data for as long as the cache lives, and the cache grows until memory runs out and evicts at random. More traffic means more keys and more writes that the cache silently ignores.',
    fix: 'Give every entry a TTL that matches how stale it may be, and evict or update entries when the source changes (write-through, explicit eviction or change events). State both in the model.',
    source: { guide: 'Scalability Habits', section: 'Caching' },
  },
  check({ project, graph }) {
    const caches = new ProjectWide();
    let fronting: ReadonlySet<string> | undefined;
    for (const cache of project.components) {
      if (cache.kind !== 'cache') continue;
      const profile = cache.cache ?? {};
      const invalidation = profile.invalidation ?? 'none';
      // ttl-only names the TTL as the strategy even when its length is not written down.
      if (profile.ttlSeconds !== undefined || invalidation !== 'none') continue;
      // Collected only once a cache lacks expiry: most projects' caches state a TTL.
      fronting ??= frontingCaches(project);
      if (holdsPrimaryData(graph, fronting, cache)) continue;
      caches.add(cache.id, cache.name, noExpiry.meta.severity);
    }
    if (caches.size === 0) return [];
    const message =
      caches.size === 1
        ? `${caches.names()} has no TTL and no invalidation strategy, so its entries stay until memory runs out, however stale they are.`
        : `${caches.size} caches have no TTL and no invalidation strategy, so their entries stay until memory runs out, however stale they are: ${caches.names()}.`;
    return [caches.report(noExpiry.meta.severity, message, { caches: caches.size })];
  },
});
