import type { GrowthBlocker, Redesign } from '../../../../shared/model/analysis';
import type { Component } from '../../../../shared/model/component';
import { formatList, formatMultiple, formatNumber, formatRate } from '../../format';
import { defineRule, type EvidenceValue } from '../../types';
import { ProjectWide } from '../support/projectWide';
import { DefaultFigures } from '../support/assumptions';

type Limit = Exclude<GrowthBlocker, 'max-instances'>;

const becauseOf: Record<Limit, string> = {
  'vertical-only': 'it only scales vertically, so more instances are not an option',
  'single-writer': 'it has a single writer, so more instances cannot share its writes',
  stateful: 'it keeps state inside its instances, so added instances would not see it',
};

/** The limit as a list of several components names it. */
const limitShort: Record<Limit, string> = {
  'vertical-only': 'scales only vertically',
  'single-writer': 'single writer',
  stateful: 'stateful',
};

const redesignText: Record<Redesign, string> = {
  partitioning: 'partition (shard) it',
  'read-replicas': 'send reads to read replicas',
  cache: 'cache the reads it serves most',
  queue: 'move its heavy work behind a queue',
  'stateless-sessions': 'move its state out of the instances',
};

const redesignShort: Record<Exclude<Redesign, 'stateless-sessions'>, string> = {
  partitioning: 'partitioning',
  'read-replicas': 'read replicas',
  cache: 'a cache',
  queue: 'a queue for its heavy work',
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

/** "move sessions and files out": the state move in a few words. */
function stateMovesShort(component: Component): string {
  const kinds = [
    ...(component.state?.sessions === 'in-memory' ? ['sessions'] : []),
    ...(component.state?.localDiskWrites === true ? ['files'] : []),
    ...((component.state?.inProcess?.length ?? 0) > 0 ? ['in-process state'] : []),
  ];
  return `move ${kinds.length > 0 ? formatList(kinds) : 'its state'} out`;
}

/** "front-end (stateful: move sessions out)", "orders-db (single writer: read replicas, a cache)". */
function memberLabel(component: Component, limit: Limit, redesigns: readonly Redesign[]): string {
  const moves = redesigns.map((r) => (r === 'stateless-sessions' ? stateMovesShort(component) : redesignShort[r]));
  return `${component.name} (${limitShort[limit]}${moves.length > 0 ? `: ${moves.join(', ')}` : ''})`;
}

/**
 * Reports the components that growth outruns and that cannot scale out (vertical-only, single
 * writer, stateful), in one finding for the project that names each one's limit and redesign.
 */
export const rewriteRequired = defineRule({
  meta: {
    id: 'growth/rewrite-required',
    checklist: 'growth',
    severity: 'error',
    title: 'At the growth target a component needs a redesign, not more instances',
    why: "Some components cannot grow by adding copies: a single-writer database, a broker that only scales up, a service that keeps users' state in memory. When the growth target needs more than they can give, no configuration change will do; the design has to change, and that takes months, so it must start long before the traffic arrives.",
    fix: 'Apply the redesign the finding names for each component: read replicas or a cache for read load, partitioning for write load or data size, a queue for heavy work, externalized state for stateful services. Plan it now, starting with the one that breaks first, and verify it with a load test at the growth target.',
    source: { guide: 'Design for Scale', section: '1. Vertical vs. Horizontal Scaling' },
  },
  check({ project, index, growthFactor }) {
    const components = new ProjectWide();
    const defaults = new DefaultFigures();
    let only = '';
    // The component that breaks first (smallest headroom): the evidence of the finding.
    let worst = '';
    let evidence: Record<string, EvidenceValue> = {};
    let soonest = Infinity;
    for (const component of project.components) {
      const growth = index.growth.get(component.id);
      if (!growth || growth.verdict !== 'rewrite') continue;
      const blocker = growth.blockers.find((b): b is Limit => b !== 'max-instances');
      // A stated instance ceiling is a configuration limit: growth/breaks-at-target reports it.
      if (blocker === undefined) continue;
      if (components.size === 0) {
        const redesigns = growth.redesigns.map((r) => (r === 'stateless-sessions' ? redesignText[r] + stateMoves(component) : redesignText[r]));
        const advice = redesigns.length > 0 ? ` Redesign: ${formatList(redesigns)}.` : '';
        only = `At ${formatMultiple(growthFactor)}, ${component.name} must handle ${formatRate(growth.rateAtGrowth)} and would need ${formatNumber(growth.instancesNeeded)} instances, but ${becauseOf[blocker]}.${advice}`;
      }
      if (components.size === 0 || (growth.headroom ?? Infinity) < soonest) {
        soonest = growth.headroom ?? Infinity;
        worst = component.name;
        evidence = {
          rateAtGrowth: Math.round(growth.rateAtGrowth),
          instancesNeeded: growth.instancesNeeded,
          allowedInstances: growth.allowedInstances,
          headroom: growth.headroom === null ? null : Math.round(growth.headroom * 10) / 10,
          blocker,
          redesigns: growth.redesigns.join(', '),
        };
      }
      defaults.addCapacity(component, index);
      components.add(component.id, components.listing ? memberLabel(component, blocker, growth.redesigns) : undefined, rewriteRequired.meta.severity);
    }
    if (components.size === 0) return [];
    const message =
      components.size === 1
        ? only
        : `${components.size} components need a redesign at ${formatMultiple(growthFactor)}, not more instances: ${components.names()}.`;
    return [
      components.report(
        rewriteRequired.meta.severity,
        message,
        { components: components.size, ...(components.size > 1 ? { worst } : {}), ...evidence },
        { assumed: defaults.lines() },
      ),
    ];
  },
});
