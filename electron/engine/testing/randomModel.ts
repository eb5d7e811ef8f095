import { componentKinds, HeavyWork, InProcessState, type Component } from '../../../shared/model/component';
import { ConnectionKind } from '../../../shared/model/connection';
import { ModelBuilder } from './modelBuilder';
import { seededRandom as random } from './seededRandom';
import { itemAt } from '../../../shared/base/itemAt';

/**
 * A schema-valid project with every optional field sometimes set, sometimes absent, and edge
 * values (0 instances, 0 rates, 100% hit ratios, self-loops, cycles, alternatives, cached-by).
 * For sweeps that assert the engine never throws and never prints "undefined" or "NaN".
 */
export function randomModel(seed: number, size: number): ModelBuilder {
  const rnd = random(seed);
  const chance = (p: number) => rnd() < p;
  const pick = <T>(items: readonly T[]): T => itemAt(items, Math.floor(rnd() * items.length));
  const maybe = <T>(value: () => T, p = 0.5): T | undefined => (chance(p) ? value() : undefined);
  const m = new ModelBuilder().withWorkload({
    growthFactor: pick([1, 2, 10, 1000]),
    availabilityTarget: pick([0, 0.99, 0.999, 0.99999, 1]),
    targetUtilization: pick([0.01, 0.7, 1]),
    ...(chance(0.5) ? { teamSize: 1 + Math.floor(rnd() * 20) } : {}),
    growthHorizonMonths: pick([0, 12, 1200]),
  });
  const zones = Array.from({ length: Math.floor(rnd() * 4) }, (_, i) => m.zone(`zone ${i}`, chance(0.5) ? { availability: pick([0, 0.99, 1]) } : {}));
  const ids: string[] = [];
  for (let i = 0; i < size; i++) {
    const kind = pick(componentKinds);
    const fields: Partial<Component> = {
      ...(chance(0.3) ? { tags: [pick(['legacy', 'core', 'edge'])] } : {}),
      ...(zones.length > 0 && chance(0.6) ? { zoneIds: zones.filter(() => chance(0.5)) as Component['zoneIds'] } : {}),
      deployment: maybe(
        () => ({
          instances: pick([0, 1, 2, 5]),
          ...(chance(0.3) ? { maxInstances: pick([1, 3, 100]) } : {}),
          autoscaling: maybe(() => chance(0.5)),
          scalingMode: maybe(() => pick(['horizontal', 'vertical-only', 'single-writer', 'managed-elastic'] as const)),
          failover: maybe(() => pick(['none', 'standby', 'multi-primary'] as const)),
          healthCheck: maybe(() => chance(0.5)),
          managed: maybe(() => chance(0.5)),
          stickySessions: maybe(() => chance(0.5)),
        }),
        0.8,
      ),
      capacity: maybe(() => ({
        ratePerInstance: maybe(() => pick([0.001, 1, 500, 1e12])),
        p99LatencyMs: maybe(() => pick([0, 5, 2000])),
        maxConnections: maybe(() => pick([1, 100, 10_000])),
        poolSize: maybe(() => pick([1, 10, 100])),
        availability: maybe(() => pick([0, 0.9, 0.999, 1])),
      })),
      state: maybe(() => ({
        sessions: maybe(() => pick(['none', 'in-memory', 'external-store', 'signed-cookie'] as const)),
        localDiskWrites: maybe(() => chance(0.5)),
        inProcess: maybe(() => InProcessState.options.filter(() => chance(0.3))),
        durableData: maybe(() => chance(0.5)),
      })),
      data: maybe(() => ({
        sizeGb: maybe(() => pick([0, 10, 5000, 1e9])),
        growthGbPerMonth: maybe(() => pick([0, 1, 1000])),
        singleNodeLimitGb: maybe(() => pick([1, 2000])),
        readReplicas: maybe(() => pick([0, 2])),
        partitioned: maybe(() => chance(0.5)),
        backups: maybe(() => ({ enabled: maybe(() => chance(0.5)), pointInTimeRecovery: maybe(() => chance(0.5)), restoreTested: maybe(() => chance(0.5)) })),
        retention: maybe(() => chance(0.5)),
        keyType: maybe(() => pick(['uuid', 'sequential'] as const)),
        deletes: maybe(() => pick(['soft', 'hard'] as const)),
        auditTrail: maybe(() => chance(0.5)),
        indexesReviewed: maybe(() => chance(0.5)),
        readShare: maybe(() => pick([0, 0.5, 1])),
      })),
      messaging: maybe(() => ({
        durable: maybe(() => chance(0.5)),
        deadLetterQueue: maybe(() => chance(0.5)),
        maxRetries: maybe(() => pick([0, 5])),
        maxLength: maybe(() => pick([1, 1e6])),
        depthAlert: maybe(() => chance(0.5)),
        delivery: maybe(() => pick(['at-most-once', 'at-least-once', 'exactly-once'] as const)),
        eventsPerDay: maybe(() => pick([0, 1000, 1e9])),
      })),
      cache: maybe(() => ({
        ttlSeconds: maybe(() => pick([1, 3600])),
        invalidation: maybe(() => pick(['none', 'ttl-only', 'write-through', 'explicit-evict', 'event-driven'] as const)),
        hitRatio: maybe(() => pick([0, 0.9, 1])),
        treatedAsDurable: maybe(() => chance(0.5)),
      })),
      api: maybe(() => ({
        visibility: maybe(() => pick(['public', 'internal'] as const)),
        versioned: maybe(() => chance(0.5)),
        hasListEndpoints: maybe(() => chance(0.5)),
        listsPaginated: maybe(() => chance(0.5)),
        hasMutations: maybe(() => chance(0.5)),
        idempotencyKeys: maybe(() => chance(0.5)),
        servesStaticAssets: maybe(() => chance(0.5)),
      })),
      heavyWork: maybe(() => HeavyWork.options.filter(() => chance(0.3))),
      observability: maybe(() => ({
        logs: maybe(() => chance(0.5)),
        metrics: maybe(() => chance(0.5)),
        tracing: maybe(() => chance(0.5)),
        alerts: maybe(() => chance(0.5)),
      })),
      testing: maybe(() => ({
        unit: maybe(() => chance(0.5)),
        integration: maybe(() => chance(0.5)),
        loadTestedMultiple: maybe(() => pick([0, 1, 10, 1000])),
        failoverTested: maybe(() => chance(0.5)),
      })),
      exposure: maybe(() => ({ internet: maybe(() => chance(0.5)), publishedPort: maybe(() => chance(0.5)) })),
    };
    // Drop the undefined values the helpers produce: the schema is strict about shapes, not about absence.
    ids.push(m.component(`${kind} ${i}`, kind, JSON.parse(JSON.stringify(fields))));
  }
  const connectionCount = ids.length === 0 ? 0 : Math.floor(rnd() * ids.length * 3);
  for (let k = 0; k < connectionCount; k++) {
    const from = pick(ids);
    const to = chance(0.05) ? from : pick(ids);
    m.connect(
      from,
      to,
      pick(ConnectionKind.options),
      JSON.parse(
        JSON.stringify({
          callsPerRequest: maybe(() => pick([0, 0.5, 3, 10_000]), 0.4),
          dependency: maybe(() => pick(['hard', 'soft'] as const), 0.3),
          alternativeGroup: maybe(() => pick(['a', 'b']), 0.2),
          fallback: maybe(() => chance(0.5), 0.2),
          timeoutMs: maybe(() => pick([1, 1000]), 0.5),
          retries: maybe(
            () => ({ max: pick([0, 3, 100]), backoff: maybe(() => pick(['none', 'fixed', 'exponential'] as const)), jitter: maybe(() => chance(0.5)) }),
            0.3,
          ),
          circuitBreaker: maybe(() => chance(0.5), 0.3),
          mutating: maybe(() => chance(0.5), 0.3),
          idempotent: maybe(() => chance(0.5), 0.3),
          cachedBy: maybe(() => pick(ids), 0.1),
        }),
      ),
    );
  }
  for (const id of ids) if (chance(0.15)) m.entry(id, pick([0, 1, 1000, 1e9]));
  return m;
}
