import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf, targetsOf } from '../../testing/ruleTester';
import { readHeavyUncached } from './read-heavy-uncached';

/** users → api → db at `rps`; db at its default 2,000/s. */
function shop(rps: number, db: Parameters<ModelBuilder['component']>[2] = {}) {
  const m = new ModelBuilder();
  const users = m.component('users', 'client');
  const api = m.component('api', 'service', { deployment: { instances: 10 } });
  const store = m.component('orders-db', 'database', db);
  m.connect(users, api);
  m.entry(users, rps);
  return { m, users, api, store };
}

describe('caching/read-heavy-uncached', () => {
  it('reports a database that is mostly read, uncached, and busy at the growth target', () => {
    const { m, api, store } = shop(150);
    m.connect(api, store, 'read');
    const reports = reportsOf(readHeavyUncached, m.build());
    expect(targetsOf(reports)).toEqual([[store]]);
    expect(reports[0]!.keyTargets).toEqual([]);
    // 150/s × 10 = 1,500/s of 2,000/s = 75%.
    expect(reports[0]!.message).toBe(
      'orders-db answers mostly reads (80%) with no cache or read replica; at the growth target it would take 1,500/s, 75% of its capacity.',
    );
    expect(reports[0]!.evidence).toEqual({ stores: 1, readSharePercent: 80, rateAtGrowth: 1500, utilizationAtGrowthPercent: 75 });
    expect(reports[0]!.assumed).toEqual(['read share of orders-db: database default 80%']);
  });

  it("reports every such database in one finding keyed by the rule, with each one's read share and utilization and the busiest in the evidence", () => {
    const { m, api, store } = shop(150);
    const users = m.component('users-db', 'database', { data: { readShare: 0.9 } });
    const catalogue = m.component('catalogue-db', 'database');
    m.connect(api, store, 'read');
    m.connect(api, users, 'read', { callsPerRequest: 1.2 });
    m.connect(api, catalogue, 'read', { callsPerRequest: 0.8 });
    const reports = reportsOf(readHeavyUncached, m.build());
    expect(targetsOf(reports)).toEqual([[store, users, catalogue]]);
    expect(reports[0]!.keyTargets).toEqual([]);
    // users-db: 150/s × 1.2 × 10 = 1,800/s of 2,000/s = 90%; catalogue-db: 1,200/s = 60%.
    expect(reports[0]!.message).toBe(
      'At 10×, 3 databases that answer mostly reads would be busy with no cache or read replica to take them: orders-db (80% reads, 75% of capacity), users-db (90% reads, 90% of capacity) and catalogue-db (80% reads, 60% of capacity).',
    );
    expect(reports[0]!.evidence).toEqual({ stores: 3, worst: 'users-db', readSharePercent: 90, rateAtGrowth: 1800, utilizationAtGrowthPercent: 90 });
    expect(reports[0]!.assumed).toEqual(['read share of orders-db and catalogue-db: database default 80%']);
  });

  it('derives the read share from read and write connections', () => {
    const { m, api, store } = shop(100);
    m.connect(api, store, 'read', { callsPerRequest: 3 });
    m.connect(api, store, 'write');
    const reports = reportsOf(readHeavyUncached, m.build());
    expect(reports[0]!.evidence).toMatchObject({ readSharePercent: 75 });
    expect(reports[0]!.assumed).toBeUndefined();
  });

  it('does not report a cached, replicated, write-heavy or lightly loaded database', () => {
    const cached = shop(150);
    const redis = cached.m.component('redis', 'cache');
    cached.m.connect(cached.api, cached.store, 'read', { cachedBy: redis });
    expect(reportsOf(readHeavyUncached, cached.m.build())).toEqual([]);

    const replicated = shop(150, { data: { readReplicas: 2 } });
    replicated.m.connect(replicated.api, replicated.store, 'read');
    expect(reportsOf(readHeavyUncached, replicated.m.build())).toEqual([]);

    const writeHeavy = shop(150, { data: { readShare: 0.3 } });
    writeHeavy.m.connect(writeHeavy.api, writeHeavy.store, 'read');
    expect(reportsOf(readHeavyUncached, writeHeavy.m.build())).toEqual([]);

    const quiet = shop(20);
    quiet.m.connect(quiet.api, quiet.store, 'read');
    expect(reportsOf(readHeavyUncached, quiet.m.build())).toEqual([]);
  });

  it('does not report a read replica drawn as its own component, nor its primary', () => {
    const m = new ModelBuilder();
    const users = m.component('users', 'client');
    const api = m.component('api', 'service', { deployment: { instances: 4 } });
    const primary = m.component('postgres', 'database');
    const replica = m.component('postgres-replica', 'database');
    m.connect(users, api);
    m.connect(api, primary, 'write');
    m.connect(api, replica, 'read', { callsPerRequest: 3 });
    m.connect(primary, replica, 'replication');
    m.entry(users, 150);
    expect(reportsOf(readHeavyUncached, m.build())).toEqual([]);
  });
});
