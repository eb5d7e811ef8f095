import type { ComponentKind } from '../../../../../shared/model/component';

const requestSignals = ['latency', 'traffic', 'errors', 'saturation'] as const;

/**
 * The signals worth alerting on for each kind of component: the four golden signals for
 * request-serving tiers, and what actually fails first for the others (a queue's backlog,
 * a database's replication lag and disk). Shared by observability/missing-alerts and the
 * runbook exporter (electron/exporters/alertThresholds.ts keys its thresholds by these exact
 * strings: rename one there too), so the finding and the runbook ask for the same alerts.
 */
const signalsByKind: Readonly<Record<ComponentKind, readonly string[]>> = {
  client: ['client-side error rate', 'page or screen load time'],
  cdn: ['edge error rate (5xx)', 'cache hit ratio', 'origin latency'],
  dns: ['resolution failures', 'query latency'],
  'load-balancer': [...requestSignals, 'unhealthy backends'],
  'api-gateway': [...requestSignals, 'rejected (rate-limited) requests'],
  service: requestSignals,
  worker: ['job duration', 'throughput', 'job failures', 'backlog waiting for it'],
  function: ['duration', 'invocations', 'errors', 'throttles and concurrency limit'],
  database: ['query latency', 'connections in use against the maximum', 'replication lag', 'disk space', 'errors and deadlocks'],
  cache: ['hit ratio', 'memory use', 'evictions', 'latency'],
  queue: ['queue depth', 'age of the oldest message', 'consumer errors', 'dead-lettered messages'],
  stream: ['consumer lag', 'throughput', 'under-replicated partitions', 'disk space'],
  'object-storage': ['request errors', 'request latency', 'storage growth'],
  search: ['query latency', 'indexing lag', 'cluster health', 'heap and disk use'],
  'external-api': ['error rate of calls to it', 'latency of calls to it', 'rate-limit headroom'],
  identity: [...requestSignals, 'failed sign-ins'],
  registry: [...requestSignals, 'stale or missing registrations'],
  monitoring: ['ingestion lag', 'dropped data', 'storage use'],
};

/** The signals to alert on for a kind of component, most important first. */
export function goldenSignals(kind: ComponentKind): readonly string[] {
  return signalsByKind[kind];
}
