import type { StoreConnections } from '../../../../shared/model/analysis';
import type { Component } from '../../../../shared/model/component';
import { formatMultiple, formatNumber } from '../../format';
import { defineRule, type RuleContext } from '../../types';
import { LISTED, ProjectWide } from '../support/projectWide';
import { DefaultFigures, kindLabel } from '../support/assumptions';
import { listFirst } from '../support/text';
import { itemAt } from '../../../../shared/base/itemAt';

/**
 * Reports the stores whose callers' connections at the growth target exceed their limit, in one
 * finding for the project that names each store with its figures: an error when any is over its
 * limit today.
 */
export const connectionExhaustion = defineRule({
  meta: {
    id: 'growth/connection-exhaustion',
    checklist: 'growth',
    severity: 'warning',
    title: 'Connections into a store will run out',
    why: 'Every caller instance opens its own connection pool to a store, so connections grow with the number of instances, not with useful work. At 10× the callers scale out and together ask for more connections than the store accepts; new instances then fail to start or requests wait for a connection.',
    fix: "Put a connection pooler in front of each store named (PgBouncer, RDS Proxy, ProxySQL), shrink per-instance pools to what an instance really uses at once, raise the store's limit if its memory allows, and move bulk work to fewer, larger consumers.",
    source: { guide: 'Design for Scale', section: '3. Database Scaling Strategies' },
  },
  check({ project, graph, index, growthFactor, capacityOf }) {
    const stores = new ProjectWide();
    const defaults = new DefaultFigures();
    const seenCallers = new Set<string>();
    const growth = formatMultiple(growthFactor); // once per check, not per finding
    let only = '';
    let overToday = 0;
    // The store furthest over its limit: the evidence of the finding.
    let worst = '';
    let worstRatio = -1;
    let figuresOfWorst: Record<string, number> = {};
    for (const store of project.components) {
      const figures = index.storeConnections.get(store.id);
      if (!figures || figures.maxConnections === null) continue;
      const atGrowth = Math.max(figures.pooledAtGrowth, figures.concurrentAtGrowth);
      if (atGrowth <= figures.maxConnections) continue;
      const today = Math.max(figures.pooledToday, figures.concurrentToday);
      if (stores.size === 0) only = onlyMessage(store, figures, graph, growth);
      if (atGrowth / figures.maxConnections > worstRatio) {
        worstRatio = atGrowth / figures.maxConnections;
        worst = store.name;
        figuresOfWorst = {
          pooledToday: Math.round(figures.pooledToday),
          pooledAtGrowth: Math.round(figures.pooledAtGrowth),
          concurrentAtGrowth: Math.round(figures.concurrentAtGrowth * 10) / 10,
          maxConnections: figures.maxConnections,
        };
      }
      noteDefaults(defaults, seenCallers, store, figures, graph, capacityOf);
      const label = stores.listing
        ? `${store.name} (${formatNumber(figures.pooledAtGrowth)} pooled, about ${formatNumber(figures.concurrentAtGrowth)} busy, limit ${formatNumber(figures.maxConnections)})`
        : undefined;
      if (today > figures.maxConnections) overToday++;
      // Already over the limit at today's load: it fails now, not at the growth target.
      stores.add(store.id, label, today > figures.maxConnections ? 'error' : 'warning');
    }
    if (stores.size === 0) return [];
    const message =
      stores.size === 1
        ? only
        : `At ${growth}, the callers of ${stores.size} stores would open more connections than each accepts${overToday > 0 ? ` (${overToday === stores.size ? 'all' : formatNumber(overToday)} over the limit already today)` : ''}: ${stores.names()}.`;
    const evidence = { stores: stores.size, ...(stores.size > 1 ? { worst } : {}), ...figuresOfWorst, overLimitToday: overToday };
    return [stores.report(connectionExhaustion.meta.severity, message, evidence, { assumed: defaults.lines() })];
  },
});

/** Today's sentence, for a project where one store runs out. */
function onlyMessage(store: Component, figures: StoreConnections, graph: RuleContext['graph'], growth: string): string {
  const names: string[] = [];
  let callers = 0;
  for (let j = 0; j < figures.callerIds.length; j++) {
    const caller = graph.components.get(itemAt(figures.callerIds, j));
    if (caller === undefined) continue;
    if (names.length < LISTED) names.push(caller.name);
    callers++;
  }
  const who = callers > 0 ? listFirst(names, callers, LISTED) : 'its callers';
  return `At ${growth}, ${who} would open ${formatNumber(figures.pooledAtGrowth)} pooled connections to ${store.name} (about ${formatNumber(figures.concurrentAtGrowth)} busy at peak), over its limit of ${formatNumber(figures.maxConnections)}.`;
}

/**
 * The figures of the finding that are kind defaults: stores' connection limits and callers' pool
 * sizes. A caller of several stores counts once.
 */
function noteDefaults(
  defaults: DefaultFigures,
  seen: Set<string>,
  store: Component,
  figures: StoreConnections,
  graph: RuleContext['graph'],
  capacityOf: RuleContext['capacityOf'],
): void {
  if (figures.maxConnectionsAssumed) {
    const limit = figures.maxConnections!;
    defaults.add(`max ${store.kind} ${limit}`, store.name, (names) => `max connections of ${names}: ${kindLabel(store)} default ${formatNumber(limit)}`);
  }
  for (const id of figures.callerIds) {
    const caller = graph.components.get(id);
    if (caller === undefined || seen.has(id)) continue;
    seen.add(id);
    const pool = capacityOf(caller).poolSize;
    if (pool.assumed)
      defaults.add(
        `pool ${caller.kind} ${pool.value}`,
        caller.name,
        (names) => `pool size of ${names}: ${kindLabel(caller)} default ${formatNumber(pool.value)}`,
      );
  }
}
