import { z } from 'zod/mini';
import { ComponentId, ZoneId } from './ids';

/** Every kind of component Tenfold knows (docs/model.md). */
export const componentKinds = [
  'client',
  'cdn',
  'dns',
  'load-balancer',
  'api-gateway',
  'service',
  'worker',
  'function',
  'database',
  'cache',
  'queue',
  'stream',
  'object-storage',
  'search',
  'external-api',
  'identity',
  'registry',
  'monitoring',
] as const;
export const ComponentKind = z.enum(componentKinds);
export type ComponentKind = z.infer<typeof ComponentKind>;

/** Kinds that hold durable data and so have a `data` section. */
export const storeKinds: readonly ComponentKind[] = ['database', 'object-storage', 'search', 'stream', 'queue', 'cache'];
/** Kinds that run the product's own code. */
export const computeKinds: readonly ComponentKind[] = ['service', 'worker', 'function', 'api-gateway', 'identity'];

export const ScalingMode = z.enum(['horizontal', 'vertical-only', 'single-writer', 'managed-elastic']);
export type ScalingMode = z.infer<typeof ScalingMode>;
export const Failover = z.enum(['none', 'standby', 'multi-primary']);
export type Failover = z.infer<typeof Failover>;
export const SessionStorage = z.enum(['none', 'in-memory', 'external-store', 'signed-cookie']);
export type SessionStorage = z.infer<typeof SessionStorage>;
export const InProcessState = z.enum(['cache', 'model', 'registry', 'other']);
export type InProcessState = z.infer<typeof InProcessState>;
export const HeavyWork = z.enum(['email', 'image-video', 'pdf-report', 'ml-inference', 'batch-export']);
export type HeavyWork = z.infer<typeof HeavyWork>;
export const Delivery = z.enum(['at-most-once', 'at-least-once', 'exactly-once']);
export type Delivery = z.infer<typeof Delivery>;
/**
 * How a queue or stream hands out its messages. work-queue: consumers compete, each message goes
 * to one of them. pub-sub: every subscribing service gets each message of the topics it
 * subscribes to (the broker filters). fanout: every subscribing service gets every message, and
 * drops those it does not handle (an unfiltered exchange).
 */
export const DeliveryPattern = z.enum(['work-queue', 'pub-sub', 'fanout']);
export type DeliveryPattern = z.infer<typeof DeliveryPattern>;
export const Invalidation = z.enum(['none', 'ttl-only', 'write-through', 'explicit-evict', 'event-driven']);
export type Invalidation = z.infer<typeof Invalidation>;

const count = z.int().check(z.minimum(0), z.maximum(1_000_000));
const positive = z.number().check(z.positive(), z.maximum(1e12));
const nonNegative = z.number().check(z.minimum(0), z.maximum(1e15));
const ratio = z.number().check(z.minimum(0), z.maximum(1));
const text = (max: number) => z.string().check(z.maxLength(max));

/** How the component is deployed. Omitted fields take the kind's defaults (see defaults.ts). */
export const Deployment = z.strictObject({
  /** Instances running today (fixed count, or the autoscaling minimum). */
  instances: z.optional(count),
  /** Upper bound on instances (autoscaling maximum, licence, quota); absent means no stated limit. */
  maxInstances: z.optional(z.int().check(z.minimum(1), z.maximum(1_000_000))),
  autoscaling: z.optional(z.boolean()),
  autoscalingMetric: z.optional(text(100)),
  scalingMode: z.optional(ScalingMode),
  failover: z.optional(Failover),
  healthCheck: z.optional(z.boolean()),
  /** A managed (cloud provider) service rather than self-run. */
  managed: z.optional(z.boolean()),
  /** Load balancers only: routes a client to the same instance every time. */
  stickySessions: z.optional(z.boolean()),
});
export type Deployment = z.infer<typeof Deployment>;

/** What one instance sustains. Omitted fields take the kind's defaults; findings built on them say so. */
export const Capacity = z.strictObject({
  /** Requests, queries or messages per second one instance sustains. */
  ratePerInstance: z.optional(positive),
  p99LatencyMs: z.optional(nonNegative),
  /** Connections the component accepts (stores). */
  maxConnections: z.optional(z.int().check(z.minimum(1), z.maximum(10_000_000))),
  /** Connection pool each instance opens to each store it uses. */
  poolSize: z.optional(z.int().check(z.minimum(1), z.maximum(100_000))),
  /** Availability of one instance, 0–1 (0.999 = 99.9%). */
  availability: z.optional(ratio),
});
export type Capacity = z.infer<typeof Capacity>;

export const State = z.strictObject({
  sessions: z.optional(SessionStorage),
  localDiskWrites: z.optional(z.boolean()),
  inProcess: z.optional(z.array(InProcessState).check(z.maxLength(10))),
  durableData: z.optional(z.boolean()),
});
export type State = z.infer<typeof State>;

export const Backups = z.strictObject({
  enabled: z.optional(z.boolean()),
  pointInTimeRecovery: z.optional(z.boolean()),
  restoreTested: z.optional(z.boolean()),
});

/** Data held by a store. Sizes in GB. */
export const DataProfile = z.strictObject({
  sizeGb: z.optional(nonNegative),
  growthGbPerMonth: z.optional(nonNegative),
  singleNodeLimitGb: z.optional(positive),
  readReplicas: z.optional(count),
  partitioned: z.optional(z.boolean()),
  backups: z.optional(Backups),
  /** A retention or archival plan exists. */
  retention: z.optional(z.boolean()),
  keyType: z.optional(z.enum(['uuid', 'sequential'])),
  deletes: z.optional(z.enum(['soft', 'hard'])),
  /** Deleted records must remain auditable (money, medical, legal records...). */
  auditTrail: z.optional(z.boolean()),
  indexesReviewed: z.optional(z.boolean()),
  /** Share of operations that are reads, 0–1. */
  readShare: z.optional(ratio),
});
export type DataProfile = z.infer<typeof DataProfile>;

/** Queues and streams. */
export const Messaging = z.strictObject({
  durable: z.optional(z.boolean()),
  deadLetterQueue: z.optional(z.boolean()),
  maxRetries: z.optional(count),
  maxLength: z.optional(z.int().check(z.minimum(1), z.maximum(1e12))),
  depthAlert: z.optional(z.boolean()),
  delivery: z.optional(Delivery),
  /** How messages reach consumers; unstated: pub-sub (each consumer gets what it subscribes to). */
  pattern: z.optional(DeliveryPattern),
  eventsPerDay: z.optional(nonNegative),
});
export type Messaging = z.infer<typeof Messaging>;

export const CacheProfile = z.strictObject({
  ttlSeconds: z.optional(positive),
  invalidation: z.optional(Invalidation),
  /** Share of reads the cache answers, 0–1. */
  hitRatio: z.optional(ratio),
  treatedAsDurable: z.optional(z.boolean()),
});
export type CacheProfile = z.infer<typeof CacheProfile>;

export const ApiProfile = z.strictObject({
  visibility: z.optional(z.enum(['public', 'internal'])),
  versioned: z.optional(z.boolean()),
  hasListEndpoints: z.optional(z.boolean()),
  listsPaginated: z.optional(z.boolean()),
  hasMutations: z.optional(z.boolean()),
  idempotencyKeys: z.optional(z.boolean()),
  servesStaticAssets: z.optional(z.boolean()),
  /** Handles a request by calling its dependencies one after another, so their latencies add up. */
  sequentialCalls: z.optional(z.boolean()),
});
export type ApiProfile = z.infer<typeof ApiProfile>;

export const Observability = z.strictObject({
  logs: z.optional(z.boolean()),
  metrics: z.optional(z.boolean()),
  tracing: z.optional(z.boolean()),
  /** Alerts on the golden signals of its kind. */
  alerts: z.optional(z.boolean()),
});
export type Observability = z.infer<typeof Observability>;

export const Testing = z.strictObject({
  unit: z.optional(z.boolean()),
  integration: z.optional(z.boolean()),
  /** Highest multiple of today's peak it was load-tested at (0 or absent: never). */
  loadTestedMultiple: z.optional(nonNegative),
  failoverTested: z.optional(z.boolean()),
});
export type Testing = z.infer<typeof Testing>;

export const Exposure = z.strictObject({
  internet: z.optional(z.boolean()),
  publishedPort: z.optional(z.boolean()),
});
export type Exposure = z.infer<typeof Exposure>;

export const Component = z.strictObject({
  id: ComponentId,
  name: z.string().check(z.trim(), z.minLength(1, 'a component needs a name'), z.maxLength(200)),
  kind: ComponentKind,
  technology: z.optional(text(200)),
  description: z.optional(text(5000)),
  tags: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(64))).check(z.maxLength(50))),
  /** Zones its instances are spread over; none means "not stated" (treated as one zone). */
  zoneIds: z.optional(z.array(ZoneId).check(z.maxLength(50))),
  deployment: z.optional(Deployment),
  capacity: z.optional(Capacity),
  state: z.optional(State),
  data: z.optional(DataProfile),
  messaging: z.optional(Messaging),
  cache: z.optional(CacheProfile),
  api: z.optional(ApiProfile),
  heavyWork: z.optional(z.array(HeavyWork).check(z.maxLength(10))),
  observability: z.optional(Observability),
  testing: z.optional(Testing),
  exposure: z.optional(Exposure),
});
export type Component = z.infer<typeof Component>;
