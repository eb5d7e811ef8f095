import { defineRule, type RuleReport } from '../../types';
import { isSynchronous, outgoingOf } from '../../graph';
import { CallerCalls, calleeLabel, carriesRequests } from '../perCaller';

/**
 * Reports, once per calling component, its synchronous calls without a timeout. Calls made by
 * clients are ours to serve, not to configure, so they are skipped, as are calls no request
 * waits on (start-up, zero calls per request) and calls to or from monitoring tools.
 */
export const noTimeout = defineRule({
  meta: {
    id: 'resilience/no-timeout',
    checklist: 'resilience',
    severity: 'warning',
    title: 'Synchronous call without a timeout',
    why: 'A call with no timeout waits as long as the callee takes. When the callee slows down under 10x load, every waiting request holds a thread, a connection and memory in the caller, so the caller runs out of them and fails too. One slow component then takes down everything upstream of it.',
    fix: 'For each call named in the finding, set a timeout that fits the caller\'s own latency budget (a little above the callee\'s p99), record it on the connection, and decide what the caller answers when it expires.',
    source: { guide: 'Scaling Systems the Smart Way', section: '7. Build Resilience In' },
  },
  check(ctx) {
    const reports: RuleReport[] = [];
    for (let i = 0; i < ctx.project.components.length; i++) {
      const caller = ctx.project.components[i]!;
      if (caller.kind === 'client') continue;
      let calls: CallerCalls | undefined;
      for (let j = 0, list = outgoingOf(ctx.graph, caller.id); j < list.length; j++) {
        const connection = list[j]!;
        if (!isSynchronous(connection) || connection.timeoutMs !== undefined) continue;
        const callee = carriesRequests(ctx.graph, caller, connection);
        if (callee === undefined) continue;
        calls ??= new CallerCalls();
        calls.add(connection.id, calls.listing ? calleeLabel(callee, connection) : undefined);
      }
      if (calls === undefined) continue;
      const what = calls.size === 1 ? 'a synchronous call' : `${calls.size} synchronous calls`;
      reports.push({
        components: [caller.id],
        connections: calls.connections,
        keyTargets: [caller.id],
        message: `${caller.name} makes ${what} without a timeout: ${calls.names()}.`,
        evidence: { calls: calls.size },
      });
    }
    return reports;
  },
});
