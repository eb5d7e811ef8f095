import type { Connection } from '../../../../shared/model/connection';
import { nameOf } from '../../graph';
import { defineRule, type Component, type RuleReport } from '../../types';
import { forwardPath, reachForward } from '../support/reach';
import { itemAt } from '../../../../shared/base/itemAt';

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
    // Most models have no origin that serves static assets: then there is nothing to walk.
    if (!project.components.some(servesStatic)) return [];
    const entries = new Set(graph.entryRates.keys());
    const clients = [...graph.components.values()].filter((c) => c.kind === 'client' || entries.has(c.id)).map((c) => c.id);
    const loads = (c: Connection) => c.kind !== 'replication';
    // Two walks for the whole project rather than one per origin: what users reach, and what
    // sits behind a CDN. A CDN anywhere upstream is taken to carry the assets, since clients
    // often call the same origin directly for its API while its assets go through the CDN.
    const fromClients = reachForward(graph, clients, loads);
    const behindCdn = reachForward(
      graph,
      [...graph.components.values()].filter((c) => c.kind === 'cdn').map((c) => c.id),
      loads,
    );
    const reports: RuleReport[] = [];
    for (const origin of project.components) {
      if (!servesStatic(origin)) continue;
      if (!fromClients.has(origin.id) || behindCdn.has(origin.id)) continue;
      const path = forwardPath(fromClients, origin.id);
      // The origin may itself be the entry point: users reach it directly.
      const audience = path.length > 1 ? `${nameOf(graph, itemAt(path, 0))}` : 'its users directly';
      const route = path.length > 1 ? ` (${path.map((id) => nameOf(graph, id)).join(' → ')})` : '';
      reports.push({
        components: [origin.id],
        message: `${origin.name} serves static assets to ${audience} with no CDN in front${route}.`,
        evidence: { hops: path.length - 1 },
      });
    }
    return reports;
  },
});

/** An origin of static assets (a CDN serving them is the remedy, not the problem). */
function servesStatic(component: Component): boolean {
  return component.kind !== 'cdn' && component.api?.servesStaticAssets === true;
}
