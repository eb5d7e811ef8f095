import type { Component } from '../../../../shared/model/component';
import { DEFAULT_CALLS_PER_REQUEST } from '../../../../shared/model/defaults';
import { formatMultiple, formatPercent, formatRate } from '../../format';
import { incomingOf, outgoingOf, type ProjectGraph } from '../../graph';
import type { AnalysisIndex } from '../../analysisIndex';
import { defineRule } from '../../types';
import { ProjectWide } from '../support/projectWide';
import { DefaultFigures } from '../support/assumptions';

/** A store is read-heavy from this share of reads on. */
const READ_HEAVY = 0.7;
/** Share of reads of a database that states neither a read share nor read/write connections. */
const DEFAULT_DATABASE_READ_SHARE = 0.8;
/** "Meaningful load": at the growth target the store would use at least this much of its capacity. */
const MEANINGFUL_UTILIZATION = 0.5;

/** The assumption line for databases whose read share is the default. */
const defaultShare = (names: string): string => `read share of ${names}: database default ${formatPercent(DEFAULT_DATABASE_READ_SHARE)}`;

/**
 * Reports the databases that answer mostly reads, have no cache or read replica and would be busy
 * at the growth target, in one finding for the project that names each with its read share and
 * utilization at the growth target.
 */
export const readHeavyUncached = defineRule({
  meta: {
    id: 'caching/read-heavy-uncached',
    checklist: 'caching',
    severity: 'warning',
    title: 'A read-heavy database has no cache and no read replica',
    why: "When most of a database's work is answering the same reads, every one of them lands on the primary, the hardest component to scale. At 10× traffic those reads alone can saturate it, although most could be answered from memory or from a replica.",
    fix: 'For each database named, put a cache (Redis, Memcached) in front of the hottest reads with a TTL that matches how stale they may be, or add read replicas and send read-only queries there; measure the hit ratio and state it in the model.',
    source: { guide: 'Design for Scale', section: '3. Database Scaling Strategies' },
  },
  check({ project, graph, index, replicaOf, readReplicasOf, growthFactor }) {
    const stores = new ProjectWide();
    const defaults = new DefaultFigures();
    let only = '';
    // The store busiest at the growth target: the evidence of the finding.
    let worst = '';
    let evidence: Record<string, number> = {};
    let busiest = -1;
    for (const store of project.components) {
      // A replica is itself the answer to read-heavy load: more of them, not a cache, is its next step.
      if (store.kind !== 'database' || replicaOf(store.id) !== undefined || readReplicasOf(store.id) > 0 || relieved(graph, store)) continue;
      const growth = index.growth.get(store.id);
      const utilization = growth?.utilizationAtGrowth ?? null;
      if (utilization === null || utilization < MEANINGFUL_UTILIZATION) continue;
      const share = readShare(graph, index, store);
      if (share.value < READ_HEAVY) continue;
      if (stores.size === 0)
        only = `${store.name} answers mostly reads (${formatPercent(share.value)}) with no cache or read replica; at the growth target it would take ${formatRate(growth!.rateAtGrowth)}, ${formatPercent(utilization)} of its capacity.`;
      if (utilization > busiest) {
        busiest = utilization;
        worst = store.name;
        evidence = {
          readSharePercent: Math.round(share.value * 100),
          rateAtGrowth: Math.round(growth!.rateAtGrowth),
          utilizationAtGrowthPercent: Math.round(utilization * 100),
        };
      }
      if (share.source === 'default') defaults.add('read share', store.name, defaultShare);
      stores.add(
        store.id,
        stores.listing ? `${store.name} (${formatPercent(share.value)} reads, ${formatPercent(utilization)} of capacity)` : undefined,
        readHeavyUncached.meta.severity,
      );
    }
    if (stores.size === 0) return [];
    const message =
      stores.size === 1
        ? only
        : `At ${formatMultiple(growthFactor)}, ${stores.size} databases that answer mostly reads would be busy with no cache or read replica to take them: ${stores.names()}.`;
    return [
      stores.report(
        readHeavyUncached.meta.severity,
        message,
        { stores: stores.size, ...(stores.size > 1 ? { worst } : {}), ...evidence },
        { assumed: defaults.lines() },
      ),
    ];
  },
});

/** A cache absorbs its reads, a cache reads through to it, or replicas (of any kind) take reads. */
function relieved(graph: ProjectGraph, store: Component): boolean {
  if (outgoingOf(graph, store.id).some((c) => c.kind === 'replication')) return true;
  return incomingOf(graph, store.id).some((c) => c.cachedBy !== undefined || graph.components.get(c.from)?.kind === 'cache');
}

/** Stated share; else the split of read and write calls into it; else the database default. */
function readShare(graph: ProjectGraph, index: AnalysisIndex, store: Component): { value: number; source: 'stated' | 'connections' | 'default' } {
  if (store.data?.readShare !== undefined) return { value: store.data.readShare, source: 'stated' };
  let reads = 0;
  let writes = 0;
  for (const c of incomingOf(graph, store.id)) {
    if (c.kind !== 'read' && c.kind !== 'write') continue;
    // Weight by the caller's rate when known, so one busy reader outweighs a rare writer.
    const calls = (index.load.get(c.from)?.rate ?? 1) * (c.callsPerRequest ?? DEFAULT_CALLS_PER_REQUEST);
    if (c.kind === 'read') reads += calls;
    else writes += calls;
  }
  if (reads > 0 && writes > 0) return { value: reads / (reads + writes), source: 'connections' };
  return { value: DEFAULT_DATABASE_READ_SHARE, source: 'default' };
}
