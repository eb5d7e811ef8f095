import { DEFAULT_CALLS_PER_REQUEST } from '../../../../shared/model/defaults';
import { formatNumber } from '../../format';
import { nameOf } from '../../graph';
import { defineRule } from '../../types';
import { listFirst } from '../support/text';
import { LISTED, ProjectWide } from '../support/projectWide';
import { itemAt } from '../../../../shared/base/itemAt';

/** More synchronous calls per request than this reports (docs/rules/async/sync-fan-out.md). */
const MAX_CALLS = 5;

/**
 * Reports the components that make more than five synchronous calls for each request they serve,
 * in one finding for the project with every such call as a target.
 */
export const syncFanOut = defineRule({
  meta: {
    id: 'async/sync-fan-out',
    checklist: 'async',
    severity: 'warning',
    title: 'One request fans out to many synchronous calls',
    why: 'A component that makes many synchronous calls for each request it serves multiplies its own traffic onto its dependencies and is only as fast as the slowest of them. At 10× load the downstream tiers see that multiple of the growth, and tail latency of any one call becomes the latency of every request.',
    fix: 'Batch the calls (one request for many items), call independent dependencies in parallel with a deadline, cache the answers that rarely change, or precompute an aggregate so one read replaces many.',
    source: { guide: 'Scalability Habits', section: 'Loose Coupling' },
  },
  check({ project, graph, sync }) {
    const callers = new ProjectWide();
    const connections: string[] = [];
    let only = '';
    // The caller with the most calls per request: the evidence of the finding.
    let worst = '';
    let most = 0;
    let connectionsOfWorst = 0;
    for (const component of project.components) {
      // A browser loading a page is not a request the project serves.
      if (component.kind === 'client') continue;
      const calls = sync.outgoing(component.id);
      // A loop rather than reduce with a callback: this runs for every component of the project.
      let total = 0;
      for (let k = 0; k < calls.length; k++) total += itemAt(calls, k).callsPerRequest ?? DEFAULT_CALLS_PER_REQUEST;
      if (total <= MAX_CALLS) continue;
      if (callers.size === 0) {
        // Name the first few targets; a hub with hundreds of calls would bury the message.
        const parts: string[] = [];
        for (let k = 0; k < calls.length && k < LISTED; k++) {
          const n = itemAt(calls, k).callsPerRequest ?? DEFAULT_CALLS_PER_REQUEST;
          parts.push(n === 1 ? nameOf(graph, itemAt(calls, k).to) : `${nameOf(graph, itemAt(calls, k).to)} ×${formatNumber(n)}`);
        }
        only = `${component.name} makes ${formatNumber(total)} synchronous calls for each request it serves (${listFirst(parts, calls.length, LISTED)}).`;
      }
      if (total > most) {
        most = total;
        worst = component.name;
        connectionsOfWorst = calls.length;
      }
      for (let k = 0; k < calls.length; k++) connections.push(itemAt(calls, k).id);
      callers.add(component.id, callers.listing ? `${component.name} (${formatNumber(total)} calls)` : undefined, syncFanOut.meta.severity);
    }
    if (callers.size === 0) return [];
    const message =
      callers.size === 1 ? only : `${callers.size} components make more than ${MAX_CALLS} synchronous calls for each request they serve: ${callers.names()}.`;
    const evidence = {
      components: callers.size,
      ...(callers.size > 1 ? { worst } : {}),
      callsPerRequest: Math.round(most * 100) / 100,
      connections: connectionsOfWorst,
      maxCalls: MAX_CALLS,
    };
    return [callers.report(syncFanOut.meta.severity, message, evidence, { connections })];
  },
});
