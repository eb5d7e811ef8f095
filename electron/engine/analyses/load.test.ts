import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../testing/modelBuilder';
import { prepareInput } from './topology';
import type { ComponentId } from '../../../shared/model/ids';
import { analyzeLoad } from './load';

function loadOf(m: ModelBuilder) {
  const result = analyzeLoad(prepareInput(m.build()));
  const byId = new Map(result.analysis.components.map((c) => [c.componentId, c]));
  return { ...result.analysis, rate: (id: string) => byId.get(id)!.rate, of: (id: string) => byId.get(id)! };
}

describe('load analysis', () => {
  it('multiplies entry rates by calls per request along the graph', () => {
    const m = new ModelBuilder();
    const users = m.component('users', 'client');
    const api = m.component('api', 'service', { deployment: { instances: 2 }, capacity: { ratePerInstance: 400 } });
    const db = m.component('db', 'database');
    m.connect(users, api);
    m.connect(api, db, 'read', { callsPerRequest: 3 });
    m.entry(users, 200);
    const load = loadOf(m);
    // users 200/s → api 200 × 1 = 200/s → db 200 × 3 = 600/s
    expect(load.rate(users)).toBe(200);
    expect(load.rate(api)).toBe(200);
    expect(load.rate(db)).toBe(600);
    // api utilization = 200 / (2 × 400) = 0.25
    expect(load.of(api).utilization).toBeCloseTo(0.25, 10);
    expect(load.of(api).capacityAssumed).toBe(false);
    // db uses the database default 2,000/s: 600 / 2,000 = 0.3, and says it was assumed
    expect(load.of(db).utilization).toBeCloseTo(0.3, 10);
    expect(load.of(db).capacityAssumed).toBe(true);
    // a client is not capacity-bound
    expect(load.of(users).utilization).toBeNull();
    expect(load.cycles).toEqual([]);
  });

  it('sums load from several callers and several entry points', () => {
    const m = new ModelBuilder();
    const web = m.component('web', 'client');
    const mobile = m.component('mobile', 'client');
    const api = m.component('api', 'service');
    m.connect(web, api);
    m.connect(mobile, api, 'sync', { callsPerRequest: 2 });
    m.entry(web, 100).entry(mobile, 50);
    // 100 × 1 + 50 × 2 = 200
    expect(loadOf(m).rate(api)).toBe(200);
  });

  it('passes only the misses of a cached-by connection to the store; the cache sees every call', () => {
    const m = new ModelBuilder();
    const users = m.component('users', 'client');
    const api = m.component('api', 'service');
    const cache = m.component('cache', 'cache', { cache: { hitRatio: 0.9 } });
    const db = m.component('db', 'database');
    m.connect(users, api);
    m.connect(api, db, 'read', { callsPerRequest: 2, cachedBy: cache as ComponentId });
    m.entry(users, 1000);
    const load = loadOf(m);
    // calls = 1,000 × 2 = 2,000; db gets 2,000 × (1 − 0.9) = 200; cache gets all 2,000
    expect(load.rate(db)).toBeCloseTo(200, 9);
    expect(load.rate(cache)).toBe(2000);
  });

  it('carries async load to the queue and from the queue to its consumer, but not over replication', () => {
    const m = new ModelBuilder();
    const users = m.component('users', 'client');
    const orders = m.component('orders', 'service');
    const queue = m.component('queue', 'queue');
    const worker = m.component('shipping-worker', 'worker');
    const primary = m.component('db', 'database');
    const replica = m.component('db-replica', 'database');
    m.connect(users, orders);
    m.connect(orders, queue, 'async', { callsPerRequest: 0.5 });
    m.connect(queue, worker, 'async');
    m.connect(orders, primary, 'write');
    m.connect(primary, replica, 'replication');
    m.entry(users, 80);
    const load = loadOf(m);
    // queue 80 × 0.5 = 40 messages/s, the worker consumes all 40
    expect(load.rate(queue)).toBe(40);
    expect(load.rate(worker)).toBe(40);
    expect(load.rate(primary)).toBe(80);
    expect(load.rate(replica)).toBe(0);
  });

  it('solves a damped cycle, terminates on an amplifying one, and reports both', () => {
    const m = new ModelBuilder();
    const users = m.component('users', 'client');
    const a = m.component('a', 'service');
    const b = m.component('b', 'service');
    m.connect(users, a);
    m.connect(a, b);
    m.connect(b, a, 'sync', { callsPerRequest: 0.5 });
    m.entry(users, 100);
    const damped = loadOf(m);
    // a = 100 + 0.5 b, b = a → a = 100 / (1 − 0.5) = 200
    expect(damped.rate(a)).toBeCloseTo(200, 3);
    expect(damped.rate(b)).toBeCloseTo(200, 3);
    expect(damped.cycles).toEqual([[a, b]]);

    const n = new ModelBuilder();
    const u = n.component('users', 'client');
    const x = n.component('x', 'service');
    const y = n.component('y', 'service');
    n.connect(u, x);
    n.connect(x, y, 'sync', { callsPerRequest: 10_000 });
    n.connect(y, x, 'sync', { callsPerRequest: 10_000 });
    n.connect(y, y, 'sync');
    n.entry(u, 1e9);
    const amplifying = loadOf(n);
    expect(Number.isFinite(amplifying.rate(x))).toBe(true);
    expect(amplifying.rate(x)).toBeLessThanOrEqual(1e15);
    expect(amplifying.cycles).toHaveLength(1);
  });

  it('reports a self-loop as a cycle of one', () => {
    const m = new ModelBuilder();
    const a = m.component('a', 'service');
    m.connect(a, a, 'sync', { callsPerRequest: 0.1 });
    m.entry(a, 90);
    const load = loadOf(m);
    // a = 90 + 0.1 a → a = 100
    expect(load.rate(a)).toBeCloseTo(100, 6);
    expect(load.cycles).toEqual([[a]]);
  });

  it('handles a 10,000-deep chain without recursion', () => {
    const m = new ModelBuilder();
    let previous = m.component('c0', 'service');
    const first = previous;
    for (let i = 1; i < 10_000; i++) {
      const next = m.component(`c${i}`, 'service');
      m.connect(previous, next);
      previous = next;
    }
    m.connect(previous, first, 'sync', { callsPerRequest: 0 });
    m.entry(first, 5);
    const load = loadOf(m);
    expect(load.rate(previous)).toBe(5);
    expect(load.cycles[0]).toHaveLength(10_000);
  });

  it('gives null utilization with zero instances and zero rates without entry points', () => {
    const m = new ModelBuilder();
    const idle = m.component('idle', 'service', { deployment: { instances: 0 } });
    const load = loadOf(m);
    expect(load.rate(idle)).toBe(0);
    expect(load.of(idle).utilization).toBeNull();
  });
});
