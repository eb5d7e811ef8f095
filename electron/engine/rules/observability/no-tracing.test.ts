import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf, targetsOf } from '../../testing/ruleTester';
import { noTracing } from './no-tracing';

const traced = { observability: { tracing: true } };

describe('observability/no-tracing', () => {
  it('reports untraced services on a path of 3+ hops, naming the path', () => {
    const m = new ModelBuilder();
    const users = m.component('users', 'client');
    const lb = m.component('lb', 'load-balancer');
    const web = m.component('web', 'service', traced);
    const orders = m.component('orders', 'service');
    const db = m.component('orders-db', 'database');
    m.connect(users, lb);
    m.connect(lb, web);
    m.connect(web, orders);
    m.connect(orders, db, 'read');
    m.entry(users, 50);
    const reports = reportsOf(noTracing, m.build());
    expect(targetsOf(reports)).toEqual([[orders]]);
    expect(reports[0]!.message).toBe('orders has no tracing but sits on a 4-hop synchronous path: users → lb → web → orders → orders-db.');
    expect(reports[0]!.evidence).toEqual({ components: 1, longestHops: 4 });
  });

  it('reports every untraced component on a long path in one finding keyed by the rule, naming the longest path', () => {
    const m = new ModelBuilder();
    const users = m.component('users', 'client');
    const web = m.component('web', 'service');
    const orders = m.component('orders', 'service');
    const stock = m.component('stock', 'service');
    const db = m.component('stock-db', 'database');
    const admin = m.component('admin', 'client');
    const reporting = m.component('reports', 'service', { observability: { tracing: true } });
    m.connect(users, web);
    m.connect(web, orders);
    m.connect(orders, stock);
    m.connect(stock, db, 'read');
    m.connect(admin, reporting);
    m.connect(reporting, orders);
    m.entry(users, 50);
    m.entry(admin, 1);
    const reports = reportsOf(noTracing, m.build());
    expect(targetsOf(reports)).toEqual([[web, orders, stock]]);
    expect(reports[0]!.keyTargets).toEqual([]);
    expect(reports[0]!.message).toBe(
      '3 components on synchronous paths of 3 or more hops have no tracing: web, orders and stock. The longest path through them has 4 hops: users → web → orders → stock → stock-db.',
    );
    expect(reports[0]!.evidence).toEqual({ components: 3, longestHops: 4 });
  });

  it('does not ask provider-managed functions or gateways for tracing', () => {
    const m = new ModelBuilder();
    const users = m.component('users', 'client');
    const gateway = m.component('gateway', 'api-gateway', { deployment: { managed: true } });
    const fn = m.component('resize', 'function', { deployment: { managed: true } });
    const api = m.component('api', 'service', traced);
    const db = m.component('db', 'database');
    m.connect(users, gateway);
    m.connect(gateway, fn);
    m.connect(fn, api);
    m.connect(api, db, 'read');
    m.entry(users, 10);
    expect(reportsOf(noTracing, m.build())).toEqual([]);
  });

  it('does not report short paths, async hops, or components no entry point reaches', () => {
    const m = new ModelBuilder();
    const users = m.component('users', 'client');
    const api = m.component('api', 'service');
    const db = m.component('db', 'database');
    const queue = m.component('jobs', 'queue');
    const worker = m.component('worker', 'worker');
    const mail = m.component('mail', 'external-api');
    const admin = m.component('admin', 'service');
    const report = m.component('reports', 'service');
    const warehouse = m.component('warehouse', 'database');
    m.connect(users, api);
    m.connect(api, db, 'read');
    m.connect(api, queue, 'async');
    m.connect(queue, worker, 'async');
    m.connect(worker, mail);
    m.connect(admin, report);
    m.connect(report, warehouse, 'read');
    m.entry(users, 10);
    expect(reportsOf(noTracing, m.build())).toEqual([]);
  });

  it('walks from components nothing calls when no entry point is stated', () => {
    const m = new ModelBuilder();
    const a = m.component('a', 'api-gateway', traced);
    const b = m.component('b', 'service', traced);
    const c = m.component('c', 'worker');
    const d = m.component('d', 'database');
    m.connect(a, b);
    m.connect(b, c);
    m.connect(c, d, 'write');
    expect(targetsOf(reportsOf(noTracing, m.build()))).toEqual([[c]]);
  });
});
