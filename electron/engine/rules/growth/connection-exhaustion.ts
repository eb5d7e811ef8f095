import type { Component } from '../../../../shared/model/component';
import { formatMultiple, formatNumber } from '../../format';
import { nameOf } from '../../graph';
import { defineRule, type RuleContext, type RuleReport } from '../../types';
import { kindLabel } from './topology/assumptions';
import { listFirst, listSome } from './topology/text';

/** Callers named in a message. */
const LISTED = 6;

export const connectionExhaustion = defineRule({
  meta: {
    id: 'growth/connection-exhaustion',
    checklist: 'growth',
    severity: 'warning',
    title: 'Connections into a store will run out',
    why: 'Every caller instance opens its own connection pool to a store, so connections grow with the number of instances, not with useful work. At 10× the callers scale out and together ask for more connections than the store accepts; new instances then fail to start or requests wait for a connection.',
    fix: 'Put a connection pooler in front of the store (PgBouncer, RDS Proxy, ProxySQL), shrink per-instance pools to what an instance really uses at once, raise the store\'s limit if its memory allows, and move bulk work to fewer, larger consumers.',
    source: { guide: 'Design for Scale', section: '3. Database Scaling Strategies' },
  },
  check({ project, graph, index, growthFactor, capacityOf }) {
    const reports: RuleReport[] = [];
    const growth = formatMultiple(growthFactor); // once per check, not per finding
    for (let i = 0; i < project.components.length; i++) {
      const store = project.components[i]!;
      const figures = index.storeConnections.get(store.id);
      if (!figures || figures.maxConnections === null) continue;
      const atGrowth = Math.max(figures.pooledAtGrowth, figures.concurrentAtGrowth);
      if (atGrowth <= figures.maxConnections) continue;
      const today = Math.max(figures.pooledToday, figures.concurrentToday);
      const callers = figures.callerIds.map((id) => graph.components.get(id)).filter((c) => c !== undefined);
      const who = callers.length > 0 ? listFirst(namesOf(callers, LISTED), callers.length, LISTED) : 'its callers';
      reports.push({
        components: [store.id],
        message: `At ${growth}, ${who} would open ${formatNumber(figures.pooledAtGrowth)} pooled connections to ${store.name} (about ${formatNumber(figures.concurrentAtGrowth)} busy at peak), over its limit of ${formatNumber(figures.maxConnections)}.`,
        evidence: {
          pooledToday: Math.round(figures.pooledToday),
          pooledAtGrowth: Math.round(figures.pooledAtGrowth),
          concurrentAtGrowth: Math.round(figures.concurrentAtGrowth * 10) / 10,
          maxConnections: figures.maxConnections,
        },
        assumed: assumptions(store, figures, callers, capacityOf),
        // Already over the limit at today's load: it fails now, not at the growth target.
        severity: today > figures.maxConnections ? 'error' : undefined,
      });
    }
    return reports;
  },
});

/** The names of the first `limit` components: a message names only those of a long list. */
function namesOf(components: readonly Component[], limit: number): string[] {
  const names: string[] = [];
  for (let i = 0; i < components.length && i < limit; i++) names.push(components[i]!.name);
  return names;
}

/**
 * The store's limit when it is a default, and the callers' pool sizes that are defaults, one line
 * per kind of caller (a store with fifty callers gets a few lines, not fifty).
 */
function assumptions(store: Component, figures: { maxConnections: number | null; maxConnectionsAssumed: boolean }, callers: readonly Component[], capacityOf: RuleContext['capacityOf']): string[] | undefined {
  const lines = figures.maxConnectionsAssumed ? [`max connections of ${store.name}: ${kindLabel(store)} default ${formatNumber(figures.maxConnections)}`] : [];
  const byKind = new Map<string, { names: string[]; pool: number; label: string }>();
  for (let j = 0; j < callers.length; j++) {
    const caller = callers[j]!;
    const pool = capacityOf(caller).poolSize;
    if (!pool.assumed) continue;
    const group = byKind.get(caller.kind) ?? byKind.set(caller.kind, { names: [], pool: pool.value, label: kindLabel(caller) }).get(caller.kind)!;
    group.names.push(caller.name);
  }
  for (const group of byKind.values()) lines.push(`pool size of ${listSome(group.names, 3)}: ${group.label} default ${formatNumber(group.pool)}`);
  return lines.length > 0 ? lines : undefined;
}
