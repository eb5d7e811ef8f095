import { defineRule, type Connection, type RuleReport } from '../../types';
import { outgoingOf } from '../../graph';
import { CallerCalls, calleeLabel, carriesRequests } from '../support/perCaller';

/**
 * Reports, once per calling component, its retrying calls whose retries are not spread out by
 * exponential backoff with jitter. Start-up calls and monitoring connections are left alone.
 */
export const retryWithoutBackoff = defineRule({
  meta: {
    id: 'resilience/retry-without-backoff',
    checklist: 'resilience',
    severity: 'warning',
    title: 'Retries without exponential backoff and jitter',
    why: 'Retries that fire at once, or at a fixed interval, arrive in waves exactly when the callee is already struggling. At 10x traffic those waves multiply the load on a component that is failing because of load, and keep it from recovering. Without jitter, every caller retries in step with the others.',
    fix: 'Retry with exponential backoff (for example 100 ms, 200 ms, 400 ms, capped) and random jitter on each delay, keep the retry count small, and record both on each connection named in the finding.',
    source: { guide: 'Scaling Systems the Smart Way', section: '7. Build Resilience In' },
  },
  check(ctx) {
    const reports: RuleReport[] = [];
    for (const caller of ctx.project.components) {
      let calls: CallerCalls | undefined;
      let mostRetries = 0;
      for (const connection of outgoingOf(ctx.graph, caller.id)) {
        const retries = connection.retries;
        if (!retries || retries.max <= 0 || (retries.backoff === 'exponential' && retries.jitter === true)) continue;
        const callee = carriesRequests(ctx.graph, caller, connection);
        if (callee === undefined) continue;
        calls ??= new CallerCalls();
        calls.add(connection.id, calls.listing ? `${calleeLabel(callee, connection)} (${howItRetries(connection)})` : undefined);
        mostRetries = Math.max(mostRetries, retries.max);
      }
      if (calls === undefined) continue;
      reports.push({
        components: [caller.id],
        connections: calls.connections,
        keyTargets: [caller.id],
        message: `${caller.name} retries ${calls.size === 1 ? 'a call' : `${calls.size} calls`} without exponential backoff and jitter: ${calls.names()}.`,
        evidence: { calls: calls.size, mostRetries },
      });
    }
    return reports;
  },
});

/** "3 times at once, no jitter", "2 times after a fixed delay", "once, exponential, no jitter". */
function howItRetries(connection: Connection): string {
  const retries = connection.retries!;
  const times = retries.max === 1 ? 'once' : `${retries.max} times`;
  const backoff = retries.backoff ?? 'none';
  const spacing = backoff === 'exponential' ? ' with exponential backoff' : backoff === 'fixed' ? ' after a fixed delay' : ' at once';
  return `${times}${spacing}${retries.jitter === true ? '' : ', no jitter'}`;
}
