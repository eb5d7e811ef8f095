import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf, targetsOf } from '../../testing/ruleTester';
import { sharedDatabase } from './shared-database';

describe('data/shared-database', () => {
  it('reports a database written by two services, counting mutating sync calls', () => {
    const m = new ModelBuilder();
    const orders = m.component('orders', 'service');
    const billing = m.component('billing', 'worker');
    const db = m.component('shop-db', 'database');
    const w1 = m.connect(orders, db, 'write');
    const w2 = m.connect(billing, db, 'sync', { mutating: true });
    m.connect(orders, db, 'write'); // a second connection from the same writer counts once
    const reports = reportsOf(sharedDatabase, m.build());
    expect(reports).toHaveLength(1);
    expect(reports[0]!.components).toEqual([db, orders, billing]);
    expect(reports[0]!.connections).toContain(w1);
    expect(reports[0]!.connections).toContain(w2);
    expect(reports[0]!.message).toBe('2 services write to shop-db: orders and billing.');
    expect(reports[0]!.evidence).toEqual({ writers: 2 });
  });

  it('does not report one writer with many readers, non-compute writers, or caches', () => {
    const m = new ModelBuilder();
    const orders = m.component('orders', 'service');
    const reports = m.component('reports', 'service');
    const db = m.component('shop-db', 'database');
    const replica = m.component('replica', 'database');
    const cache = m.component('sessions', 'cache');
    m.connect(orders, db, 'write');
    m.connect(reports, db, 'read');
    m.connect(reports, db, 'sync');
    m.connect(db, replica, 'replication');
    m.connect(orders, cache, 'write');
    m.connect(reports, cache, 'write');
    expect(targetsOf(reportsOf(sharedDatabase, m.build()))).toEqual([]);
  });
});
