import type { ComponentKind } from '../../shared/model/component';
import { goldenSignals } from '../engine/rules/observability/signals/goldenSignals';

/** One alert to set: a signal of the component's kind and a suggested starting threshold. */
export interface Alert {
  readonly signal: string;
  readonly when: string;
}

/**
 * Suggested starting thresholds per signal. The signals themselves come from the observability
 * rules (goldenSignals), so the runbook asks for exactly the alerts observability/missing-alerts
 * checks; the figures are conservative first settings for a team to tune.
 */
const thresholds: Readonly<Record<string, string>> = {
  latency: 'p99 above twice its normal value for 5 minutes',
  traffic: 'requests per second above 80% of tested capacity, or a sudden drop of half',
  errors: 'failed requests (5xx) above 1% for 5 minutes',
  saturation: 'CPU above 80% or memory above 85% on any instance for 10 minutes',
  'client-side error rate': 'errors reported by clients above 1% of sessions',
  'page or screen load time': 'p75 load time above 3 seconds',
  'edge error rate (5xx)': '5xx at the edge above 0.5% of requests',
  'cache hit ratio': 'below 80%, sending more load to the origin',
  'origin latency': 'p99 above twice its normal value',
  'resolution failures': 'any failed resolution from a monitored region',
  'query latency': 'p99 above twice its normal value for 5 minutes',
  'unhealthy backends': 'fewer healthy targets than planned',
  'rejected (rate-limited) requests': 'rate-limited (429) responses above 1% of requests',
  'job duration': 'p99 above twice its normal value',
  throughput: 'completed per minute below the arrival rate for 10 minutes',
  'job failures': 'failed jobs above 1%',
  'backlog waiting for it': 'oldest waiting job older than 5 minutes',
  duration: 'p99 above 80% of its timeout',
  invocations: 'above 80% of the planned peak',
  'throttles and concurrency limit': 'any throttling, or concurrency above 80% of the limit',
  'connections in use against the maximum': 'above 80% of max connections',
  'replication lag': 'above 30 seconds',
  'disk space': 'above 80% full, or full within 14 days at the current growth',
  'errors and deadlocks': 'failed queries above 0.1%, or any deadlock burst',
  'hit ratio': 'below its planned value by 10 points',
  'memory use': 'above 85% of the memory limit',
  evictions: 'rising steadily for 15 minutes',
  'queue depth': 'above 80% of its maximum length, or growing for 15 minutes',
  'age of the oldest message': 'above 5 minutes',
  'consumer errors': 'above 1% of messages',
  'dead-lettered messages': 'any message dead-lettered',
  'consumer lag': 'above 5 minutes of messages',
  'under-replicated partitions': 'any, for more than 5 minutes',
  'request errors': '5xx or throttling responses above 0.5%',
  'request latency': 'p99 above twice its normal value',
  'storage growth': 'above its monthly budget',
  'indexing lag': 'above 5 minutes',
  'cluster health': 'not green for 5 minutes',
  'heap and disk use': 'heap above 75% or disk above its high watermark',
  'error rate of calls to it': 'failed calls above 1%, or its circuit breaker open',
  'latency of calls to it': 'p99 above its agreed response time',
  'rate-limit headroom': 'calls above 80% of the provider limit or quota',
  'failed sign-ins': 'three times the normal rate (possible attack or outage)',
  'stale or missing registrations': 'fewer registered instances than running',
  'ingestion lag': 'above 2 minutes',
  'dropped data': 'any dropped samples, spans or log lines',
  'storage use': 'above 80% of its retention space',
};

const fallback = 'a sustained change of half from its normal level';

/** The alerts to set for a kind, in the observability rules' order. */
export function alertsFor(kind: ComponentKind): Alert[] {
  return goldenSignals(kind).map((signal) => ({ signal, when: thresholds[signal] ?? fallback }));
}
