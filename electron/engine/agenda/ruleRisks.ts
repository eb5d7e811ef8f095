import type { RuleRisk } from './assessment';
import { componentOutage, entryDowntime, externalTargets, spofOutage } from './outage';
import { connectionLimit, dataLimit, headroomLimit, saturation } from './capacity';
import { brokerRestartLoss, cacheOnlyData, exposedData, localFiles, unrestorable } from './dataLoss';

/** A rule whose findings put no traffic, limit or data at stake; `summary` says what they do cost. */
function hygiene(summary: string): RuleRisk {
  const assessment = { risk: 'hygiene', summary, trafficShare: null, rps: null, breaksAt: null, dataAtRisk: null, weight: 0 } as const;
  return { risk: 'hygiene', assess: () => assessment };
}

/**
 * What each rule's findings risk, and how their figures are computed (docs/agenda.md; a
 * meta-test keeps it complete). outage: requests fail; capacity: a limit the load reaches at some
 * multiple of today's; data-loss: data that can be lost; hygiene: the rest.
 */
export const ruleRisks: Readonly<Record<string, RuleRisk>> = {
  'growth/saturated-now': saturation,
  'growth/breaks-at-target': headroomLimit(' at its instance limit', 'hits its instance limit before the growth target'),
  'growth/rewrite-required': headroomLimit(' and needs a redesign, not more instances', 'needs a redesign to reach the growth target'),
  'growth/no-autoscaling': hygiene('someone must add instances by hand when load rises'),
  'growth/connection-exhaustion': connectionLimit,
  'growth/data-outgrows-node': dataLimit,
  'growth/assumed-capacity': hygiene('its figures rest on kind defaults until they are measured'),
  'growth/load-loop': headroomLimit(' and load loops back through it', 'load loops back on itself: every round trip adds to it'),

  'stateless/in-memory-sessions': componentOutage(0.5, (traffic) => `a restart or a lost instance logs out the users behind ${traffic}`),
  'stateless/local-disk': localFiles,
  'stateless/in-process-state': hygiene('each instance keeps its own copy of state, rebuilt on every restart'),

  'redundancy/single-point-of-failure': spofOutage,
  'redundancy/single-zone': componentOutage(0.3, (traffic) => `a zone outage takes down ${traffic}`),
  'redundancy/no-failover': componentOutage(0.6, (traffic) => `its failure stops ${traffic} until a standby is promoted or it is restored by hand`),
  'redundancy/availability-below-target': entryDowntime,
  'redundancy/no-health-check': hygiene('the balancer keeps sending requests to a failed instance'),
  'redundancy/no-backup': unrestorable,
  'redundancy/startup-dependency': componentOutage(0.2, (traffic) => `while it is down, what serves ${traffic} cannot restart or scale out`),
  'redundancy/divergent-alternatives': hygiene('the same request gets different answers, and a dependency sees only part of the traffic'),

  'async/heavy-work-in-request': headroomLimit(' with heavy work inside its requests', 'heavy work inside requests: latency and instances grow with load'),
  'async/deep-sync-chain': hygiene('latency and failures add up along a long synchronous chain'),
  'async/sync-fan-out': hygiene('one request waits on many calls, and the slowest sets its latency'),
  'async/sequential-calls': hygiene("each request waits for the sum of its calls' latencies"),
  'async/no-dead-letter': hygiene('a message that keeps failing blocks its queue or is dropped unseen'),
  'async/non-durable-queue': brokerRestartLoss,
  'async/unbounded-queue': hygiene('a backlog can grow unnoticed until the broker runs out of room'),
  'async/non-idempotent-consumer': hygiene('a redelivered message is processed twice'),
  'async/unfiltered-fanout': headroomLimit(' while it delivers events its subscribers drop', 'delivers every event to every subscriber, wanted or not'),

  'caching/read-heavy-uncached': headroomLimit('; a cache or a replica could take its reads', 'its reads grow with no cache or replica to take them'),
  'caching/no-expiry': hygiene('stale entries can be served with no limit in time'),
  'caching/cache-as-database': cacheOnlyData,
  'caching/static-without-cdn': hygiene('static files come from the origin on every visit'),

  'resilience/no-timeout': hygiene('a slow dependency ties up its callers'),
  'resilience/retry-without-backoff': hygiene('retries in lockstep hammer a dependency that is already failing'),
  'resilience/retry-amplification': hygiene('one failure multiplies the load on what is already struggling'),
  'resilience/no-circuit-breaker': hygiene('callers keep waiting on a dependency that is down'),
  'resilience/external-without-fallback': componentOutage(0.4, (traffic) => `an outage of the third-party API fails ${traffic}`, externalTargets),
  'resilience/unsafe-retry': hygiene('a retried write can be applied twice'),

  'observability/unmonitored': hygiene('failures go unnoticed until users report them'),
  'observability/no-tracing': hygiene('a slow request cannot be followed across components'),
  'observability/missing-alerts': hygiene('nobody is told when its golden signals go bad'),

  'data/shared-database': hygiene('services sharing a store cannot change or scale it on their own'),
  'data/unpaginated-list': hygiene('list responses grow with the data'),
  'data/unreviewed-indexes': hygiene('queries slow down as tables grow'),
  'data/no-archival': hygiene('old data keeps growing the store and its backups'),
  'data/sequential-keys': hygiene('sequential keys reveal volumes and collide when data is sharded or merged'),
  'data/hard-deletes': hygiene('deleted records leave no audit trail'),
  'data/store-exposed': exposedData,

  'api/unversioned': hygiene('a change to the API breaks its clients'),
  'api/no-idempotency-key': hygiene('a client retry can repeat a mutation'),

  'testing/no-load-test': hygiene('its capacity figures are unproven until load-tested'),
  'testing/no-integration-tests': hygiene('broken contracts between services are found in production'),
  'testing/untested-failover': hygiene('failover may not work when it is needed'),

  'simplicity/oversized-streaming': hygiene('a streaming platform costs more to run than its volume needs'),
  'simplicity/too-many-services': hygiene('more services than the team can own'),
  'simplicity/premature-partitioning': hygiene('sharding costs effort the data does not need yet'),

  'modularity/god-component': hygiene('a component everything depends on is hard to change safely'),
  'modularity/cyclic-dependency': hygiene('components in a call cycle cannot be deployed or fail on their own'),
  'modularity/dangling': hygiene('the model has a loose end'),
};

/** A rule the table does not know (a meta-test keeps that from shipping) counts as hygiene. */
export const unknownRuleRisk: RuleRisk = hygiene('not yet assessed');
