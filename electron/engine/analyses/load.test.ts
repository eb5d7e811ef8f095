import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../testing/modelBuilder';
import { prepareInput } from './topology';
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
    expect(load.loops).toEqual([]);
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
    m.connect(api, db, 'read', { callsPerRequest: 2, cachedBy: cache });
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

  it('sums a loop whose gain is below 1 and rests on stated figures, and names it as converging', () => {
    const m = new ModelBuilder();
    const users = m.component('users', 'client');
    const a = m.component('a', 'service');
    const b = m.component('b', 'service');
    m.connect(users, a);
    const ab = m.connect(a, b, 'sync', { callsPerRequest: 1 });
    const ba = m.connect(b, a, 'sync', { callsPerRequest: 0.5 });
    m.entry(users, 100);
    const damped = loadOf(m);
    // a = 100 + 0.5 b, b = a → a = 100 / (1 − 0.5) = 200
    expect(damped.rate(a)).toBeCloseTo(200, 6);
    expect(damped.rate(b)).toBeCloseTo(200, 6);
    expect(damped.loops).toEqual([
      { path: [a, b], componentIds: [a, b], connectionIds: [ab, ba].sort(), gain: 0.5, converges: true, assumedConnectionIds: [] },
    ]);
  });

  it('passes load once round a loop whose gain is 1 or more, and names the loop with its gain', () => {
    const n = new ModelBuilder();
    const u = n.component('users', 'client');
    const x = n.component('x', 'service');
    const y = n.component('y', 'service');
    n.connect(u, x);
    n.connect(x, y, 'sync', { callsPerRequest: 5 });
    n.connect(y, x, 'sync', { callsPerRequest: 10 });
    n.entry(u, 100);
    const amplifying = loadOf(n);
    // once round: x 100, y 500; y's calls back to x are the loop's, not counted again
    expect(amplifying.rate(x)).toBe(100);
    expect(amplifying.rate(y)).toBe(500);
    expect(amplifying.loops).toHaveLength(1);
    expect(amplifying.loops[0]).toMatchObject({ path: [x, y], gain: 50, converges: false, assumedConnectionIds: [] });
  });

  it('passes load once round a loop resting on default calls per request, whatever its gain', () => {
    const m = new ModelBuilder();
    const users = m.component('users', 'client');
    const a = m.component('a', 'service');
    const b = m.component('b', 'service');
    m.connect(users, a);
    const ab = m.connect(a, b);
    m.connect(b, a, 'sync', { callsPerRequest: 0.1 });
    m.entry(users, 100);
    const load = loadOf(m);
    expect(load.rate(a)).toBe(100);
    expect(load.rate(b)).toBe(100);
    expect(load.loops[0]).toMatchObject({ converges: false, assumedConnectionIds: [ab] });
  });

  it('sends load entering a call cycle at either end once round from where it entered', () => {
    const m = new ModelBuilder();
    const web = m.component('web', 'client');
    const mobile = m.component('mobile', 'client');
    const users = m.component('user-service', 'service');
    const graph = m.component('social-graph', 'service');
    m.connect(web, users);
    m.connect(mobile, graph);
    m.connect(users, graph, 'sync', { callsPerRequest: 2 });
    m.connect(graph, users, 'sync', { callsPerRequest: 3 });
    m.entry(web, 10).entry(mobile, 100);
    const load = loadOf(m);
    // users: 10 of its own + 100 × 3 from graph's requests; graph: 100 of its own + 10 × 2
    expect(load.rate(users)).toBe(310);
    expect(load.rate(graph)).toBe(120);
  });

  it('reports a self-loop as a loop of one', () => {
    const m = new ModelBuilder();
    const a = m.component('a', 'service');
    m.connect(a, a, 'sync', { callsPerRequest: 0.1 });
    m.entry(a, 90);
    const load = loadOf(m);
    // a = 90 + 0.1 a → a = 100
    expect(load.rate(a)).toBeCloseTo(100, 6);
    expect(load.loops.map((l) => l.path)).toEqual([[a]]);
  });

  it('handles a 10,000-deep chain and a 10,000-member loop without recursion', () => {
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
    // a connection made 0 times per request carries nothing and closes no loop
    expect(loadOf(m).loops).toEqual([]);
    const loop = new ModelBuilder();
    let prev = loop.component('c0', 'service');
    const start = prev;
    for (let i = 1; i < 10_000; i++) {
      const next = loop.component(`c${i}`, 'service');
      loop.connect(prev, next);
      prev = next;
    }
    loop.connect(prev, start);
    loop.entry(start, 5);
    const load = loadOf(loop);
    expect(load.rate(prev)).toBe(5);
    expect(load.rate(start)).toBe(5);
    expect(load.loops[0]!.path).toHaveLength(10_000);
  });

  it('gives null utilization with zero instances and zero rates without entry points', () => {
    const m = new ModelBuilder();
    const idle = m.component('idle', 'service', { deployment: { instances: 0 } });
    const load = loadOf(m);
    expect(load.rate(idle)).toBe(0);
    expect(load.of(idle).utilization).toBeNull();
  });

  it('carries nothing into a component that is not deployed, nor over start-up dependencies', () => {
    const m = new ModelBuilder();
    const users = m.component('users', 'client');
    const api = m.component('api', 'service');
    const legacy = m.component('legacy', 'service', { deployment: { instances: 0 } });
    const db = m.component('legacy-db', 'database');
    const config = m.component('config', 'registry');
    m.connect(users, api);
    m.connect(api, legacy);
    m.connect(legacy, db, 'read');
    m.connect(api, config, 'sync', { dependency: 'startup' });
    m.entry(users, 100);
    const load = loadOf(m);
    expect(load.rate(legacy)).toBe(0);
    expect(load.rate(db)).toBe(0);
    expect(load.rate(config)).toBe(0);
  });
});

describe('load through brokers', () => {
  /** Two publishers and three consumers on one broker. */
  function shop(
    pattern: 'work-queue' | 'pub-sub' | 'fanout' | undefined,
    topics: { orders?: string[]; payments?: string[]; billing?: string[]; mail?: string[]; audit?: string[] },
  ) {
    const m = new ModelBuilder();
    const users = m.component('users', 'client');
    const orders = m.component('orders', 'service');
    const payments = m.component('payments', 'service');
    const bus = m.component('bus', 'queue', pattern ? { messaging: { pattern } } : {});
    const billing = m.component('billing', 'worker');
    const mail = m.component('mail', 'worker');
    const audit = m.component('audit', 'worker');
    m.connect(users, orders);
    m.connect(users, payments);
    m.connect(orders, bus, 'async', { topics: topics.orders });
    m.connect(payments, bus, 'async', { topics: topics.payments, callsPerRequest: 2 });
    m.connect(bus, billing, 'async', { topics: topics.billing });
    m.connect(bus, mail, 'async', { topics: topics.mail });
    m.connect(bus, audit, 'async', { topics: topics.audit });
    m.entry(users, 100);
    return { load: loadOf(m), bus, billing, mail, audit };
  }

  it('gives every subscriber each message by default, and shares them on a work queue', () => {
    // 100 OrderPlaced + 200 PaymentTaken = 300 messages/s into the broker
    const pubSub = shop(undefined, {});
    expect(pubSub.load.rate(pubSub.bus)).toBe(300);
    for (const consumer of [pubSub.billing, pubSub.mail, pubSub.audit]) expect(pubSub.load.rate(consumer)).toBe(300);
    const work = shop('work-queue', {});
    for (const consumer of [work.billing, work.mail, work.audit]) expect(work.load.rate(consumer)).toBeCloseTo(100, 9);
  });

  it('delivers only the subscribed topics on pub-sub, and every message on fanout', () => {
    const topics = { orders: ['OrderPlaced'], payments: ['PaymentTaken'], billing: ['OrderPlaced', 'PaymentTaken'], mail: ['PaymentTaken'], audit: undefined };
    const pubSub = shop('pub-sub', topics);
    expect(pubSub.load.rate(pubSub.bus)).toBe(300);
    expect(pubSub.load.rate(pubSub.billing)).toBe(300);
    expect(pubSub.load.rate(pubSub.mail)).toBe(200);
    // no topics named: subscribes to all
    expect(pubSub.load.rate(pubSub.audit)).toBe(300);
    const fanout = shop('fanout', topics);
    expect(fanout.load.rate(fanout.mail)).toBe(300);
  });

  it('shares a topic among the work-queue consumers that take it', () => {
    const work = shop('work-queue', {
      orders: ['OrderPlaced'],
      payments: ['PaymentTaken'],
      billing: ['OrderPlaced'],
      mail: ['OrderPlaced', 'PaymentTaken'],
      audit: ['PaymentTaken'],
    });
    // OrderPlaced 100/s split between billing and mail; PaymentTaken 200/s between mail and audit
    expect(work.load.rate(work.billing)).toBeCloseTo(50, 9);
    expect(work.load.rate(work.mail)).toBeCloseTo(150, 9);
    expect(work.load.rate(work.audit)).toBeCloseTo(100, 9);
  });

  /** A consumer that publishes in reaction, on the broker it consumes from. */
  function reacting(topics: boolean) {
    const m = new ModelBuilder();
    const users = m.component('users', 'client');
    const orders = m.component('ordering-api', 'service');
    const bus = m.component('eventbus', 'queue');
    const identity = m.component('identity-api', 'service');
    const payments = m.component('payment-api', 'service');
    m.connect(users, orders);
    m.connect(orders, bus, 'async', topics ? { topics: ['OrderSubmitted'] } : {});
    m.connect(bus, payments, 'async', topics ? { topics: ['OrderSubmitted'] } : {});
    m.connect(payments, bus, 'async', topics ? { topics: ['PaymentSucceeded'] } : {});
    m.connect(bus, identity, 'async', topics ? { topics: ['PaymentSucceeded'] } : {});
    m.connect(identity, bus, 'async', topics ? { topics: ['UserUpdated'] } : {});
    m.entry(users, 50);
    return { load: loadOf(m), bus, identity, payments };
  }

  it('follows what consumers publish in reaction as their own flow when topics are named', () => {
    const { load, bus, identity, payments } = reacting(true);
    expect(load.loops).toEqual([]);
    expect(load.rate(payments)).toBe(50);
    expect(load.rate(identity)).toBe(50);
    // OrderSubmitted 50 + PaymentSucceeded 50 + UserUpdated 50
    expect(load.rate(bus)).toBe(150);
  });

  it('names the loop through a broker whose subscriptions are not stated, and passes load round it once', () => {
    const { load, bus, identity, payments } = reacting(false);
    expect(load.loops).toHaveLength(1);
    expect(load.loops[0]!.converges).toBe(false);
    expect(load.loops[0]!.componentIds).toEqual([bus, identity, payments].sort());
    expect(load.loops[0]!.assumedConnectionIds.length).toBeGreaterThan(0);
    for (const id of [bus, identity, payments]) expect(load.rate(id)).toBeLessThanOrEqual(150);
    expect(load.rate(bus)).toBe(50);
  });
});
