import { defineRule, type RuleReport } from '../../types';
import { outgoingOf } from '../../graph';
import { CallerCalls, carriesRequests } from '../support/perCaller';

/**
 * Reports, once per calling component, its retried calls that change state and are not safe to
 * repeat. Start-up calls and monitoring connections are left alone.
 */
export const unsafeRetry = defineRule({
  meta: {
    id: 'resilience/unsafe-retry',
    checklist: 'resilience',
    severity: 'error',
    title: 'Mutating call retried without idempotency',
    why: 'A retry cannot tell whether the first attempt failed or only its answer was lost. If the call creates an order, charges a card or writes a row, the retry does it twice. The more traffic and timeouts there are, the more duplicates appear, and they are costly to find and undo afterwards.',
    fix: 'Make each call named in the finding idempotent before retrying it: send an idempotency key that the callee stores and checks, or use upserts keyed by a client-generated id. Otherwise stop retrying that call automatically.',
    source: { guide: 'Scalability Habits', section: 'Simplicity and the 10x Question' },
  },
  check(ctx) {
    const reports: RuleReport[] = [];
    for (const caller of ctx.project.components) {
      let calls: CallerCalls | undefined;
      let mostRetries = 0;
      for (const connection of outgoingOf(ctx.graph, caller.id)) {
        const retries = connection.retries?.max ?? 0;
        if (retries <= 0 || connection.idempotent === true) continue;
        if (connection.mutating !== true && connection.kind !== 'write') continue;
        const callee = carriesRequests(ctx.graph, caller, connection);
        if (callee === undefined) continue;
        calls ??= new CallerCalls();
        calls.add(connection.id, calls.listing ? `${callee.name} (${connection.kind}, ${retries === 1 ? 'once' : `${retries} times`})` : undefined);
        mostRetries = Math.max(mostRetries, retries);
      }
      if (calls === undefined) continue;
      const what = calls.size === 1 ? 'a mutating call that is not idempotent' : `${calls.size} mutating calls that are not idempotent`;
      reports.push({
        components: [caller.id],
        connections: calls.connections,
        keyTargets: [caller.id],
        message: `${caller.name} retries ${what}, so a retry can apply the change twice: ${calls.names()}.`,
        evidence: { calls: calls.size, mostRetries },
      });
    }
    return reports;
  },
});
