import { defineRule } from '../../types';

/** Reports stores that delete rows outright although their records must stay auditable. */
export const hardDeletes = defineRule({
  meta: {
    id: 'data/hard-deletes',
    checklist: 'data',
    severity: 'warning',
    title: 'Hard deletes where an audit trail is required',
    why: 'A hard delete removes the only record of what existed. When records must stay auditable (money, orders, medical or legal data), a mistaken or malicious delete can then only be undone by restoring a backup, which gets slower and riskier as the data grows, and the history an auditor asks for is gone.',
    fix: 'Delete softly: mark rows with a deleted-at timestamp (and who deleted them), filter them out of normal queries with an index that supports it, and archive them on the retention schedule; or keep an append-only audit log of every delete.',
    source: { guide: 'Scalability Habits', section: 'Data Model and Indexes' },
  },
  check(ctx) {
    const reports = [];
    for (const store of ctx.project.components) {
      if (store.data?.deletes !== 'hard' || store.data.auditTrail !== true) continue;
      reports.push({
        components: [store.id],
        message: `${store.name} deletes records outright, although its records must stay auditable.`,
        evidence: { deletes: 'hard', auditTrail: true },
      });
    }
    return reports;
  },
});
