import { nameOf } from '../../graph';
import { defineRule, type RuleReport } from '../../types';
import { backwardPath, reachBackward } from '../growth/topology/reach';

export const staticWithoutCdn = defineRule({
  meta: {
    id: 'caching/static-without-cdn',
    checklist: 'caching',
    severity: 'warning',
    title: 'Static assets reach users without a CDN',
    why: 'Scripts, styles, images and downloads are the same for every user, yet without a CDN each request for them travels to the origin and uses its bandwidth and instances. At 10× users that traffic alone can need a fleet, while an edge cache would answer most of it close to the user.',
    fix: 'Serve static assets through a CDN (CloudFront, Fastly, Cloudflare) with long cache lifetimes and fingerprinted file names, ideally from object storage, so the origin only serves what is dynamic.',
    source: { guide: 'Scaling Systems the Smart Way', section: '6. Cache Aggressively' },
  },
  check({ project, graph }) {
    const entries = new Set(graph.entryRates.keys());
    const reports: RuleReport[] = [];
    for (const origin of project.components) {
      if (origin.kind === 'cdn' || origin.api?.servesStaticAssets !== true) continue;
      // Walk back towards users. A CDN anywhere upstream is taken to carry the assets: clients
      // often reach the same origin directly for its API while assets go through the CDN.
      const reach = reachBackward(graph, [origin.id], (c) => c.kind !== 'replication');
      if ([...reach.keys()].some((id) => graph.components.get(id)!.kind === 'cdn')) continue;
      const client = [...reach.keys()].find((id) => id !== origin.id && (graph.components.get(id)!.kind === 'client' || entries.has(id)));
      if (client === undefined) continue;
      const path = backwardPath(reach, client).map((id) => nameOf(graph, id));
      reports.push({
        components: [origin.id],
        message: `${origin.name} serves static assets to ${nameOf(graph, client)} with no CDN in front (${path.join(' → ')}).`,
        evidence: { hops: path.length - 1 },
      });
    }
    return reports;
  },
});
