import type { ComponentGrowth, GrowthAnalysis, GrowthBlocker, Redesign } from '../../../shared/model/analysis';
import { computeKinds, type Component } from '../../../shared/model/component';
import { defaultReadShare, type effectiveDeployment, singleNodeLimitGbByKind } from '../../../shared/model/defaults';
import { capped, type AnalysisInput } from './topology';
import type { LoadResult } from './load';
import { itemAt } from '../../../shared/base/itemAt';

const storeKindsForRedesign = new Set(['database', 'search', 'cache', 'queue', 'stream', 'object-storage']);

/** Compute that keeps state an added instance would not see: sessions in memory, local files, in-process state. */
export function isStatefulCompute(component: Component): boolean {
  if (!computeKinds.includes(component.kind)) return false;
  const state = component.state;
  return state?.sessions === 'in-memory' || state?.localDiskWrites === true || (state?.inProcess?.length ?? 0) > 0;
}

interface Limit {
  /** Instances it may have; null = unbounded. */
  readonly allowed: number | null;
  /** The blocker that applies if it needs more than allowed. */
  readonly blocker: GrowthBlocker | null;
}

const unbounded: Limit = { allowed: null, blocker: null };

function instanceLimit(component: Component, deployment: ReturnType<typeof effectiveDeployment>): Limit {
  if (isStatefulCompute(component)) return { allowed: deployment.instances, blocker: 'stateful' };
  switch (deployment.scalingMode) {
    case 'vertical-only':
      return { allowed: deployment.instances, blocker: 'vertical-only' };
    case 'single-writer':
      return { allowed: Math.max(1, deployment.instances), blocker: 'single-writer' };
    default:
      return deployment.maxInstances === undefined ? unbounded : { allowed: deployment.maxInstances, blocker: 'max-instances' };
  }
}

/**
 * Which redesigns fit a component that instances cannot rescue. Single-writer stores: read
 * replicas when reads are at least half of the load, a cache as well when they dominate (≥ 0.8),
 * partitioning when the writes alone exceed one writer. Queues and other vertical-only stores:
 * partitioning. Stateful compute: stateless sessions. Compute doing heavy work: a queue.
 */
function redesignsFor(component: Component, blocker: GrowthBlocker, rateAtGrowth: number, writerBudget: number, replicated: boolean): Redesign[] {
  const out: Redesign[] = [];
  if (blocker === 'stateful') out.push('stateless-sessions');
  if (computeKinds.includes(component.kind)) {
    if ((component.heavyWork?.length ?? 0) > 0) out.push('queue');
    if (blocker !== 'stateful') out.push('cache');
    return out;
  }
  if (!storeKindsForRedesign.has(component.kind)) return ['partitioning'];
  if (component.kind === 'queue' || component.kind === 'stream') return ['partitioning'];
  // Its reads already go to replicas: what still breaks it is its writes.
  if (replicated) return ['partitioning'];
  const readShare = component.data?.readShare ?? defaultReadShare(component.kind);
  if (readShare >= 0.5) out.push('read-replicas');
  if (readShare >= 0.8) out.push('cache');
  if (readShare < 0.5 || rateAtGrowth * (1 - readShare) > writerBudget) out.push('partitioning');
  return out;
}

/** Growth at G× per component (docs/analyses.md, Growth); reuses the load analysis's rates. */
export function analyzeGrowth(input: AnalysisInput, load: LoadResult): GrowthAnalysis {
  const g = input.growthFactor;
  const target = input.project.workload.targetUtilization;
  const components = input.components.map((component, v) => growthOf(input, v, component, itemAt(load.rates, v), g, target));
  let breaksFirst: GrowthAnalysis['breaksFirst'] = null;
  let breaksName = '';
  components.forEach((growth, v) => {
    if (growth.headroom === null) return;
    const name = itemAt(input.components, v).name;
    if (
      breaksFirst === null ||
      growth.headroom < breaksFirst.headroom ||
      (growth.headroom === breaksFirst.headroom && (name < breaksName || (name === breaksName && growth.componentId < breaksFirst.componentId)))
    ) {
      breaksFirst = { componentId: growth.componentId, headroom: growth.headroom };
      breaksName = name;
    }
  });
  let rewrites = 0;
  let scaleOuts = 0;
  for (const c of components) {
    if (c.verdict === 'rewrite') rewrites++;
    else if (c.verdict === 'scale-out') scaleOuts++;
  }
  return { growthFactor: g, targetUtilization: target, components, breaksFirst, rewrites, scaleOuts };
}

function growthOf(input: AnalysisInput, v: number, component: Component, rate: number, g: number, target: number): ComponentGrowth {
  const capacity = itemAt(input.capacity, v).ratePerInstance.value;
  const instances = itemAt(input.deployment, v).instances;
  const rateAtGrowth = capped(rate * g);
  // Data figures inline rather than a helper's object spread into the result: one object per component, not three.
  const data = component.data;
  const size = data?.sizeGb ?? null;
  const limit = data?.singleNodeLimitGb ?? singleNodeLimitGbByKind[component.kind] ?? null;
  const atGrowth = size === null ? null : capped(size * input.growthFactor);
  const atHorizon = size === null ? null : capped(size + (data?.growthGbPerMonth ?? 0) * input.project.workload.growthHorizonMonths);
  const exceeds = limit !== null && ((atGrowth ?? 0) > limit || (atHorizon ?? 0) > limit);
  const outgrows = exceeds && data?.partitioned !== true && data?.retention !== true;
  if (capacity === null) {
    return {
      componentId: component.id,
      rateAtGrowth,
      instances,
      dataSizeGb: size,
      dataAtGrowthGb: atGrowth,
      dataAtHorizonGb: atHorizon,
      singleNodeLimitGb: limit,
      dataOutgrowsNode: outgrows,
      utilizationAtGrowth: null,
      allowedInstances: null,
      instancesNeeded: null,
      headroom: null,
      verdict: 'ok',
      blockers: [],
      redesigns: [],
    };
  }
  const perInstanceBudget = capacity * target;
  const instancesNeeded = rate > 0 ? Math.max(1, Math.ceil(capped(rateAtGrowth / perInstanceBudget) - 1e-9)) : 0;
  const allowed = instanceLimit(component, itemAt(input.deployment, v));
  const headroom = allowed.allowed === null || rate <= 0 ? null : capped((allowed.allowed * perInstanceBudget) / rate);
  const utilizationAtGrowth = instances === 0 ? null : capped(rateAtGrowth / (instances * capacity));
  let verdict: ComponentGrowth['verdict'] = 'ok';
  let blockers: GrowthBlocker[] = [];
  let redesigns: Redesign[] = [];
  if (instancesNeeded > instances) {
    if (allowed.allowed === null || instancesNeeded <= allowed.allowed) verdict = 'scale-out';
    else {
      verdict = 'rewrite';
      blockers = [allowed.blocker!];
      redesigns = redesignsFor(component, allowed.blocker!, rateAtGrowth, perInstanceBudget, itemAt(input.readReplicas, v) > 0);
    }
  }
  return {
    componentId: component.id,
    rateAtGrowth,
    instances,
    dataSizeGb: size,
    dataAtGrowthGb: atGrowth,
    dataAtHorizonGb: atHorizon,
    singleNodeLimitGb: limit,
    dataOutgrowsNode: outgrows,
    utilizationAtGrowth,
    allowedInstances: allowed.allowed,
    instancesNeeded,
    headroom,
    verdict,
    blockers,
    redesigns,
  };
}
