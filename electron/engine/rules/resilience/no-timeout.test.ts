import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf, targetsOf } from '../../testing/ruleTester';
import { noTimeout } from './no-timeout';

describe('resilience/no-timeout', () => {
  it('reports each caller once, with every call without a timeout as a target and named', () => {
    const m = new ModelBuilder();
    const front = m.component('front-end', 'service');
    const names = ['catalogue', 'carts', 'orders', 'user'];
    const calls = names.map((name) => m.connect(front, m.component(name, 'service'), 'sync'));
    const orders = m.component('orders-api', 'service');
    const db = m.component('orders-db', 'database');
    const read = m.connect(orders, db, 'read');
    const reports = reportsOf(noTimeout, m.build());
    expect(targetsOf(reports)).toEqual([
      [front, ...calls],
      [orders, read],
    ]);
    expect(reports[0]!.message).toBe('front-end makes 4 synchronous calls without a timeout: catalogue, carts, orders, user.');
    expect(reports[0]!.keyTargets).toEqual([front]);
    expect(reports[0]!.evidence).toEqual({ calls: 4 });
    expect(reports[1]!.message).toBe('orders-api makes a synchronous call without a timeout: orders-db (read).');
  });

  it('names the first six calls of a long list and counts the rest', () => {
    const m = new ModelBuilder();
    const gateway = m.component('gateway', 'api-gateway');
    for (let i = 1; i <= 9; i++) m.connect(gateway, m.component(`s${i}`, 'service'));
    const [report] = reportsOf(noTimeout, m.build());
    expect(report!.connections).toHaveLength(9);
    expect(report!.message).toBe('gateway makes 9 synchronous calls without a timeout: s1, s2, s3, s4, s5, s6 and 3 more.');
  });

  it('does not report calls with a timeout, async messages, or calls made by clients', () => {
    const m = new ModelBuilder();
    const users = m.component('browser', 'client');
    const api = m.component('orders-api', 'service');
    const queue = m.component('jobs', 'queue');
    const db = m.component('orders-db', 'database');
    m.connect(users, api, 'sync');
    m.connect(api, db, 'write', { timeoutMs: 500 });
    m.connect(api, queue, 'async');
    expect(reportsOf(noTimeout, m.build())).toEqual([]);
  });

  it('does not ask monitoring scrapes, log shipping, start-up or zero-call connections for a timeout', () => {
    const m = new ModelBuilder();
    const api = m.component('orders-api', 'service');
    const prometheus = m.component('prometheus', 'monitoring');
    const logs = m.component('log-store', 'monitoring');
    const config = m.component('config-server', 'service');
    const nightly = m.component('reports', 'service');
    m.connect(prometheus, api, 'sync');
    m.connect(api, logs, 'sync');
    m.connect(api, config, 'sync', { dependency: 'startup' });
    m.connect(api, nightly, 'sync', { callsPerRequest: 0 });
    expect(reportsOf(noTimeout, m.build())).toEqual([]);
    m.connect(api, config, 'sync');
    expect(targetsOf(reportsOf(noTimeout, m.build()))).toHaveLength(1);
  });

  it('reports once for the project when most callers have calls without a timeout', () => {
    const m = new ModelBuilder();
    const gateway = m.component('gateway', 'api-gateway');
    const services = ['orders', 'payments', 'users', 'stock'].map((name) => m.component(name, 'service'));
    const db = m.component('db', 'database');
    const calls = services.map((service) => m.connect(gateway, service));
    const reads = services.slice(0, 3).map((service) => m.connect(service, db, 'read'));
    m.connect(services[3]!, db, 'read', { timeoutMs: 200 });
    const reports = reportsOf(noTimeout, m.build());
    // gateway, orders, payments and users lack timeouts; stock states one: 4 of 5 callers
    expect(reports).toHaveLength(1);
    expect(reports[0]!.keyTargets).toEqual([]);
    expect(reports[0]!.components).toEqual([gateway, ...services.slice(0, 3)]);
    expect(reports[0]!.connections).toEqual([...calls, ...reads]);
    expect(reports[0]!.message).toBe(
      '4 of the 5 components that make synchronous calls wait on 7 calls without a timeout: gateway, orders, payments and users.',
    );
    expect(reports[0]!.evidence).toEqual({ callers: 4, calls: 7 });
  });
});
