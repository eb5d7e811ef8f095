import { defineRule } from '../../types';
import { nameOf } from '../../graph';

/** Reports retried calls that change state and are not safe to repeat. */
export const unsafeRetry = defineRule({
  meta: {
    id: 'resilience/unsafe-retry',
    checklist: 'resilience',
    severity: 'error',
    title: 'Mutating call retried without idempotency',
    why: 'A retry cannot tell whether the first attempt failed or only its answer was lost. If the call creates an order, charges a card or writes a row, the retry does it twice. The more traffic and timeouts there are, the more duplicates appear, and they are costly to find and undo afterwards.',
    fix: 'Make the call idempotent before retrying it: send an idempotency key that the callee stores and checks, or use upserts keyed by a client-generated id. Otherwise stop retrying this call automatically.',
    source: { guide: 'Scalability Habits', section: 'Simplicity and the 10x Question' },
  },
  check(ctx) {
    const reports = [];
    for (let i = 0; i < ctx.project.connections.length; i++) {
      const connection = ctx.project.connections[i]!;
      const retries = connection.retries?.max ?? 0;
      if (retries <= 0 || connection.idempotent === true) continue;
      const mutating = connection.mutating === true || connection.kind === 'write';
      if (!mutating) continue;
      if (!ctx.graph.components.has(connection.from) || !ctx.graph.components.has(connection.to)) continue;
      reports.push({
        components: [connection.from],
        connections: [connection.id],
        message: `${nameOf(ctx.graph, connection.from)} retries a mutating ${connection.kind} to ${nameOf(ctx.graph, connection.to)} up to ${retries} times, but the call is not idempotent: a retry can apply the change twice.`,
        evidence: { retries, kind: connection.kind },
      });
    }
    return reports;
  },
});
