import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf, targetsOf } from '../../testing/ruleTester';
import { godComponent } from './god-component';

describe('modularity/god-component', () => {
  it('reports a component with eight hard dependencies', () => {
    const m = new ModelBuilder();
    const monolith = m.component('checkout', 'service');
    for (let i = 1; i <= 8; i += 1) m.connect(monolith, m.component(`dep-${i}`, 'service'));
    const reports = reportsOf(godComponent, m.build());
    expect(targetsOf(reports)).toEqual([[monolith]]);
    expect(reports[0]!.keyTargets).toEqual([]);
    expect(reports[0]!.message).toBe('checkout depends hard on 8 components.');
    expect(reports[0]!.evidence).toEqual({ components: 1, hardDependencies: 8, storesWritten: 0 });
  });

  it('reports a component writing to three stores, naming them', () => {
    const m = new ModelBuilder();
    const orders = m.component('orders', 'service');
    m.connect(orders, m.component('orders-db', 'database'), 'write');
    m.connect(orders, m.component('audit-db', 'database'), 'write');
    m.connect(orders, m.component('search', 'search'), 'sync', { mutating: true });
    const reports = reportsOf(godComponent, m.build());
    expect(targetsOf(reports)).toEqual([[orders]]);
    expect(reports[0]!.message).toBe('orders writes to 3 stores (orders-db, audit-db and search).');
  });

  it('reports every component that does too much in one finding keyed by the rule, saying which limit each passes', () => {
    const m = new ModelBuilder();
    const checkout = m.component('checkout', 'service');
    for (let i = 1; i <= 9; i += 1) m.connect(checkout, m.component(`dep-${i}`, 'service'));
    m.connect(checkout, m.component('carts-db', 'database'), 'write');
    const orders = m.component('orders', 'service');
    m.connect(orders, m.component('orders-db', 'database'), 'write');
    m.connect(orders, m.component('audit-db', 'database'), 'write');
    m.connect(orders, m.component('search', 'search'), 'sync', { mutating: true });
    const reports = reportsOf(godComponent, m.build());
    expect(targetsOf(reports)).toEqual([[checkout, orders]]);
    expect(reports[0]!.keyTargets).toEqual([]);
    expect(reports[0]!.message).toBe(
      '2 components do too much: checkout (10 hard dependencies) and orders (writes to 3 stores: orders-db, audit-db and search).',
    );
    expect(reports[0]!.evidence).toEqual({ components: 2, hardDependencies: 10, storesWritten: 3 });
  });

  it('does not count soft, fallback or async dependencies, or gateways routing to many services', () => {
    const m = new ModelBuilder();
    const api = m.component('api', 'service');
    const gateway = m.component('gateway', 'api-gateway');
    for (let i = 1; i <= 10; i += 1) {
      const dep = m.component(`dep-${i}`, 'service');
      m.connect(gateway, dep);
      m.connect(api, dep, i % 3 === 0 ? 'async' : 'sync', i % 3 === 1 ? { dependency: 'soft' } : { fallback: true });
    }
    const db = m.component('db', 'database');
    m.connect(api, db, 'write');
    m.connect(api, db, 'write');
    m.connect(api, m.component('cache', 'cache'), 'write');
    expect(reportsOf(godComponent, m.build())).toEqual([]);
  });
});
