import type { Component, ComponentKind, ScalingMode } from './component';

/**
 * Documented defaults per component kind, used when a component does not state a figure.
 * Figures are order-of-magnitude planning numbers for one ordinary instance, not benchmarks;
 * a finding built on one says so (growth/assumed-capacity).
 *
 * ratePerInstance: requests/queries/messages per second; null = not capacity-bound (clients).
 */
export interface KindDefaults {
  readonly label: string;
  readonly ratePerInstance: number | null;
  readonly p99LatencyMs: number;
  readonly availability: number;
  readonly maxConnections: number | null;
  readonly poolSize: number;
  readonly scalingMode: ScalingMode;
  readonly instances: number;
  readonly why: string;
}

export const kindDefaults: Readonly<Record<ComponentKind, KindDefaults>> = {
  client: {
    label: 'Client',
    ratePerInstance: null,
    p99LatencyMs: 0,
    availability: 1,
    maxConnections: null,
    poolSize: 10,
    scalingMode: 'managed-elastic',
    instances: 1,
    why: 'Clients are where load comes from; they are not capacity-bound.',
  },
  cdn: {
    label: 'CDN',
    ratePerInstance: 100_000,
    p99LatencyMs: 20,
    availability: 0.9999,
    maxConnections: null,
    poolSize: 10,
    scalingMode: 'managed-elastic',
    instances: 1,
    why: 'A provider edge network scales with demand.',
  },
  dns: {
    label: 'DNS',
    ratePerInstance: 100_000,
    p99LatencyMs: 20,
    availability: 0.99999,
    maxConnections: null,
    poolSize: 10,
    scalingMode: 'managed-elastic',
    instances: 1,
    why: 'Managed DNS is anycast and highly available.',
  },
  'load-balancer': {
    label: 'Load balancer',
    ratePerInstance: 20_000,
    p99LatencyMs: 2,
    availability: 0.9999,
    maxConnections: 100_000,
    poolSize: 100,
    scalingMode: 'horizontal',
    instances: 1,
    why: 'A software balancer (nginx, HAProxy) handles tens of thousands of requests per second per node.',
  },
  'api-gateway': {
    label: 'API gateway',
    ratePerInstance: 5_000,
    p99LatencyMs: 10,
    availability: 0.999,
    maxConnections: 50_000,
    poolSize: 100,
    scalingMode: 'horizontal',
    instances: 1,
    why: 'A gateway does routing, auth and rate limiting per request.',
  },
  service: {
    label: 'Service',
    ratePerInstance: 500,
    p99LatencyMs: 100,
    availability: 0.999,
    maxConnections: 10_000,
    poolSize: 10,
    scalingMode: 'horizontal',
    instances: 1,
    why: 'A typical web service instance with a few cores.',
  },
  worker: {
    label: 'Worker',
    ratePerInstance: 50,
    p99LatencyMs: 1_000,
    availability: 0.999,
    maxConnections: null,
    poolSize: 5,
    scalingMode: 'horizontal',
    instances: 1,
    why: 'Background jobs are heavier than requests.',
  },
  function: {
    label: 'Function',
    ratePerInstance: 1_000,
    p99LatencyMs: 200,
    availability: 0.9995,
    maxConnections: null,
    poolSize: 1,
    scalingMode: 'managed-elastic',
    instances: 1,
    why: 'A serverless function platform scales with invocations up to its concurrency limit.',
  },
  database: {
    label: 'Database',
    ratePerInstance: 2_000,
    p99LatencyMs: 10,
    availability: 0.999,
    maxConnections: 100,
    poolSize: 10,
    scalingMode: 'single-writer',
    instances: 1,
    why: 'One relational primary; PostgreSQL allows 100 connections by default.',
  },
  cache: {
    label: 'Cache',
    ratePerInstance: 50_000,
    p99LatencyMs: 1,
    availability: 0.999,
    maxConnections: 10_000,
    poolSize: 10,
    scalingMode: 'horizontal',
    instances: 1,
    why: 'An in-memory key-value node (Redis, Memcached).',
  },
  queue: {
    label: 'Queue',
    ratePerInstance: 5_000,
    p99LatencyMs: 5,
    availability: 0.999,
    maxConnections: 10_000,
    poolSize: 5,
    scalingMode: 'vertical-only',
    instances: 1,
    why: 'A single message-broker node (RabbitMQ-class).',
  },
  stream: {
    label: 'Stream',
    ratePerInstance: 50_000,
    p99LatencyMs: 10,
    availability: 0.9995,
    maxConnections: 10_000,
    poolSize: 5,
    scalingMode: 'horizontal',
    instances: 3,
    why: 'A partitioned log (Kafka-class) broker.',
  },
  'object-storage': {
    label: 'Object storage',
    ratePerInstance: 5_000,
    p99LatencyMs: 50,
    availability: 0.9999,
    maxConnections: null,
    poolSize: 50,
    scalingMode: 'managed-elastic',
    instances: 1,
    why: 'Provider object storage is elastic per prefix.',
  },
  search: {
    label: 'Search',
    ratePerInstance: 200,
    p99LatencyMs: 50,
    availability: 0.999,
    maxConnections: 10_000,
    poolSize: 10,
    scalingMode: 'horizontal',
    instances: 1,
    why: 'A search node answers a few hundred queries per second.',
  },
  'external-api': {
    label: 'External API',
    ratePerInstance: 1_000,
    p99LatencyMs: 300,
    availability: 0.999,
    maxConnections: null,
    poolSize: 20,
    scalingMode: 'managed-elastic',
    instances: 1,
    why: 'A third-party API: its rate limit is the capacity; 99.9% is a common SLA.',
  },
  identity: {
    label: 'Identity',
    ratePerInstance: 1_000,
    p99LatencyMs: 50,
    availability: 0.999,
    maxConnections: 10_000,
    poolSize: 10,
    scalingMode: 'horizontal',
    instances: 1,
    why: 'Token validation and login.',
  },
  registry: {
    label: 'Registry',
    ratePerInstance: 2_000,
    p99LatencyMs: 5,
    availability: 0.999,
    maxConnections: 10_000,
    poolSize: 10,
    scalingMode: 'horizontal',
    instances: 1,
    why: 'Service discovery or configuration registry.',
  },
  monitoring: {
    label: 'Monitoring',
    ratePerInstance: 5_000,
    p99LatencyMs: 50,
    availability: 0.999,
    maxConnections: 10_000,
    poolSize: 5,
    scalingMode: 'horizontal',
    instances: 1,
    why: 'Metrics, logs or tracing backend.',
  },
};

/**
 * Data a single node of each store kind holds comfortably, in GB, when data.singleNodeLimitGb is
 * not stated (order of magnitude: a large relational primary, a search node's heap-backed index,
 * a cache node's memory, a broker's disk). Kinds not listed have no single-node limit.
 */
export const singleNodeLimitGbByKind: Readonly<Partial<Record<ComponentKind, number>>> = {
  database: 2_000,
  search: 500,
  cache: 64,
  queue: 1_000,
  stream: 1_000,
};
/** Share of a store's operations that are reads when data.readShare is not stated. */
export const defaultReadShare = (kind: ComponentKind): number => (kind === 'database' || kind === 'search' || kind === 'cache' ? 0.8 : 0.5);
/** Hit ratio of a cache that does not state one: assume it absorbs nothing, so no load is understated. */
export const DEFAULT_CACHE_HIT_RATIO = 0;

/** Availability of one zone when the zone does not state it. */
export const DEFAULT_ZONE_AVAILABILITY = 0.9999;
/** Calls per upstream request when a connection does not state it. */
export const DEFAULT_CALLS_PER_REQUEST = 1;

/** A figure and whether it came from the kind's defaults. */
export interface Resolved<T> {
  readonly value: T;
  readonly assumed: boolean;
}

function resolve<T>(stated: T | undefined, fallback: Resolved<T>): Resolved<T> {
  return stated === undefined ? fallback : { value: stated, assumed: false };
}

/** What effectiveCapacity returns. */
export type EffectiveCapacity = Readonly<ReturnType<typeof capacityOfKind>>;

function capacityOfKind(d: KindDefaults) {
  const assumed = <T>(value: T): Resolved<T> => ({ value, assumed: true });
  return {
    ratePerInstance: assumed<number | null>(d.ratePerInstance),
    p99LatencyMs: assumed(d.p99LatencyMs),
    availability: assumed(d.availability),
    maxConnections: assumed<number | null>(d.maxConnections),
    poolSize: assumed(d.poolSize),
  };
}

function deploymentOfKind(d: KindDefaults, dep: NonNullable<Component['deployment']>) {
  return {
    instances: dep.instances ?? d.instances,
    maxInstances: dep.maxInstances,
    scalingMode: dep.scalingMode ?? d.scalingMode,
    autoscaling: dep.autoscaling ?? false,
    failover: dep.failover ?? 'none',
    healthCheck: dep.healthCheck ?? false,
    managed: dep.managed ?? false,
    stickySessions: dep.stickySessions ?? false,
  };
}

/** What effectiveDeployment returns. */
export type EffectiveDeployment = Readonly<ReturnType<typeof deploymentOfKind>>;

// The figures of a component that states none, built once per kind and shared: a check resolves
// every component's capacity and deployment, and most components state few figures or none
// (the kind's defaults were six fresh objects per component and check). Shared, so read-only.
const kinds = Object.keys(kindDefaults) as ComponentKind[];
const defaultCapacity = new Map<ComponentKind, EffectiveCapacity>(kinds.map((kind) => [kind, capacityOfKind(kindDefaults[kind])]));
const defaultDeployment = new Map<ComponentKind, EffectiveDeployment>(kinds.map((kind) => [kind, deploymentOfKind(kindDefaults[kind], {})]));

/** Effective capacity figures of a component: stated values, else its kind's defaults. */
export function effectiveCapacity(component: Component): EffectiveCapacity {
  const kind = defaultCapacity.get(component.kind)!;
  const c = component.capacity;
  if (c === undefined) return kind;
  return {
    ratePerInstance: resolve<number | null>(c.ratePerInstance, kind.ratePerInstance),
    p99LatencyMs: resolve(c.p99LatencyMs, kind.p99LatencyMs),
    availability: resolve(c.availability, kind.availability),
    maxConnections: resolve<number | null>(c.maxConnections, kind.maxConnections),
    poolSize: resolve(c.poolSize, kind.poolSize),
  };
}

/** Effective deployment figures of a component. */
export function effectiveDeployment(component: Component): EffectiveDeployment {
  const dep = component.deployment;
  return dep === undefined ? defaultDeployment.get(component.kind)! : deploymentOfKind(kindDefaults[component.kind], dep);
}
