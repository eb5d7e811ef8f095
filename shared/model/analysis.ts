import { z } from 'zod';

/**
 * What the analyses (docs/analyses.md) compute, as sent to the UI and exporters.
 * Infinite figures (nothing limits a component) are null, so the result is plain JSON.
 */
const id = z.string();
const num = z.number();
const maybe = z.number().nullable();

export const ComponentLoad = z.strictObject({
  componentId: id,
  /**
   * Requests (or messages) per second at today's peak: its entry point's peakRps, plus Σ over
   * incoming sync/read/write/async connections of (caller rate × callsPerRequest), where a
   * connection cachedBy a cache passes on only (1 − hitRatio) of its calls (the cache receives all
   * of them). Replication, start-up dependencies and connections into components that are not
   * deployed carry no request load. A queue or stream receives what its producers publish and
   * delivers by its pattern: a work queue shares each message among its consumers, pub-sub gives
   * each consumer the topics it subscribes to, fanout gives each consumer every message (those it
   * does not handle count on it but are not passed on). Inside a loop: see `loops`.
   */
  rate: num,
  /** Instances today (stated, else the kind default). */
  instances: num,
  /** Rate one instance sustains; null when the kind is not capacity-bound (clients). */
  capacityPerInstance: maybe,
  /** rate / (instances × capacity); null when not capacity-bound or no instances. */
  utilization: maybe,
  /** The capacity per instance came from the kind's default, not the model. */
  capacityAssumed: z.boolean(),
});
export type ComponentLoad = z.infer<typeof ComponentLoad>;

/**
 * A loop of the load graph: a group of components that load can come back to (a call cycle, or
 * consumers that publish what the same broker delivers back to them).
 */
export const LoadLoop = z.strictObject({
  /** One way round, component ids in flow order from the member with the smallest id (not repeated at the end). */
  path: z.array(id),
  /** Every component in the loop, sorted by id. */
  componentIds: z.array(id),
  /** Connections inside the loop, sorted by id. */
  connectionIds: z.array(id),
  /** Product of calls per request (cache misses, delivery shares) along `path`: one round trip. */
  gain: num,
  /**
   * True when the loop's gain is below 1 and rests on stated figures only: rates include every
   * round trip (the geometric sum). False otherwise: load goes round once, and the loop is named.
   */
  converges: z.boolean(),
  /** Connections inside the loop whose figure rests on a default; stating them bounds the loop. */
  assumedConnectionIds: z.array(id),
});
export type LoadLoop = z.infer<typeof LoadLoop>;

export const LoadAnalysis = z.strictObject({
  components: z.array(ComponentLoad),
  /** Every loop of the load graph, sorted by the first id of its path. */
  loops: z.array(LoadLoop),
});
export type LoadAnalysis = z.infer<typeof LoadAnalysis>;

export const GrowthBlocker = z.enum(['vertical-only', 'single-writer', 'max-instances', 'stateful']);
export type GrowthBlocker = z.infer<typeof GrowthBlocker>;
export const Redesign = z.enum(['partitioning', 'read-replicas', 'cache', 'queue', 'stateless-sessions']);
export type Redesign = z.infer<typeof Redesign>;

export const ComponentGrowth = z.strictObject({
  componentId: id,
  /** rate × G. */
  rateAtGrowth: num,
  /** rateAtGrowth / (today's instances × capacity); null when not capacity-bound or no instances. */
  utilizationAtGrowth: maybe,
  /** Instances today (same as the load analysis). */
  instances: num,
  /**
   * Instances it may have: horizontal/managed-elastic → maxInstances, or null (unbounded);
   * vertical-only, single-writer and stateful compute → today's instances (at least 1 for
   * single-writer: one writer). null also when not capacity-bound.
   */
  allowedInstances: maybe,
  /**
   * ceil(rate × G / (capacity × targetUtilization)), at least 1 when rate > 0, 0 when rate is 0;
   * null when not capacity-bound.
   */
  instancesNeeded: maybe,
  /**
   * (allowedInstances × capacity × targetUtilization) / rate: the multiple of today's load at
   * which it reaches target utilization with the instances it may have. null = unbounded
   * (no instance limit, rate 0, or not capacity-bound).
   */
  headroom: maybe,
  /**
   * ok: instancesNeeded ≤ today's instances; scale-out: more instances needed and allowed;
   * rewrite: more needed than allowed (see blockers and redesigns).
   */
  verdict: z.enum(['ok', 'scale-out', 'rewrite']),
  /** Why instances cannot get there; empty unless verdict is rewrite. */
  blockers: z.array(GrowthBlocker),
  /** Which redesigns fit, most fitting first; empty unless verdict is rewrite. */
  redesigns: z.array(Redesign),
  /** data.sizeGb as stated; null when the model does not state it. */
  dataSizeGb: maybe,
  /** sizeGb × G. */
  dataAtGrowthGb: maybe,
  /** sizeGb + growthGbPerMonth × workload.growthHorizonMonths. */
  dataAtHorizonGb: maybe,
  /** Stated, else the kind default (defaults.ts singleNodeLimitGbByKind); null = no limit known. */
  singleNodeLimitGb: maybe,
  /** Either data figure exceeds the limit and the store is neither partitioned nor has retention. */
  dataOutgrowsNode: z.boolean(),
});
export type ComponentGrowth = z.infer<typeof ComponentGrowth>;

export const GrowthAnalysis = z.strictObject({
  growthFactor: num,
  /** The utilization a tier should stay under (workload.targetUtilization). */
  targetUtilization: num,
  components: z.array(ComponentGrowth),
  /** The component with the smallest finite headroom (ties: name, then id); null if none. */
  breaksFirst: z.strictObject({ componentId: id, headroom: num }).nullable(),
  /** Count of components whose verdict is rewrite. */
  rewrites: num,
  /** Count of components whose verdict is scale-out. */
  scaleOuts: num,
});
export type GrowthAnalysis = z.infer<typeof GrowthAnalysis>;

export const EntryAvailability = z.strictObject({
  entryPointId: id,
  /**
   * Product of the effective availability of the entry point and of every component it needs
   * (hard sync/read/write connections, not soft, no fallback, transitively; each counted once),
   * times, for each alternative group, 1 − Π(1 − A(member)), where A(member) is the member's own
   * required-set product computed on its own (shared dependencies inside alternatives may be
   * counted twice: a documented approximation).
   */
  availability: num,
  /** workload.availabilityTarget. */
  target: num,
  meetsTarget: z.boolean(),
  /** Up to 5 components it needs serially with availability < 1, lowest first (ties: name, id). */
  weakestLinks: z.array(z.strictObject({ componentId: id, availability: num })),
});
export type EntryAvailability = z.infer<typeof EntryAvailability>;

export const AvailabilityAnalysis = z.strictObject({
  /**
   * Effective availability of each component. n instances of availability a (failover standby or
   * multi-primary counts as at least 2): across ≥ 2 distinct zones 1 − (1 − a)^n; in one zone or
   * no zone stated: zone availability × (1 − (1 − a)^n) (product: the zone and the instances fail
   * independently, so the result is always below the zone's). managed-elastic: a as stated.
   * 0 instances: 0.
   */
  components: z.array(z.strictObject({ componentId: id, availability: num })),
  entryPoints: z.array(EntryAvailability),
});
export type AvailabilityAnalysis = z.infer<typeof AvailabilityAnalysis>;

/**
 * A component whose failure alone makes an entry point's requirement false. Only components that
 * can fail alone count: not redundant (redundant = instances ≥ 2, or failover standby/multi-primary,
 * or scalingMode managed-elastic), and never an entry point that is a client.
 */
export const SinglePointOfFailure = z.strictObject({
  componentId: id,
  /** Entry points it takes down, in workload order. */
  entryPointIds: z.array(id),
  /** Share of total entry-point traffic lost when it fails, 0–1. */
  blastRadius: num,
  lostRps: num,
});
export type SinglePointOfFailure = z.infer<typeof SinglePointOfFailure>;

/** Sorted by lostRps (largest first), then the number of entry points lost, then name, then id. */
export const SpofAnalysis = z.strictObject({ spofs: z.array(SinglePointOfFailure) });
export type SpofAnalysis = z.infer<typeof SpofAnalysis>;

export const EntryPaths = z.strictObject({
  entryPointId: id,
  /**
   * Longest synchronous chain (sync/read/write connections, soft ones too), component ids, entry
   * point first. Edges that close a cycle are not followed, so the chain is a simple path.
   */
  longestSyncChain: z.array(id),
  /** Edges in longestSyncChain (its length − 1). */
  hops: num,
  /** Largest Σ callsPerRequest over the synchronous outgoing connections of one component reachable synchronously (entry included); 0 if none. */
  maxFanOut: num,
  /** The component with that fan-out; null when maxFanOut is 0. */
  maxFanOutComponentId: id.nullable(),
  /** Largest ∏(1 + retries.max) along a synchronous path from the entry point; 1 = no retries. Capped at 1e15. */
  retryAmplification: num,
  /** The path of that product, component ids, entry point first (just the entry when 1). */
  retryPath: z.array(id),
});
export type EntryPaths = z.infer<typeof EntryPaths>;

/** Stores: database, cache, search, queue, stream. */
export const StoreConnections = z.strictObject({
  componentId: id,
  /** Little's law: the store's rate (Σ of its callers' calls) × its p99 latency in seconds. */
  concurrentToday: num,
  /** concurrentToday × G. */
  concurrentAtGrowth: num,
  /** Σ over distinct callers (and consumers of a queue/stream) of poolSize × instances. */
  pooledToday: num,
  /** The same with each caller at max(instances, instancesNeeded at G×). */
  pooledAtGrowth: num,
  /** Connections the store accepts (stated, else kind default); null = no limit known. */
  maxConnections: maybe,
  maxConnectionsAssumed: z.boolean(),
  /** The callers counted in pooledToday, in project order. */
  callerIds: z.array(id),
});
export type StoreConnections = z.infer<typeof StoreConnections>;

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
