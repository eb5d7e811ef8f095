import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../testing/modelBuilder';
import { prepareInput } from './topology';
import { analyzeLoad } from './load';
import { analyzeGrowth } from './growth';
import { analyzePaths } from './paths';

function pathsOf(m: ModelBuilder) {
  const input = prepareInput(m.build());
  const load = analyzeLoad(input);
  const paths = analyzePaths(input, load, analyzeGrowth(input, load).components);
  const entries = new Map(paths.entryPoints.map((e) => [e.entryPointId, e]));
  const stores = new Map(paths.stores.map((s) => [s.componentId, s]));
  return { entry: (id: string) => entries.get(id)!, store: (id: string) => stores.get(id)!, stores: paths.stores };
}

describe('paths analysis', () => {
  it('finds the longest synchronous chain, ignoring async hops, and terminates on cycles', () => {
    const m = new ModelBuilder();
    const users = m.component('users', 'client');
    const edge = m.component('edge', 'load-balancer');
    const front = m.component('front', 'service');
    const orders = m.component('orders', 'service');
    const payment = m.component('payment', 'service');
    const db = m.component('db', 'database');
    const queue = m.component('queue', 'queue');
    const worker = m.component('worker', 'worker');
    m.connect(users, edge);
    m.connect(edge, front);
    m.connect(front, orders);
    m.connect(orders, payment);
    m.connect(front, db, 'read');
    m.connect(orders, queue, 'async');
    m.connect(queue, worker, 'async');
    m.connect(payment, front); // a cycle back to front
    m.entry(users, 10);
    const entry = pathsOf(m).entry(users);
    // users → edge → front → orders → payment: 4 hops; the edge back to front is not followed
    expect(entry.longestSyncChain).toEqual([users, edge, front, orders, payment]);
    expect(entry.hops).toBe(4);
  });

  it('reports the largest fan-out and retry amplification on a synchronous path', () => {
    const m = new ModelBuilder();
    const users = m.component('users', 'client');
    const api = m.component('api', 'api-gateway');
    const catalog = m.component('catalog', 'service');
    const db = m.component('db', 'database');
    const side = m.component('side', 'service');
    m.connect(users, api, 'sync', { retries: { max: 2 } });
    m.connect(api, catalog, 'sync', { retries: { max: 3 } });
    m.connect(catalog, db, 'read', { callsPerRequest: 4, retries: { max: 1 } });
    m.connect(catalog, side, 'sync', { callsPerRequest: 3 });
    m.connect(api, side, 'sync', { retries: { max: 0 } });
    m.entry(users, 10);
    const entry = pathsOf(m).entry(users);
    // catalog fans out 4 + 3 = 7 calls per request
    expect(entry.maxFanOut).toBe(7);
    expect(entry.maxFanOutComponentId).toBe(catalog);
    // (1 + 2) × (1 + 3) × (1 + 1) = 24 along users → api → catalog → db
    expect(entry.retryAmplification).toBe(24);
    expect(entry.retryPath).toEqual([users, api, catalog, db]);
  });

  it("counts connections into a store by Little's law and by pools, today and at G×", () => {
    const m = new ModelBuilder();
    const users = m.component('users', 'client');
    const api = m.component('api', 'service', { deployment: { instances: 4 }, capacity: { ratePerInstance: 100, poolSize: 20 } });
    const jobs = m.component('jobs', 'worker', { deployment: { instances: 2 }, capacity: { poolSize: 5 } });
    const db = m.component('db', 'database', { capacity: { p99LatencyMs: 50, maxConnections: 200 } });
    m.connect(users, api);
    m.connect(api, db, 'read', { callsPerRequest: 2 });
    m.connect(api, db, 'write');
    m.connect(jobs, db, 'write');
    m.entry(users, 200);
    const store = pathsOf(m).store(db);
    // rate = 200 × 2 + 200 × 1 = 600/s; Little's law 600 × 0.05 s = 30 concurrent; × 10 = 300
    expect(store.concurrentToday).toBeCloseTo(30, 9);
    expect(store.concurrentAtGrowth).toBeCloseTo(300, 9);
    // pools: api 20 × 4 + jobs 5 × 2 = 90 today
    expect(store.pooledToday).toBe(90);
    // at 10×: api needs ceil(2,000 / 70) = 29 instances → 20 × 29 + jobs 5 × 2 = 590
    expect(store.pooledAtGrowth).toBe(590);
    expect(store.maxConnections).toBe(200);
    expect(store.maxConnectionsAssumed).toBe(false);
    expect(store.callerIds).toEqual([api, jobs]);
  });

  it('gives an entry point with no calls a chain of itself and no fan-out', () => {
    const m = new ModelBuilder();
    const lonely = m.component('lonely', 'service');
    m.connect(lonely, lonely);
    m.entry(lonely, 0);
    const entry = pathsOf(m).entry(lonely);
    expect(entry.longestSyncChain).toEqual([lonely]);
    expect(entry.hops).toBe(0);
    // the self-loop is one synchronous call
    expect(entry.maxFanOut).toBe(1);
    expect(entry.retryAmplification).toBe(1);
  });
});
