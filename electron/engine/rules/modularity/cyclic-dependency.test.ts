import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf, targetsOf } from '../../testing/ruleTester';
import { cyclicDependency } from './cyclic-dependency';

describe('modularity/cyclic-dependency', () => {
  it('reports each synchronous cycle once, naming the loop', () => {
    const m = new ModelBuilder();
    const orders = m.component('orders', 'service');
    const payments = m.component('payments', 'service');
    const ledger = m.component('ledger', 'service');
    const users = m.component('users', 'service');
    const profiles = m.component('profiles', 'service');
    const c1 = m.connect(orders, payments);
    const c2 = m.connect(payments, ledger);
    const c3 = m.connect(ledger, orders);
    const c4 = m.connect(users, profiles);
    const c5 = m.connect(profiles, users, 'read');
    m.connect(orders, users);
    const reports = reportsOf(cyclicDependency, m.build());
    expect(targetsOf(reports)).toEqual([
      [orders, payments, ledger, c1, c2, c3],
      [users, profiles, c4, c5],
    ]);
    expect(reports[0]!.message).toBe(
      'orders, payments and ledger depend on each other synchronously: orders → payments → ledger → orders. Load can go round it with a gain of 1.0× per round trip on default calls per request; Tenfold counts one pass.',
    );
    expect(reports[0]!.evidence).toEqual({ components: 3, connections: 3, gain: 1 });
  });

  it('says nothing of load for a cycle whose stated calls per request make it converge', () => {
    const m = new ModelBuilder();
    const users = m.component('user-service', 'service');
    const graph = m.component('social-graph', 'service');
    m.connect(users, graph, 'sync', { callsPerRequest: 1 });
    m.connect(graph, users, 'sync', { callsPerRequest: 0.2 });
    m.entry(users, 10);
    const reports = reportsOf(cyclicDependency, m.build());
    expect(reports[0]!.message).toBe('user-service and social-graph depend on each other synchronously: user-service → social-graph → user-service.');
  });

  it('reports a component calling itself', () => {
    const m = new ModelBuilder();
    const api = m.component('api', 'service');
    m.connect(api, api);
    const reports = reportsOf(cyclicDependency, m.build());
    expect(targetsOf(reports)[0]![0]).toBe(api);
    expect(reports[0]!.message).toBe(
      'api calls itself synchronously: api → api. Load can go round it with a gain of 1.0× per round trip on default calls per request; Tenfold counts one pass.',
    );
  });

  it('does not report cycles closed by an async message, or acyclic graphs', () => {
    const m = new ModelBuilder();
    const orders = m.component('orders', 'service');
    const queue = m.component('events', 'queue');
    const billing = m.component('billing', 'worker');
    m.connect(orders, queue, 'async');
    m.connect(queue, billing, 'async');
    m.connect(billing, orders);
    m.connect(orders, m.component('db', 'database'), 'write');
    expect(reportsOf(cyclicDependency, m.build())).toEqual([]);
  });
});
