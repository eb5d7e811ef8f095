import { formatNumber, formatPercent, formatShortList } from '../../format';
import { defineRule, type RuleReport } from '../../types';

/**
 * Reports a fanout broker (messaging.pattern 'fanout') whose subscribers name the topics they
 * handle and still receive others: every published event costs one delivery per subscriber, and
 * the deliveries of topics a subscriber does not handle are wasted.
 */
export const unfilteredFanout = defineRule({
  meta: {
    id: 'async/unfiltered-fanout',
    checklist: 'async',
    severity: 'warning',
    title: 'A fanout broker delivers events nobody handles',
    why: "A fanout exchange copies every event into every subscriber's queue, whether or not that subscriber handles it. Each event then costs as many deliveries as there are subscribers, and the ones a subscriber drops still take broker throughput, network, and a consumer's time to read and discard. At 10x traffic the broker and the consumers carry that multiple of wasted work, and every new subscriber or event type makes it larger.",
    fix: 'Route by event type: use a topic or direct exchange (or per-event topics on a stream) and bind each subscriber only to the events it handles, then state those topics on its consume connection.',
    source: { guide: 'Scaling Systems the Smart Way', section: '4. Use Queues and Workers' },
  },
  check({ project, graph }) {
    const reports: RuleReport[] = [];
    for (const broker of project.components) {
      if (broker.messaging?.pattern !== 'fanout') continue;
      const topics = new Set<string>();
      for (const c of graph.incoming.get(broker.id) ?? []) if (c.kind === 'async') for (const t of c.topics ?? []) topics.add(t);
      const consumes = (graph.outgoing.get(broker.id) ?? []).filter((c) => c.kind === 'async' && graph.components.has(c.to));
      for (const c of consumes) for (const t of c.topics ?? []) topics.add(t);
      const dropping: string[] = [];
      let dropped = 0;
      for (const c of consumes) {
        if (c.topics === undefined) continue;
        const handled = new Set(c.topics);
        const unhandled = [...topics].filter((t) => !handled.has(t)).length;
        if (unhandled === 0) continue;
        dropped += unhandled;
        dropping.push(graph.components.get(c.to)!.name);
      }
      if (dropped === 0) continue;
      const deliveries = topics.size * consumes.length;
      reports.push({
        components: [broker.id, ...consumes.map((c) => c.to)],
        keyTargets: [broker.id],
        message: `${broker.name} delivers every event to all ${formatNumber(consumes.length)} subscribers: ${formatNumber(dropped)} of the ${formatNumber(deliveries)} event and subscriber pairs (${formatPercent(dropped / deliveries)}) go to a subscriber that drops them (${formatShortList(dropping, 6)}).`,
        evidence: { subscribers: consumes.length, eventTypes: topics.size, deliveries, dropped },
      });
    }
    return reports;
  },
});
