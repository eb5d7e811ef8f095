import { defineRule, type RuleContext } from '../../types';
import { incomingOf, isSynchronous, outgoingOf } from '../../graph';
import { formatList } from '../../format';
import { isWrite } from './stores/writes';

/**
 * Reports stores with sequential keys that are public (reachable synchronously from a public
 * API, or from the internet), sharded, or merged (fed by two or more writers or replication
 * sources). Unstated key types are not guessed.
 */
export const sequentialKeys = defineRule({
  meta: {
    id: 'data/sequential-keys',
    checklist: 'data',
    severity: 'warning',
    title: 'Sequential keys on a public, sharded or merged store',
    why: 'Auto-incrementing keys leak how many records exist and let anyone walk through them by counting. They also come from one counter: sharded or merged data gets colliding ids, and the single sequence becomes a write hotspot as inserts grow tenfold. Changing the key type later touches every table and reference that uses it.',
    fix: 'Use globally unique, non-guessable keys (UUIDs, preferably time-ordered such as UUIDv7, or another distributed id scheme) for new records and external references; keep any sequential key internal if one is needed.',
    source: { guide: 'Scalability Habits', section: 'Data Model and Indexes' },
  },
  check(ctx) {
    const sequential = ctx.project.components.filter((c) => c.data?.keyType === 'sequential');
    if (sequential.length === 0) return [];
    const publicReach = reachableFromPublicApis(ctx);
    const reports = [];
    for (const store of sequential) {
      const reasons: string[] = [];
      if (publicReach.has(store.id) || store.exposure?.internet === true) reasons.push('public');
      if (store.data?.partitioned === true) reasons.push('sharded');
      const sources = new Set(
        incomingOf(ctx.graph, store.id)
          .filter((c) => isWrite(c) || c.kind === 'replication')
          .map((c) => c.from),
      );
      if (sources.size >= 2) reasons.push(`merged from ${sources.size} sources`);
      if (reasons.length === 0) continue;
      reports.push({
        components: [store.id],
        message: `${store.name} uses sequential keys and is ${formatList(reasons)}.`,
        evidence: { public: reasons.includes('public'), sharded: store.data?.partitioned === true, sources: sources.size },
      });
    }
    return reports;
  },
});

/** Components reached by synchronous calls from any component with a public API. */
function reachableFromPublicApis(ctx: RuleContext): Set<string> {
  const reached = new Set<string>();
  const pending = ctx.project.components.filter((c) => c.api?.visibility === 'public').map((c) => c.id as string);
  for (const id of pending) reached.add(id);
  while (pending.length > 0) {
    const id = pending.pop()!;
    for (const connection of outgoingOf(ctx.graph, id)) {
      if (!isSynchronous(connection) || reached.has(connection.to)) continue;
      reached.add(connection.to);
      pending.push(connection.to);
    }
  }
  return reached;
}
