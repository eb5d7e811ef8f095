import { z } from 'zod';
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

const count = z.int().min(0).max(1_000_000);
const positive = z.number().positive().max(1e12);
const nonNegative = z.number().min(0).max(1e15);
const ratio = z.number().min(0).max(1);
const text = (max: number) => z.string().max(max);

/** How the component is deployed. Omitted fields take the kind's defaults (see defaults.ts). */
export const Deployment = z.strictObject({
  /** Instances running today (fixed count, or the autoscaling minimum). */
  instances: count.optional(),
  /** Upper bound on instances (autoscaling maximum, licence, quota); absent means no stated limit. */
  maxInstances: z.int().min(1).max(1_000_000).optional(),
  autoscaling: z.boolean().optional(),
  autoscalingMetric: text(100).optional(),
  scalingMode: ScalingMode.optional(),
  failover: Failover.optional(),
  healthCheck: z.boolean().optional(),
  /** A managed (cloud provider) service rather than self-run. */
  managed: z.boolean().optional(),
  /** Load balancers only: routes a client to the same instance every time. */
  stickySessions: z.boolean().optional(),
});
export type Deployment = z.infer<typeof Deployment>;

/** What one instance sustains. Omitted fields take the kind's defaults; findings built on them say so. */
export const Capacity = z.strictObject({
  /** Requests, queries or messages per second one instance sustains. */
  ratePerInstance: positive.optional(),
  p99LatencyMs: nonNegative.optional(),
  /** Connections the component accepts (stores). */
  maxConnections: z.int().min(1).max(10_000_000).optional(),
  /** Connection pool each instance opens to each store it uses. */
  poolSize: z.int().min(1).max(100_000).optional(),
  /** Availability of one instance, 0–1 (0.999 = 99.9%). */
  availability: ratio.optional(),
});
export type Capacity = z.infer<typeof Capacity>;

export const State = z.strictObject({
  sessions: SessionStorage.optional(),
  localDiskWrites: z.boolean().optional(),
  inProcess: z.array(InProcessState).max(10).optional(),
  durableData: z.boolean().optional(),
});
export type State = z.infer<typeof State>;

export const Backups = z.strictObject({
  enabled: z.boolean().optional(),
  pointInTimeRecovery: z.boolean().optional(),
  restoreTested: z.boolean().optional(),
});

/** Data held by a store. Sizes in GB. */
export const DataProfile = z.strictObject({
  sizeGb: nonNegative.optional(),
  growthGbPerMonth: nonNegative.optional(),
  singleNodeLimitGb: positive.optional(),
  readReplicas: count.optional(),
  partitioned: z.boolean().optional(),
  backups: Backups.optional(),
  /** A retention or archival plan exists. */
  retention: z.boolean().optional(),
  keyType: z.enum(['uuid', 'sequential']).optional(),
  deletes: z.enum(['soft', 'hard']).optional(),
  /** Deleted records must remain auditable (money, medical, legal records...). */
  auditTrail: z.boolean().optional(),
  indexesReviewed: z.boolean().optional(),
  /** Share of operations that are reads, 0–1. */
  readShare: ratio.optional(),
});
export type DataProfile = z.infer<typeof DataProfile>;

/** Queues and streams. */
export const Messaging = z.strictObject({
  durable: z.boolean().optional(),
  deadLetterQueue: z.boolean().optional(),
  maxRetries: count.optional(),
  maxLength: z.int().min(1).max(1e12).optional(),
  depthAlert: z.boolean().optional(),
  delivery: Delivery.optional(),
  /** How messages reach consumers; unstated: pub-sub (each consumer gets what it subscribes to). */
  pattern: DeliveryPattern.optional(),
  eventsPerDay: nonNegative.optional(),
});
export type Messaging = z.infer<typeof Messaging>;

export const CacheProfile = z.strictObject({
  ttlSeconds: positive.optional(),
  invalidation: Invalidation.optional(),
  /** Share of reads the cache answers, 0–1. */
  hitRatio: ratio.optional(),
  treatedAsDurable: z.boolean().optional(),
});
export type CacheProfile = z.infer<typeof CacheProfile>;

export const ApiProfile = z.strictObject({
  visibility: z.enum(['public', 'internal']).optional(),
  versioned: z.boolean().optional(),
  hasListEndpoints: z.boolean().optional(),
  listsPaginated: z.boolean().optional(),
  hasMutations: z.boolean().optional(),
  idempotencyKeys: z.boolean().optional(),
  servesStaticAssets: z.boolean().optional(),
  /** Handles a request by calling its dependencies one after another, so their latencies add up. */
  sequentialCalls: z.boolean().optional(),
});
export type ApiProfile = z.infer<typeof ApiProfile>;

export const Observability = z.strictObject({
  logs: z.boolean().optional(),
  metrics: z.boolean().optional(),
  tracing: z.boolean().optional(),
  /** Alerts on the golden signals of its kind. */
  alerts: z.boolean().optional(),
});
export type Observability = z.infer<typeof Observability>;

export const Testing = z.strictObject({
  unit: z.boolean().optional(),
  integration: z.boolean().optional(),
  /** Highest multiple of today's peak it was load-tested at (0 or absent: never). */
  loadTestedMultiple: nonNegative.optional(),
  failoverTested: z.boolean().optional(),
});
export type Testing = z.infer<typeof Testing>;

export const Exposure = z.strictObject({
  internet: z.boolean().optional(),
  publishedPort: z.boolean().optional(),
});
export type Exposure = z.infer<typeof Exposure>;

export const Component = z.strictObject({
  id: ComponentId,
  name: z.string().trim().min(1, 'a component needs a name').max(200),
  kind: ComponentKind,
  technology: text(200).optional(),
  description: text(5000).optional(),
  tags: z.array(z.string().min(1).max(64)).max(50).optional(),
  /** Zones its instances are spread over; none means "not stated" (treated as one zone). */
  zoneIds: z.array(ZoneId).max(50).optional(),
  deployment: Deployment.optional(),
  capacity: Capacity.optional(),
  state: State.optional(),
  data: DataProfile.optional(),
  messaging: Messaging.optional(),
  cache: CacheProfile.optional(),
  api: ApiProfile.optional(),
  heavyWork: z.array(HeavyWork).max(10).optional(),
  observability: Observability.optional(),
  testing: Testing.optional(),
  exposure: Exposure.optional(),
});
export type Component = z.infer<typeof Component>;
