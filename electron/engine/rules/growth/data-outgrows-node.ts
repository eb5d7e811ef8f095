import { formatList, formatNumber } from '../../format';
import { defineRule, type RuleReport } from '../../types';

export const dataOutgrowsNode = defineRule({
  meta: {
    id: 'growth/data-outgrows-node',
    checklist: 'growth',
    severity: 'warning',
    title: 'A store\'s data will outgrow one node',
    why: 'A store that must fit on one machine has a ceiling on data size as well as on traffic. Past it, queries slow as indexes spill out of memory, backups and restores take too long, and the largest machine money can buy is the last step. Partitioning a live store at that point is one of the hardest migrations there is.',
    fix: 'Plan for the size before you reach it: archive or expire old data to cheaper storage, partition tables by time or tenant, or shard by a key that spreads both data and load; choose the key now, while the data is small enough to move.',
    source: { guide: 'Scaling Systems the Smart Way', section: '8. Plan for Data Growth' },
  },
  check({ project, index, growthFactor, replicaOf }) {
    const horizon = project.workload.growthHorizonMonths;
    const reports: RuleReport[] = [];
    for (let i = 0; i < project.components.length; i++) {
      const store = project.components[i]!;
      const growth = index.growth.get(store.id);
      if (!growth || !growth.dataOutgrowsNode || growth.singleNodeLimitGb === null || growth.dataSizeGb === null) continue;
      // A replica holds its primary's data: the primary's finding is the one to act on.
      if (replicaOf(store.id) !== undefined) continue;
      // The analysis already excludes partitioned or archived stores; check again so the rule's
      // promise holds whatever the analysis does.
      if (store.data?.partitioned === true || store.data?.retention === true) continue;
      const limit = growth.singleNodeLimitGb;
      const over = [
        ...(growth.dataAtGrowthGb !== null && growth.dataAtGrowthGb > limit ? [`${formatNumber(growth.dataAtGrowthGb)} GB at ${formatNumber(growthFactor)}× today's size`] : []),
        ...(growth.dataAtHorizonGb !== null && growth.dataAtHorizonGb > limit ? [`${formatNumber(growth.dataAtHorizonGb)} GB after ${horizon} months of growth`] : []),
      ];
      if (over.length === 0) continue;
      reports.push({
        components: [store.id],
        message: `${store.name} holds ${formatNumber(growth.dataSizeGb)} GB today and would reach ${formatList(over)}, beyond the ${formatNumber(limit)} GB one node can hold; it is neither partitioned nor archived.`,
        evidence: {
          dataSizeGb: growth.dataSizeGb,
          dataAtGrowthGb: growth.dataAtGrowthGb,
          dataAtHorizonGb: growth.dataAtHorizonGb,
          singleNodeLimitGb: limit,
          horizonMonths: horizon,
        },
        assumed: store.data?.singleNodeLimitGb === undefined ? [`single-node limit of ${store.name}: ${store.kind} default ${formatNumber(limit)} GB`] : undefined,
      });
    }
    return reports;
  },
});
