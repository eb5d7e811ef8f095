import { formatList, formatPercent, formatRate } from '../../format';
import { nameOf } from '../../graph';
import { defineRule, type RuleReport } from '../../types';

export const singlePointOfFailure = defineRule({
  meta: {
    id: 'redundancy/single-point-of-failure',
    checklist: 'redundancy',
    severity: 'error',
    title: 'One component\'s failure takes entry points down',
    why: 'A component with no redundancy that requests cannot route around stops every entry point that needs it the moment it fails, for as long as it takes to restore. More traffic means more users lost per minute of outage, and one busy instance is also the likeliest to fall over at a peak.',
    fix: 'Run at least two instances in different zones behind a health-checked load balancer, give stores a standby with automatic failover, or make the dependency soft (a fallback, a cached answer, or a queue) so requests survive without it.',
    source: { guide: 'Design for Scale', section: 'Key Takeaway' },
  },
  check({ project, graph, index }) {
    const reports: RuleReport[] = [];
    for (let i = 0; i < project.components.length; i++) {
      const component = project.components[i]!;
      const spof = index.spof.get(component.id);
      if (!spof || spof.entryPointIds.length === 0) continue;
      const lost = spof.entryPointIds.map((id) => nameOf(graph, id));
      const self = spof.entryPointIds.length === 1 && spof.entryPointIds[0] === component.id;
      const what = self ? `${component.name} runs without redundancy` : `If ${component.name} fails, ${formatList(lost)} ${lost.length === 1 ? 'goes' : 'go'} down`;
      reports.push({
        components: [component.id],
        message: `${what}: ${formatPercent(spof.blastRadius)} of entry-point traffic (${formatRate(spof.lostRps)}) is lost until it recovers.`,
        evidence: {
          entryPointsLost: spof.entryPointIds.length,
          blastRadiusPercent: Math.round(spof.blastRadius * 1000) / 10,
          lostRps: Math.round(spof.lostRps),
        },
      });
    }
    return reports;
  },
});
