import type { Component } from '../../../../shared/model/component';
import { formatList } from '../../format';
import { incomingOf, outgoingOf, type ProjectGraph } from '../../graph';
import { defineRule, type RuleReport } from '../../types';

/** Kinds that keep data when they restart. */
const durableKinds = new Set(['database', 'object-storage', 'search', 'stream']);

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
    // Caches that front a store through cached-by connections, collected once (not per cache).
    const fronting = new Set(project.connections.flatMap((c) => (c.cachedBy === undefined ? [] : [c.cachedBy as string])));
    const reports: RuleReport[] = [];
    for (let i = 0; i < project.components.length; i++) {
      const cache = project.components[i]!;
      if (cache.kind !== 'cache') continue;
      if (cache.cache?.treatedAsDurable === true || cache.state?.durableData === true) {
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

/**
 * Components that write into the cache while neither they nor the cache write to a durable
 * store. A cache that reads through to a store, or is filled cache-aside by a component that
 * also writes the store, holds only copies.
 */
function unbackedWriters(graph: ProjectGraph, cache: Component): Component[] {
  if (outgoingOf(graph, cache.id).some((c) => isDurable(graph, c.to))) return [];
  const writers: Component[] = [];
  for (let j = 0, list = incomingOf(graph, cache.id); j < list.length; j++) {
    const c = list[j]!;
    if (c.kind !== 'write' && !(c.kind === 'sync' && c.mutating === true)) continue;
    const writer = graph.components.get(c.from)!;
    if (writers.includes(writer)) continue;
    const backed = outgoingOf(graph, writer.id).some((o) => (o.kind === 'write' || o.kind === 'async' || o.mutating === true) && isDurable(graph, o.to));
    if (!backed) writers.push(writer);
  }
  return writers;
}

function isDurable(graph: ProjectGraph, id: string): boolean {
  const kind = graph.components.get(id)?.kind;
  return kind !== undefined && (durableKinds.has(kind) || kind === 'queue');
}
