import { formatList, formatMultiple, formatNumber } from '../../format';
import { defineRule } from '../../types';
import { ProjectWide } from '../support/projectWide';
import { DefaultFigures } from '../support/assumptions';

/**
 * Reports the stores whose data outgrows one node at the growth factor or the growth horizon,
 * with neither partitioning nor archival, in one finding for the project that names each with
 * its sizes.
 */
export const dataOutgrowsNode = defineRule({
  meta: {
    id: 'growth/data-outgrows-node',
    checklist: 'growth',
    severity: 'warning',
    title: "A store's data will outgrow one node",
    why: 'A store that must fit on one machine has a ceiling on data size as well as on traffic. Past it, queries slow as indexes spill out of memory, backups and restores take too long, and the largest machine money can buy is the last step. Partitioning a live store at that point is one of the hardest migrations there is.',
    fix: 'Plan for the size before you reach it: archive or expire old data to cheaper storage, partition tables by time or tenant, or shard by a key that spreads both data and load; choose the key now, while the data is small enough to move.',
    source: { guide: 'Scaling Systems the Smart Way', section: '8. Plan for Data Growth' },
  },
  check({ project, index, growthFactor, replicaOf }) {
    const horizon = project.workload.growthHorizonMonths;
    const stores = new ProjectWide();
    const defaults = new DefaultFigures();
    let only = '';
    // The store furthest past its limit: the evidence of the finding.
    let worst = '';
    let worstRatio = -1;
    let evidence: Record<string, number | null> = {};
    for (const store of project.components) {
      const growth = index.growth.get(store.id);
      if (!growth || !growth.dataOutgrowsNode || growth.singleNodeLimitGb === null || growth.dataSizeGb === null) continue;
      // A replica holds its primary's data: the primary's finding is the one to act on.
      if (replicaOf(store.id) !== undefined) continue;
      // The analysis already excludes partitioned or archived stores; check again so the rule's
      // promise holds whatever the analysis does.
      if (store.data?.partitioned === true || store.data?.retention === true) continue;
      const limit = growth.singleNodeLimitGb;
      const atGrowth = growth.dataAtGrowthGb !== null && growth.dataAtGrowthGb > limit ? growth.dataAtGrowthGb : null;
      const atHorizon = growth.dataAtHorizonGb !== null && growth.dataAtHorizonGb > limit ? growth.dataAtHorizonGb : null;
      if (atGrowth === null && atHorizon === null) continue;
      if (stores.size === 0) {
        const over = [
          ...(atGrowth === null ? [] : [`${formatNumber(atGrowth)} GB at ${formatNumber(growthFactor)}× today's size`]),
          ...(atHorizon === null ? [] : [`${formatNumber(atHorizon)} GB after ${horizon} months of growth`]),
        ];
        only = `${store.name} holds ${formatNumber(growth.dataSizeGb)} GB today and would reach ${formatList(over)}, beyond the ${formatNumber(limit)} GB one node can hold; it is neither partitioned nor archived.`;
      }
      const ratio = Math.max(atGrowth ?? 0, atHorizon ?? 0) / limit;
      if (ratio > worstRatio) {
        worstRatio = ratio;
        worst = store.name;
        evidence = {
          dataSizeGb: growth.dataSizeGb,
          dataAtGrowthGb: growth.dataAtGrowthGb,
          dataAtHorizonGb: growth.dataAtHorizonGb,
          singleNodeLimitGb: limit,
          horizonMonths: horizon,
        };
      }
      if (store.data?.singleNodeLimitGb === undefined) {
        defaults.add(`${store.kind} ${limit}`, store.name, (names) => `single-node limit of ${names}: ${store.kind} default ${formatNumber(limit)} GB`);
      }
      let label: string | undefined;
      if (stores.listing) {
        const reach = [
          ...(atGrowth === null ? [] : [`${formatNumber(atGrowth)} GB at ${formatMultiple(growthFactor)}`]),
          ...(atHorizon === null ? [] : [`${formatNumber(atHorizon)} GB in ${horizon} months`]),
        ];
        label = `${store.name} (${formatNumber(growth.dataSizeGb)} GB today, ${reach.join(' and ')}; one node holds ${formatNumber(limit)} GB)`;
      }
      stores.add(store.id, label, dataOutgrowsNode.meta.severity);
    }
    if (stores.size === 0) return [];
    const message = stores.size === 1 ? only : `${stores.size} stores will outgrow one node and are neither partitioned nor archived: ${stores.names()}.`;
    return [
      stores.report(
        dataOutgrowsNode.meta.severity,
        message,
        { stores: stores.size, ...(stores.size > 1 ? { worst } : {}), ...evidence },
        { assumed: defaults.lines() },
      ),
    ];
  },
});
