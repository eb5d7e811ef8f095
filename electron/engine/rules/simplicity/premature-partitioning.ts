import { defineRule, type RuleContext, type RuleReport } from '../../types';
import type { Component } from '../../../../shared/model/component';
import { defaultReadShare, effectiveCapacity, kindDefaults, singleNodeLimitGbByKind } from '../../../../shared/model/defaults';
import { formatList, formatMultiple, formatNumber, formatPercent, formatShortList } from '../../format';

/** Above this target, several regions can be a real requirement rather than a premature one. */
const MODEST_TARGET = 0.999;

interface DataOutlook {
  readonly component: Component;
  /** The larger of size × G and size after the growth horizon. */
  readonly peakGb: number;
  readonly limitGb: number;
  readonly limitAssumed: boolean;
}

/**
 * Reports sharding (data.partitioned) or deployment across two or more regions while the
 * availability target is at most 99.9% and the data at G× still fits one node. A store whose
 * writes at G× exceed one node is left alone: its sharding is for throughput, not size.
 */
export const prematurePartitioning = defineRule({
  meta: {
    id: 'simplicity/premature-partitioning',
    checklist: 'simplicity',
    severity: 'info',
    title: 'Sharding or multi-region before the data or the target needs it',
    why: "Sharding and running in several regions are among the most expensive designs to operate: cross-shard queries and transactions, rebalancing, replication lag and conflict handling, and failover drills across regions. When even ten times today's data fits on one node and the availability target is 99.9% or lower, that complexity buys nothing yet, while slowing down every change.",
    fix: 'Run one primary (with a standby and read replicas if needed) in one region across several zones, and keep the seams that make sharding possible later: tenant or owner ids on every row, and no cross-entity joins in hot paths. Revisit when the growth analysis shows the data outgrowing a node.',
    source: { guide: 'Scaling Systems the Smart Way', section: '1. Start with Simplicity' },
  },
  check(ctx) {
    const target = ctx.project.workload.availabilityTarget;
    if (target > MODEST_TARGET) return [];
    const outlooks = ctx.project.components.map((c) => outlookOf(ctx, c)).filter((o): o is DataOutlook => o !== null);
    const reports: RuleReport[] = [];
    for (const outlook of outlooks) {
      const { component } = outlook;
      if (component.data?.partitioned !== true || outlook.peakGb > outlook.limitGb || writesNeedShards(ctx, component)) continue;
      reports.push({
        components: [component.id],
        message: `${component.name} is sharded, yet at ${formatMultiple(ctx.growthFactor)} it would hold about ${formatNumber(outlook.peakGb)} GB, within one node's ${formatNumber(outlook.limitGb)} GB, and the availability target is ${formatPercent(target)}.`,
        evidence: { dataAtGrowthGb: Math.round(outlook.peakGb), singleNodeLimitGb: outlook.limitGb, availabilityTarget: target },
        ...(outlook.limitAssumed
          ? {
              assumed: [
                `single-node limit of ${component.name}: ${kindDefaults[component.kind].label.toLowerCase()} default ${formatNumber(outlook.limitGb)} GB`,
              ],
            }
          : {}),
      });
    }
    const multiRegion = multiRegionReport(ctx, outlooks, target);
    if (multiRegion) reports.push(multiRegion);
    return reports;
  },
});

function outlookOf(ctx: RuleContext, component: Component): DataOutlook | null {
  const size = component.data?.sizeGb;
  const statedLimit = component.data?.singleNodeLimitGb;
  const limit = statedLimit ?? singleNodeLimitGbByKind[component.kind];
  if (size === undefined || limit === undefined) return null;
  const atHorizon = size + (component.data?.growthGbPerMonth ?? 0) * ctx.project.workload.growthHorizonMonths;
  return { component, peakGb: Math.max(size * ctx.growthFactor, atHorizon), limitGb: limit, limitAssumed: statedLimit === undefined };
}

/** One node cannot take the store's writes at G×: sharding is for throughput. */
function writesNeedShards(ctx: RuleContext, component: Component): boolean {
  const rate = ctx.index.load.get(component.id)?.rate ?? 0;
  const perNode = effectiveCapacity(component).ratePerInstance.value;
  if (perNode === null) return false;
  const writeShare = 1 - (component.data?.readShare ?? defaultReadShare(component.kind));
  return rate * ctx.growthFactor * writeShare > perNode * ctx.project.workload.targetUtilization;
}

/** One finding for every component spread over two or more regions, while all data still fits a node. */
function multiRegionReport(ctx: RuleContext, outlooks: readonly DataOutlook[], target: number): RuleReport | null {
  if (outlooks.some((o) => o.peakGb > o.limitGb)) return null;
  const spread = ctx.project.components.map((c) => ({ component: c, regions: regionsOf(ctx, c) })).filter((s) => s.regions.length >= 2);
  if (spread.length === 0) return null;
  const regions = [...new Set(spread.flatMap((s) => s.regions))].sort();
  return {
    components: spread.map((s) => s.component.id),
    message: `${formatShortList(
      spread.map((s) => s.component.name),
      8,
    )} ${spread.length === 1 ? 'runs' : 'run'} in ${regions.length} regions (${formatList(regions)}) although the availability target is ${formatPercent(target)} and the data at ${formatMultiple(ctx.growthFactor)} fits one node; several zones in one region meet that target.`,
    evidence: { regions: regions.length, components: spread.length, availabilityTarget: target },
  };
}

function regionsOf(ctx: RuleContext, component: Component): string[] {
  const regions = (component.zoneIds ?? []).map((id) => ctx.graph.zones.get(id)?.region).filter((r): r is string => r !== undefined && r.trim() !== '');
  return [...new Set(regions)];
}
