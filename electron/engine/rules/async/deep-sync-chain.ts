import { effectiveCapacity } from '../../../../shared/model/defaults';
import { formatNumber } from '../../format';
import { nameOf } from '../../graph';
import { defineRule, type RuleReport } from '../../types';

/** Longest synchronous chain still considered reasonable (DESIGN.md §5: more than 3 hops reports). */
const MAX_HOPS = 3;

export const deepSyncChain = defineRule({
  meta: {
    id: 'async/deep-sync-chain',
    checklist: 'async',
    severity: 'warning',
    title: 'A request waits on a long chain of synchronous calls',
    why: 'Every synchronous hop adds its latency to the request and multiplies the chance that one slow or failing component fails the whole call. At 10× load, queueing delay grows in every tier at once, so a deep chain turns small slowdowns into timeouts at the edge.',
    fix: 'Shorten the chain: call independent services in parallel, move steps the user does not need to wait for behind a queue, or keep a local read model (a cache or replicated data) so a service stops calling the next one on every request.',
    source: { guide: 'Scalability Habits', section: 'Loose Coupling' },
  },
  check({ project, graph, index }) {
    const reports: RuleReport[] = [];
    for (const entry of project.workload.entryPoints) {
      const paths = index.entryPaths.get(entry.componentId);
      if (!paths || paths.hops <= MAX_HOPS) continue;
      const chain = paths.longestSyncChain;
      const latencies = chain.slice(1).map((id) => graph.components.get(id)).filter((c) => c !== undefined).map(effectiveCapacity);
      const latencyMs = latencies.reduce((sum, c) => sum + c.p99LatencyMs.value, 0);
      const assumed = latencies.some((c) => c.p99LatencyMs.assumed);
      reports.push({
        components: [...chain],
        message: `A request from ${nameOf(graph, entry.componentId)} waits on ${paths.hops} synchronous hops: ${chain.map((id) => nameOf(graph, id)).join(' → ')} (p99 latencies add up to about ${formatNumber(latencyMs)} ms).`,
        evidence: { hops: paths.hops, maxHops: MAX_HOPS, p99LatencySumMs: Math.round(latencyMs) },
        assumed: assumed ? ['p99 latencies of some components on the chain: kind defaults'] : undefined,
      });
    }
    return reports;
  },
});
