import { defineRule } from '../../types';
import type { ComponentKind } from '../../../../shared/model/component';
import { formatNumber } from '../../format';
import { ProjectWide } from '../support/projectWide';
import { itemAt } from '../../../../shared/base/itemAt';

const indexedKinds: readonly ComponentKind[] = ['database', 'search'];
/** From this size, a missing index already turns queries into slow scans. */
const LARGE_GB = 10;

/**
 * Reports the growing (or already large) databases and search indexes whose indexes were never
 * reviewed, in one finding for the project.
 */
export const unreviewedIndexes = defineRule({
  meta: {
    id: 'data/unreviewed-indexes',
    checklist: 'data',
    severity: 'warning',
    title: 'Indexes never reviewed against the queries of a growing store',
    why: 'A query without a suitable index scans the table: cheap at a few thousand rows, seconds at a few hundred million. As the data grows, such queries get slower on their own, hold locks and connections longer, and become the bottleneck long before traffic does; unused indexes meanwhile slow every write.',
    fix: "List the store's frequent queries, check each with the query planner (EXPLAIN), add indexes for the filters, joins and sort orders they use, drop indexes nothing uses, and repeat when query patterns change. Then mark the indexes as reviewed.",
    source: { guide: 'Scalability Habits', section: 'Data Model and Indexes' },
  },
  check(ctx) {
    const stores = new ProjectWide();
    let only = '';
    let largest: number | null = null;
    let fastest = 0;
    for (const store of ctx.project.components) {
      const data = store.data;
      if (!indexedKinds.includes(store.kind) || !data || data.indexesReviewed === true) continue;
      const growth = data.growthGbPerMonth ?? 0;
      const size = data.sizeGb;
      if (growth <= 0 && !(size !== undefined && size >= LARGE_GB)) continue;
      if (stores.size === 0) {
        only = [...(size !== undefined ? [`holds ${formatNumber(size)} GB`] : []), ...(growth > 0 ? [`grows ${formatNumber(growth)} GB a month`] : [])].join(
          ' and ',
        );
      }
      const label = stores.listing
        ? `${store.name} (${[...(size !== undefined ? [`${formatNumber(size)} GB`] : []), ...(growth > 0 ? [`+${formatNumber(growth)} GB a month`] : [])].join(', ')})`
        : undefined;
      stores.add(store.id, label, unreviewedIndexes.meta.severity);
      if (size !== undefined) largest = Math.max(largest ?? 0, size);
      fastest = Math.max(fastest, growth);
    }
    if (stores.size === 0) return [];
    const evidence = { stores: stores.size, largestGb: largest, fastestGrowthGbPerMonth: fastest };
    const message =
      stores.size === 1
        ? `${ctx.graph.components.get(itemAt(stores.ids, 0))?.name ?? itemAt(stores.ids, 0)} ${only}, but its indexes have never been reviewed against its queries.`
        : `${stores.size} growing or large stores have never had their indexes reviewed against their queries: ${stores.names()}.`;
    return [stores.report(unreviewedIndexes.meta.severity, message, evidence)];
  },
});
