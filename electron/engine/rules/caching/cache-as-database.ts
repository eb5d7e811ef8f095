import { formatList } from '../../format';
import { defineRule, type RuleReport } from '../../types';
import { frontingCaches, treatedAsDurable, unbackedWriters } from './primary/primaryCopy';

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
    const reports: RuleReport[] = [];
    for (let i = 0; i < project.components.length; i++) {
      const cache = project.components[i]!;
      if (cache.kind !== 'cache') continue;
      if (treatedAsDurable(cache)) {
        reports.push({
          components: [cache.id],
          message: `${cache.name} is treated as durable, but a cache can lose entries on eviction, restart or failover.`,
          evidence: { treatedAsDurable: true },
          severity: 'error',
        });
        continue;
      }
      const writers = fronting.has(cache.id) ? [] : unbackedWriters(graph, cache);
      if (writers.length === 0) continue;
      reports.push({
        components: [cache.id, ...writers.map((w) => w.id)],
        message: `${formatList(writers.map((w) => w.name))} ${writers.length === 1 ? 'writes' : 'write'} to ${cache.name} and to no durable store, and ${cache.name} has no store behind it, so that data exists only in the cache.`,
        evidence: { writers: writers.length },
      });
    }
    return reports;
  },
});
