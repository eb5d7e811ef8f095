import { defineRule, type Connection } from '../../types';
import { computeKinds, type ComponentKind } from '../../../../shared/model/component';
import { incomingOf, nameOf } from '../../graph';
import { formatShortList } from '../../format';
import { isWrite } from './stores/writes';
import { itemAt } from '../../../../shared/base/itemAt';

const sharedKinds: readonly ComponentKind[] = ['database', 'search'];

/** Reports databases and search indexes that two or more of the team's services write to. */
export const sharedDatabase = defineRule({
  meta: {
    id: 'data/shared-database',
    checklist: 'data',
    severity: 'warning',
    title: 'Several services write the same store',
    why: 'When two services write the same tables, the schema becomes a contract nobody owns: neither service can change it, scale its own data, or move it to another store without coordinating with the other. Their load also adds up on one primary, so at 10x the busiest writer slows down every other.',
    fix: 'Give the data one owning service and let the others go through its API or consume its events. If that is too big a step now, split the store by owner (separate schemas or databases) so each part can later move on its own.',
    source: { guide: 'Design for Scale', section: '5. Microservices and Decoupling' },
  },
  check(ctx) {
    const reports = [];
    for (const store of ctx.project.components) {
      if (!sharedKinds.includes(store.kind)) continue;
      const writes: Connection[] = [];
      const incoming = incomingOf(ctx.graph, store.id);
      for (const c of incoming) {
        if (isWrite(c) && computeKinds.includes(ctx.graph.components.get(c.from)!.kind)) writes.push(c);
      }
      if (writes.length < 2) continue; // one write: one writer
      const writers = distinctCallers(writes);
      if (writers.length < 2) continue;
      reports.push({
        components: [store.id, ...writers],
        connections: writes.map((c) => c.id),
        message: `${writers.length} services write to ${store.name}: ${formatShortList(
          writers.map((id) => nameOf(ctx.graph, id)),
          8,
        )}.`,
        evidence: { writers: writers.length },
      });
    }
    return reports;
  },
});

/** The writers in order of their first write; no set for a store's few writes. */
function distinctCallers(writes: readonly Connection[]): string[] {
  if (writes.length > 32) return [...new Set(writes.map((c) => c.from as string))];
  const writers: string[] = [];
  for (let k = 0; k < writes.length; k++) if (!writers.includes(itemAt(writes, k).from)) writers.push(itemAt(writes, k).from);
  return writers;
}
