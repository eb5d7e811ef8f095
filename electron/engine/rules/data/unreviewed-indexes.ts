import { defineRule } from '../../types';
import type { ComponentKind } from '../../../../shared/model/component';
import { formatNumber } from '../../format';

const indexedKinds: readonly ComponentKind[] = ['database', 'search'];
/** From this size, a missing index already turns queries into slow scans. */
const LARGE_GB = 10;

/** Reports growing (or already large) databases and search indexes whose indexes were never reviewed. */
export const unreviewedIndexes = defineRule({
  meta: {
    id: 'data/unreviewed-indexes',
    checklist: 'data',
    severity: 'warning',
    title: 'Indexes never reviewed against the queries of a growing store',
    why: 'A query without a suitable index scans the table: cheap at a few thousand rows, seconds at a few hundred million. As the data grows, such queries get slower on their own, hold locks and connections longer, and become the bottleneck long before traffic does; unused indexes meanwhile slow every write.',
    fix: 'List the store\'s frequent queries, check each with the query planner (EXPLAIN), add indexes for the filters, joins and sort orders they use, drop indexes nothing uses, and repeat when query patterns change. Then mark the indexes as reviewed.',
    source: { guide: 'Scalability Habits', section: 'Data Model and Indexes' },
  },
  check(ctx) {
    const reports = [];
    for (let i = 0; i < ctx.project.components.length; i++) {
      const store = ctx.project.components[i]!;
      const data = store.data;
      if (!indexedKinds.includes(store.kind) || !data || data.indexesReviewed === true) continue;
      const growth = data.growthGbPerMonth ?? 0;
      const size = data.sizeGb;
      if (growth <= 0 && !(size !== undefined && size >= LARGE_GB)) continue;
      const facts = [
        ...(size !== undefined ? [`holds ${formatNumber(size)} GB`] : []),
        ...(growth > 0 ? [`grows ${formatNumber(growth)} GB a month`] : []),
      ];
      reports.push({
        components: [store.id],
        message: `${store.name} ${facts.join(' and ')}, but its indexes have never been reviewed against its queries.`,
        evidence: { sizeGb: size ?? null, growthGbPerMonth: growth },
      });
    }
    return reports;
  },
});
