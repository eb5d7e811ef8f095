import { defineRule } from '../../types';
import { isSynchronous, nameOf } from '../../graph';

/** Reports synchronous connections without a timeout. Calls made by clients are ours to serve, not to configure, so they are skipped. */
export const noTimeout = defineRule({
  meta: {
    id: 'resilience/no-timeout',
    checklist: 'resilience',
    severity: 'warning',
    title: 'Synchronous call without a timeout',
    why: 'A call with no timeout waits as long as the callee takes. When the callee slows down under 10x load, every waiting request holds a thread, a connection and memory in the caller, so the caller runs out of them and fails too. One slow component then takes down everything upstream of it.',
    fix: 'Set a timeout on the call that fits the caller\'s own latency budget (a little above the callee\'s p99), record it on the connection, and decide what the caller answers when it expires.',
    source: { guide: 'Scaling Systems the Smart Way', section: '7. Build Resilience In' },
  },
  check(ctx) {
    const reports = [];
    for (let i = 0; i < ctx.project.connections.length; i++) {
      const connection = ctx.project.connections[i]!;
      if (!isSynchronous(connection) || connection.timeoutMs !== undefined) continue;
      const caller = ctx.graph.components.get(connection.from);
      if (!caller || !ctx.graph.components.has(connection.to) || caller.kind === 'client') continue;
      reports.push({
        components: [connection.from],
        connections: [connection.id],
        message: `${caller.name} calls ${nameOf(ctx.graph, connection.to)} (${connection.kind}) without a timeout.`,
        evidence: { kind: connection.kind },
      });
    }
    return reports;
  },
});
