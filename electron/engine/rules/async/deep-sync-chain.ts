import { effectiveCapacity } from '../../../../shared/model/defaults';
import { formatNumber } from '../../format';
import { nameOf } from '../../graph';
import { defineRule } from '../../types';
import { LISTED } from '../support/projectWide';
import { listFirst } from '../support/text';

/** Longest synchronous chain still considered reasonable (docs/rules/async/deep-sync-chain.md: more than 3 hops reports). */
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
    // One finding for the project: the longest chain, and every entry point whose requests wait
    // on more than MAX_HOPS (their chains mostly share the same deep tail).
    const over: string[] = [];
    const labels: string[] = [];
    let longest: { entry: string; chain: readonly string[]; hops: number } | undefined;
    for (const entry of project.workload.entryPoints) {
      const paths = index.entryPaths.get(entry.componentId);
      if (!paths || paths.hops <= MAX_HOPS || over.includes(entry.componentId)) continue;
      over.push(entry.componentId);
      if (labels.length < LISTED) labels.push(`${nameOf(graph, entry.componentId)} (${paths.hops} hops)`);
      if (longest === undefined || paths.hops > longest.hops) longest = { entry: entry.componentId, chain: paths.longestSyncChain, hops: paths.hops };
    }
    if (longest === undefined) return [];
    const { chain, hops } = longest;
    const latencies = chain
      .slice(1)
      .map((id) => graph.components.get(id))
      .filter((c) => c !== undefined)
      .map(effectiveCapacity);
    const latencyMs = latencies.reduce((sum, c) => sum + c.p99LatencyMs.value, 0);
    const assumed = latencies.some((c) => c.p99LatencyMs.assumed);
    const path = `${chain.map((id) => nameOf(graph, id)).join(' → ')} (p99 latencies add up to about ${formatNumber(latencyMs)} ms)`;
    const message =
      over.length === 1
        ? `A request from ${nameOf(graph, longest.entry)} waits on ${hops} synchronous hops: ${path}.`
        : `Requests from ${listFirst(labels, over.length, LISTED)} wait on more than ${MAX_HOPS} synchronous hops. The longest chain: ${path}.`;
    return [
      {
        components: [...chain, ...over.filter((id) => !chain.includes(id))],
        keyTargets: [],
        message,
        evidence: { hops, maxHops: MAX_HOPS, entryPoints: over.length, p99LatencySumMs: Math.round(latencyMs) },
        assumed: assumed ? ['p99 latencies of some components on the chain: kind defaults'] : undefined,
      },
    ];
  },
});
