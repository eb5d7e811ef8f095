import { formatMultiple, formatNumber, formatPercent } from '../format';
import { busiest, type AgendaEnv, type Assessment, type FindingTargets, type RuleRisk } from './assessment';
import { itemAt } from '../../../shared/base/itemAt';

/** One target's limit: the multiple of today's load at which it breaks, and what the summary needs. */
interface Limit {
  readonly id: string;
  readonly breaksAt: number;
  /** A smaller multiple to rank it by, when time rather than load brings the limit closer. */
  readonly rankAt?: number;
  /** Figures the summary quotes (utilization, connection limit, months...). */
  readonly detail?: number;
  /** The limit rests on a kind's default figure (capacity per instance, max connections), not the model's. */
  readonly assumed?: boolean;
}

/**
 * How much a limit resting on a kind's default counts against one the model states: it is a
 * hypothesis until measured, so stated limits of the same size come first.
 */
const ASSUMED_WEIGHT = 0.6;

interface LimitKind {
  /** Reads the analyses for one target; null when it has no known limit. */
  readonly limitOf: (id: string, env: AgendaEnv) => Limit | null;
  /** The summary for the worst target's limit. */
  readonly describe: (limit: Limit, env: AgendaEnv) => string;
  /** The summary when no target has a known limit. */
  readonly unknown: string;
}

/**
 * A capacity risk: the target that breaks soonest (smallest multiple), with the traffic that
 * reaches it. Summaries are written for that target only, and nothing is allocated per target
 * but its limit: a large model has thousands of these findings, some naming hundreds of targets.
 */
function capacity(kind: LimitKind): RuleRisk {
  return {
    risk: 'capacity',
    assess(targets: FindingTargets, env: AgendaEnv): Assessment {
      let worst: Limit | null = null;
      for (let i = 0; i < targets.components.length; i++) {
        const limit = kind.limitOf(itemAt(targets.components, i), env);
        if (limit !== null && (worst === null || (limit.rankAt ?? limit.breaksAt) < (worst.rankAt ?? worst.breaksAt))) worst = limit;
      }
      const { share, rps } = busiest(worst ? [worst.id] : targets.components, env.reach);
      const several = targets.components.length > 1 && worst ? `the worst of ${targets.components.length} ` : '';
      const onDefault = worst?.assumed === true ? ' (on a default capacity)' : '';
      return {
        risk: 'capacity',
        summary: worst ? several + kind.describe(worst, env) + onDefault : kind.unknown,
        trafficShare: share,
        rps,
        breaksAt: worst ? round(worst.breaksAt) : null,
        dataAtRisk: null,
        weight: worst?.assumed === true ? ASSUMED_WEIGHT : 1,
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
export const saturation = capacity({
  limitOf(id, env) {
    const load = env.context.index.load.get(id);
    const utilization = load?.utilization ?? null;
    if (utilization === null || utilization <= 0) return null;
    return { id, breaksAt: env.context.project.workload.targetUtilization / utilization, detail: utilization, assumed: load!.capacityAssumed };
  },
  describe(limit, env) {
    const target = env.context.project.workload.targetUtilization;
    return limit.detail! >= target
      ? `already runs at ${formatPercent(limit.detail)} of its capacity today (target ${formatPercent(target)})`
      : breaksText(limit.breaksAt);
  },
  unknown: 'runs near its capacity today',
});

/** The growth analysis's headroom: the multiple at which it reaches target utilization with the instances it may have. */
export function headroomLimit(suffix: string, unknown: string): RuleRisk {
  return capacity({
    limitOf(id, env) {
      const headroom = env.context.index.growth.get(id)?.headroom ?? null;
      return headroom === null ? null : { id, breaksAt: headroom, assumed: env.context.index.load.get(id)?.capacityAssumed === true };
    },
    describe: (limit) => breaksText(limit.breaksAt, suffix),
    unknown,
  });
}

/**
 * Connections into a store: Little's law grows with load (limit ÷ busy connections today); pools
 * grow with caller instances, taken as linear between today and G× (the analysis gives both ends).
 */
export const connectionLimit = capacity({
  limitOf(id, env) {
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
    return Number.isFinite(m) ? { id, breaksAt: m, detail: max, assumed: figures.maxConnectionsAssumed } : null;
  },
  describe: (limit) =>
    limit.breaksAt <= 1
      ? `already needs more connections than it accepts (${formatNumber(limit.detail)})`
      : `runs out of connections at ${formatMultiple(limit.breaksAt)} today's load`,
  unknown: 'runs out of connections at the growth target',
});

/**
 * Data against the single-node limit: the multiple of today's size that fills the node. When
 * monthly growth fills it within the growth horizon, it ranks as breaking at the growth target.
 */
export const dataLimit = capacity({
  limitOf(id, env) {
    const growth = env.context.index.growth.get(id);
    const size = growth?.dataSizeGb ?? null;
    const limit = growth?.singleNodeLimitGb ?? null;
    if (!growth || size === null || limit === null || size <= 0) return null;
    const m = limit / size;
    if (growth.dataAtHorizonGb === null || growth.dataAtHorizonGb <= limit) return { id, breaksAt: m };
    const perMonth = env.context.graph.components.get(id)?.data?.growthGbPerMonth ?? 0;
    const rankAt = Math.min(m, env.context.growthFactor);
    // detail: months until the node is full at the stated monthly growth (none once it is full).
    return size < limit && perMonth > 0 ? { id, breaksAt: m, rankAt, detail: (limit - size) / perMonth } : { id, breaksAt: m, rankAt };
  },
  describe(limit, env) {
    const perMonth = env.context.graph.components.get(limit.id)?.data?.growthGbPerMonth ?? 0;
    const when = limit.detail === undefined ? '' : ` (in about ${formatNumber(Math.ceil(limit.detail))} months at ${formatNumber(perMonth)} GB a month)`;
    return limit.breaksAt <= 1
      ? `its data already exceeds what one node holds${when}`
      : `its data outgrows one node at ${formatMultiple(limit.breaksAt)} today's size${when}`;
  },
  unknown: 'its data outgrows one node',
});
