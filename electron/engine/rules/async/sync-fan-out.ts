import { DEFAULT_CALLS_PER_REQUEST } from '../../../../shared/model/defaults';
import { formatNumber } from '../../format';
import { nameOf } from '../../graph';
import { defineRule, type RuleReport } from '../../types';
import { listSome } from '../growth/topology/text';

/** More synchronous calls per request than this reports (DESIGN.md §5). */
const MAX_CALLS = 5;
/** Call targets named in a message. */
const LISTED = 6;

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
    const reports: RuleReport[] = [];
    for (let i = 0; i < project.components.length; i++) {
      const component = project.components[i]!;
      // A browser loading a page is not a request the project serves.
      if (component.kind === 'client') continue;
      const calls = sync.outgoing(component.id);
      // A loop rather than reduce with a callback: this runs for every component of the project.
      let total = 0;
      for (let k = 0; k < calls.length; k++) total += calls[k]!.callsPerRequest ?? DEFAULT_CALLS_PER_REQUEST;
      if (total <= MAX_CALLS) continue;
      // Name the first few targets; a hub with hundreds of calls would bury the message.
      const parts = calls.map((c) => {
        const n = c.callsPerRequest ?? DEFAULT_CALLS_PER_REQUEST;
        return n === 1 ? nameOf(graph, c.to) : `${nameOf(graph, c.to)} ×${formatNumber(n)}`;
      });
      reports.push({
        components: [component.id],
        connections: calls.map((c) => c.id),
        message: `${component.name} makes ${formatNumber(total)} synchronous calls for each request it serves (${listSome(parts, LISTED)}).`,
        evidence: { callsPerRequest: Math.round(total * 100) / 100, connections: calls.length, maxCalls: MAX_CALLS },
      });
    }
    return reports;
  },
});
