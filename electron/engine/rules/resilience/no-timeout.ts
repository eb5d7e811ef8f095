import { defineRule, type RuleReport } from '../../types';
import { formatNumber } from '../../format';
import { isSynchronous, outgoingOf } from '../../graph';
import { CallerCalls, calleeLabel, carriesRequests } from '../support/perCaller';
import { ProjectWide } from '../support/projectWide';

/** From this many callers without timeouts, and more than half of all callers, it is the system's habit. */
const SYSTEMIC_CALLERS = 3;

/**
 * Reports, once per calling component, its synchronous calls without a timeout; when most
 * callers make such calls, once for the project, as a reviewer says "no timeouts anywhere".
 * Calls made by clients are ours to serve, not to configure, so they are skipped, as are calls no
 * request waits on (start-up, zero calls per request) and calls to or from monitoring tools.
 */
export const noTimeout = defineRule({
  meta: {
    id: 'resilience/no-timeout',
    checklist: 'resilience',
    severity: 'warning',
    title: 'Synchronous call without a timeout',
    why: 'A call with no timeout waits as long as the callee takes. When the callee slows down under 10x load, every waiting request holds a thread, a connection and memory in the caller, so the caller runs out of them and fails too. One slow component then takes down everything upstream of it.',
    fix: "For each call named in the finding, set a timeout that fits the caller's own latency budget (a little above the callee's p99), record it on the connection, and decide what the caller answers when it expires.",
    source: { guide: 'Scaling Systems the Smart Way', section: '7. Build Resilience In' },
  },
  check(ctx) {
    const reports: RuleReport[] = [];
    const systemic = new ProjectWide();
    let callers = 0;
    let untimed = 0;
    for (const caller of ctx.project.components) {
      if (caller.kind === 'client') continue;
      let calls: CallerCalls | undefined;
      let calling = false;
      for (const connection of outgoingOf(ctx.graph, caller.id)) {
        if (!isSynchronous(connection)) continue;
        const callee = carriesRequests(ctx.graph, caller, connection);
        if (callee === undefined) continue;
        calling = true;
        if (connection.timeoutMs !== undefined) continue;
        calls ??= new CallerCalls();
        calls.add(connection.id, calls.listing ? calleeLabel(callee, connection) : undefined);
      }
      if (calling) callers++;
      if (calls === undefined) continue;
      untimed += calls.size;
      systemic.add(caller.id, caller.name, noTimeout.meta.severity);
      const what = calls.size === 1 ? 'a synchronous call' : `${calls.size} synchronous calls`;
      reports.push({
        components: [caller.id],
        connections: calls.connections,
        keyTargets: [caller.id],
        message: `${caller.name} makes ${what} without a timeout: ${calls.names()}.`,
        evidence: { calls: calls.size },
      });
    }
    if (reports.length < SYSTEMIC_CALLERS || reports.length * 2 <= callers) return reports;
    return [
      systemic.report(
        noTimeout.meta.severity,
        `${formatNumber(reports.length)} of the ${formatNumber(callers)} components that make synchronous calls wait on ${formatNumber(untimed)} calls without a timeout: ${systemic.names()}.`,
        { callers: reports.length, calls: untimed },
        { connections: reports.flatMap((r) => r.connections ?? []) },
      ),
    ];
  },
});
