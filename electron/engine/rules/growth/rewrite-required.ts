import type { GrowthBlocker, Redesign } from '../../../../shared/model/analysis';
import type { Component } from '../../../../shared/model/component';
import { formatList, formatMultiple, formatNumber, formatRate } from '../../format';
import { defineRule, type RuleReport } from '../../types';
import { capacityAssumption } from './topology/assumptions';

const becauseOf: Record<Exclude<GrowthBlocker, 'max-instances'>, string> = {
  'vertical-only': 'it only scales vertically, so more instances are not an option',
  'single-writer': 'it has a single writer, so more instances cannot share its writes',
  stateful: 'it keeps state inside its instances, so added instances would not see it',
};

const redesignText: Record<Redesign, string> = {
  partitioning: 'partition (shard) it',
  'read-replicas': 'send reads to read replicas',
  cache: 'cache the reads it serves most',
  queue: 'move its heavy work behind a queue',
  'stateless-sessions': 'move its state out of the instances',
};

/** Where each kind of instance state goes instead, so the redesign names the concrete move. */
function stateMoves(component: Component): string {
  const moves = [
    ...(component.state?.sessions === 'in-memory' ? ['sessions to a shared store or signed cookies'] : []),
    ...(component.state?.localDiskWrites === true ? ['files to object storage'] : []),
    ...((component.state?.inProcess?.length ?? 0) > 0 ? ['in-process state to a shared cache or a read-only copy every instance loads'] : []),
  ];
  return moves.length > 0 ? ` (${formatList(moves)})` : '';
}

export const rewriteRequired = defineRule({
  meta: {
    id: 'growth/rewrite-required',
    checklist: 'growth',
    severity: 'error',
    title: 'At the growth target a component needs a redesign, not more instances',
    why: 'Some components cannot grow by adding copies: a single-writer database, a broker that only scales up, a service that keeps users\' state in memory. When the growth target needs more than they can give, no configuration change will do; the design has to change, and that takes months, so it must start long before the traffic arrives.',
    fix: 'Apply the redesign the finding names: read replicas or a cache for read load, partitioning for write load or data size, a queue for heavy work, externalized state for stateful services. Plan it now and verify it with a load test at the growth target.',
    source: { guide: 'Design for Scale', section: '1. Vertical vs. Horizontal Scaling' },
  },
  check({ project, index, growthFactor }) {
    const reports: RuleReport[] = [];
    for (let i = 0; i < project.components.length; i++) {
      const component = project.components[i]!;
      const growth = index.growth.get(component.id);
      if (!growth || growth.verdict !== 'rewrite') continue;
      const blocker = growth.blockers.find((b): b is Exclude<GrowthBlocker, 'max-instances'> => b !== 'max-instances');
      // A stated instance ceiling is a configuration limit: growth/breaks-at-target reports it.
      if (blocker === undefined) continue;
      const redesigns = growth.redesigns.map((r) => (r === 'stateless-sessions' ? redesignText[r] + stateMoves(component) : redesignText[r]));
      const advice = redesigns.length > 0 ? ` Redesign: ${formatList(redesigns)}.` : '';
      const assumed = capacityAssumption(component, index);
      reports.push({
        components: [component.id],
        message: `At ${formatMultiple(growthFactor)}, ${component.name} must handle ${formatRate(growth.rateAtGrowth)} and would need ${formatNumber(growth.instancesNeeded)} instances, but ${becauseOf[blocker]}.${advice}`,
        evidence: {
          rateAtGrowth: Math.round(growth.rateAtGrowth),
          instancesNeeded: growth.instancesNeeded,
          allowedInstances: growth.allowedInstances,
          headroom: growth.headroom === null ? null : Math.round(growth.headroom * 10) / 10,
          blocker,
          redesigns: growth.redesigns.join(', '),
        },
        assumed: assumed ? [assumed] : undefined,
      });
    }
    return reports;
  },
});
