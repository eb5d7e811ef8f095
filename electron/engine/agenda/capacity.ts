import { formatMultiple, formatNumber, formatPercent } from '../format';
import { busiest, worstOf, type AgendaEnv, type Assessment, type FindingTargets, type RuleRisk } from './assessment';

interface Limit {
  readonly id: string;
  /** Multiple of today's load at which it breaks. */
  readonly breaksAt: number;
  /** What the summary says about it (asked of the worst member only). */
  readonly text: () => string;
  /** A smaller multiple to rank it by, when time rather than load brings the limit closer. */
  readonly rankAt?: number;
}

/**
 * A capacity risk: the target that breaks soonest (smallest multiple), with the traffic that
 * reaches it. `limitOf` reads the analyses for one target; null when it has no known limit.
 */
function capacity(limitOf: (id: string, env: AgendaEnv) => Limit | null, unknown: string): RuleRisk {
  return {
    risk: 'capacity',
    assess(targets: FindingTargets, env: AgendaEnv): Assessment {
      const worst = worstOf(targets.components, (id) => limitOf(id, env), (limit) => -(limit.rankAt ?? limit.breaksAt));
      const { share, rps } = busiest(worst ? [worst.id] : targets.components, env.reach);
      const several = targets.components.length > 1 && worst ? `the worst of ${targets.components.length} ` : '';
      return {
        risk: 'capacity',
        summary: worst ? several + worst.text() : unknown,
        trafficShare: share,
        rps,
        breaksAt: worst ? round(worst.breaksAt) : null,
        dataAtRisk: null,
        weight: 1,
        ...(worst?.rankAt !== undefined ? { rankAt: worst.rankAt } : {}),
      };
    },
  };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function breaksText(m: number, beyond = ''): string {
  return m <= 1 ? `is past its target utilization at today's load${beyond}` : `breaks at ${formatMultiple(m)} today's load${beyond}`;
}

/** Past its target utilization today: breaks at target ÷ utilization (≤ 1). */
export const saturation = capacity((id, env) => {
  const load = env.context.index.load.get(id);
  if (!load || load.utilization === null || load.utilization <= 0) return null;
  const target = env.context.project.workload.targetUtilization;
  const utilization = load.utilization;
  const text = () => (utilization >= target
    ? `already runs at ${formatPercent(utilization)} of its capacity today (target ${formatPercent(target)})`
    : breaksText(target / utilization));
  return { id, breaksAt: target / utilization, text };
}, 'runs near its capacity today');

/** The growth analysis's headroom: the multiple at which it reaches target utilization with the instances it may have. */
export function headroomLimit(suffix: string, unknown: string): RuleRisk {
  return capacity((id, env) => {
    const headroom = env.context.index.growth.get(id)?.headroom ?? null;
    return headroom === null ? null : { id, breaksAt: headroom, text: () => breaksText(headroom, suffix) };
  }, unknown);
}

/**
 * Connections into a store: Little's law grows with load (limit ÷ busy connections today); pools
 * grow with caller instances, taken as linear between today and G× (the analysis gives both ends).
 */
export const connectionLimit = capacity((id, env) => {
  const figures = env.context.index.storeConnections.get(id);
  if (!figures || figures.maxConnections === null) return null;
  const max = figures.maxConnections;
  const g = env.context.growthFactor;
  const busy = figures.concurrentToday > 0 ? max / figures.concurrentToday : Infinity;
  let pooled = Infinity;
  if (figures.pooledToday > max) pooled = max / figures.pooledToday;
  else if (figures.pooledAtGrowth > max && figures.pooledAtGrowth > figures.pooledToday) {
    pooled = 1 + ((g - 1) * (max - figures.pooledToday)) / (figures.pooledAtGrowth - figures.pooledToday);
  }
  const m = Math.min(busy, pooled);
  if (!Number.isFinite(m)) return null;
  return { id, breaksAt: m, text: () => (m <= 1 ? `already needs more connections than it accepts (${formatNumber(max)})` : `runs out of connections at ${formatMultiple(m)} today's load`) };
}, 'runs out of connections at the growth target');

/**
 * Data against the single-node limit: the multiple of today's size that fills the node. When
 * monthly growth fills it within the growth horizon, it ranks as breaking at the growth target.
 */
export const dataLimit = capacity((id, env) => {
  const growth = env.context.index.growth.get(id);
  const size = growth?.dataSizeGb ?? null;
  const limit = growth?.singleNodeLimitGb ?? null;
  if (!growth || size === null || limit === null || size <= 0) return null;
  const m = limit / size;
  const perMonth = env.context.graph.components.get(id)?.data?.growthGbPerMonth ?? 0;
  const months = perMonth > 0 ? Math.max(0, (limit - size) / perMonth) : Infinity;
  const withinHorizon = growth.dataAtHorizonGb !== null && growth.dataAtHorizonGb > limit;
  const text = () => {
    const when = withinHorizon ? ` (in about ${formatNumber(Math.ceil(months))} months at ${formatNumber(perMonth)} GB a month)` : '';
    return m <= 1 ? `its data already exceeds what one node holds${when}` : `its data outgrows one node at ${formatMultiple(m)} today's size${when}`;
  };
  return { id, breaksAt: m, text, ...(withinHorizon ? { rankAt: Math.min(m, env.context.growthFactor) } : {}) };
}, 'its data outgrows one node');
