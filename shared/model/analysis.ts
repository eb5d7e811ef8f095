import { z } from 'zod';

/**
 * What the analyses of DESIGN.md §4 compute, as sent to the UI and exporters.
 * Infinite figures (nothing limits a component) are null, so the result is plain JSON.
 */
const id = z.string();
const num = z.number();
const maybe = z.number().nullable();

export const ComponentLoad = z.strictObject({
  componentId: id,
  /** Requests (or messages) per second at today's peak. */
  rate: num,
  instances: num,
  /** null when the kind is not capacity-bound (clients). */
  capacityPerInstance: maybe,
  /** rate / (instances × capacity); null when not capacity-bound or no instances. */
  utilization: maybe,
  capacityAssumed: z.boolean(),
});
export type ComponentLoad = z.infer<typeof ComponentLoad>;

export const LoadAnalysis = z.strictObject({
  components: z.array(ComponentLoad),
  /** Each cycle found in the call graph, as component ids in order. */
  cycles: z.array(z.array(id)),
});
export type LoadAnalysis = z.infer<typeof LoadAnalysis>;

export const GrowthBlocker = z.enum(['vertical-only', 'single-writer', 'max-instances', 'stateful']);
export type GrowthBlocker = z.infer<typeof GrowthBlocker>;
export const Redesign = z.enum(['partitioning', 'read-replicas', 'cache', 'queue', 'stateless-sessions']);
export type Redesign = z.infer<typeof Redesign>;

export const ComponentGrowth = z.strictObject({
  componentId: id,
  rateAtGrowth: num,
  utilizationAtGrowth: maybe,
  /** Instances needed at G× to stay under the target utilization; null when not capacity-bound. */
  instancesNeeded: maybe,
  /** Multiple of today's load at which it reaches target utilization with the instances it may have; null = unbounded. */
  headroom: maybe,
  /** ok: enough as is; scale-out: more instances; rewrite: instances cannot get there. */
  verdict: z.enum(['ok', 'scale-out', 'rewrite']),
  blockers: z.array(GrowthBlocker),
  redesigns: z.array(Redesign),
  dataSizeGb: maybe,
  dataAtGrowthGb: maybe,
  dataAtHorizonGb: maybe,
  singleNodeLimitGb: maybe,
  dataOutgrowsNode: z.boolean(),
});
export type ComponentGrowth = z.infer<typeof ComponentGrowth>;

export const GrowthAnalysis = z.strictObject({
  growthFactor: num,
  components: z.array(ComponentGrowth),
  breaksFirst: z.strictObject({ componentId: id, headroom: num }).nullable(),
  rewrites: num,
  scaleOuts: num,
});
export type GrowthAnalysis = z.infer<typeof GrowthAnalysis>;

export const EntryAvailability = z.strictObject({
  entryPointId: id,
  availability: num,
  target: num,
  meetsTarget: z.boolean(),
  /** Components contributing most unavailability, worst first. */
  weakestLinks: z.array(z.strictObject({ componentId: id, availability: num })),
});
export type EntryAvailability = z.infer<typeof EntryAvailability>;

export const AvailabilityAnalysis = z.strictObject({
  /** Effective availability of each component (instances and zones combined). */
  components: z.array(z.strictObject({ componentId: id, availability: num })),
  entryPoints: z.array(EntryAvailability),
});
export type AvailabilityAnalysis = z.infer<typeof AvailabilityAnalysis>;

export const SinglePointOfFailure = z.strictObject({
  componentId: id,
  entryPointIds: z.array(id),
  /** Share of total entry-point traffic lost when it fails, 0–1. */
  blastRadius: num,
  lostRps: num,
});
export type SinglePointOfFailure = z.infer<typeof SinglePointOfFailure>;

export const SpofAnalysis = z.strictObject({ spofs: z.array(SinglePointOfFailure) });
export type SpofAnalysis = z.infer<typeof SpofAnalysis>;

export const EntryPaths = z.strictObject({
  entryPointId: id,
  /** Longest synchronous chain (component ids, entry point first). */
  longestSyncChain: z.array(id),
  hops: num,
  maxFanOut: num,
  /** Largest ∏(1 + retries) along a synchronous path. */
  retryAmplification: num,
});
export const StoreConnections = z.strictObject({
  componentId: id,
  /** Little's law: Σ rate × latency of callers. */
  concurrentToday: num,
  concurrentAtGrowth: num,
  /** Σ pool size × instances of callers. */
  pooledToday: num,
  pooledAtGrowth: num,
  maxConnections: maybe,
});
export const PathsAnalysis = z.strictObject({
  entryPoints: z.array(EntryPaths),
  stores: z.array(StoreConnections),
});
export type PathsAnalysis = z.infer<typeof PathsAnalysis>;

export const Analyses = z.strictObject({
  load: LoadAnalysis,
  growth: GrowthAnalysis,
  availability: AvailabilityAnalysis,
  spof: SpofAnalysis,
  paths: PathsAnalysis,
});
export type Analyses = z.infer<typeof Analyses>;
