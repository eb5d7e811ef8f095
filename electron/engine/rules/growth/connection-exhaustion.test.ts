import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf, targetsOf } from '../../testing/ruleTester';
import { connectionExhaustion } from './connection-exhaustion';

function pooled(rps: number, maxConnections?: number) {
  const m = new ModelBuilder();
  const users = m.component('users', 'client');
  const api = m.component('api', 'service', { deployment: { instances: 4 }, capacity: { ratePerInstance: 500, poolSize: 10 } });
  const db = m.component('orders-db', 'database', maxConnections === undefined ? {} : { capacity: { maxConnections } });
  m.connect(users, api);
  m.connect(api, db, 'read');
  m.entry(users, rps);
  return { m, db };
}

describe('growth/connection-exhaustion', () => {
  it('reports pools that outgrow the store\'s connection limit at the growth target', () => {
    // 600/s × 10 = 6,000/s → 18 api instances × pool 10 = 180 connections > 100 (default).
    const { m, db } = pooled(600);
    const reports = reportsOf(connectionExhaustion, m.build());
    expect(targetsOf(reports)).toEqual([[db]]);
    expect(reports[0]!.message).toMatch(/^At 10×, api would open 180 pooled connections to orders-db \(about [\d.,]+ busy at peak\), over its limit of 100\.$/);
    expect(reports[0]!.evidence).toMatchObject({ pooledToday: 40, pooledAtGrowth: 180, maxConnections: 100 });
    expect(reports[0]!.assumed).toEqual(['max connections of orders-db: database default 100']);
    expect(reports[0]!.severity).toBeUndefined();
  });

  it('is an error when today\'s pools already exceed the limit', () => {
    const { m } = pooled(100, 30);
    const reports = reportsOf(connectionExhaustion, m.build());
    expect(reports[0]!.severity).toBe('error');
    expect(reports[0]!.assumed).toBeUndefined();
  });

  it('groups default pool sizes by kind of caller in the assumptions', () => {
    const m = new ModelBuilder();
    const users = m.component('users', 'client');
    const db = m.component('orders-db', 'database', { capacity: { maxConnections: 50 } });
    for (const name of ['cart', 'orders', 'payments']) {
      const service = m.component(name, 'service', { deployment: { instances: 3 } });
      m.connect(users, service);
      m.connect(service, db, 'write');
    }
    const worker = m.component('mailer', 'worker', { deployment: { instances: 2 } });
    m.connect(worker, db, 'read');
    m.entry(users, 10);
    const reports = reportsOf(connectionExhaustion, m.build());
    expect(targetsOf(reports)).toEqual([[db]]);
    // Today: 3 services × 3 × 10 + 2 × 5 = 100 > 50.
    expect(reports[0]!.severity).toBe('error');
    expect(reports[0]!.message).toContain('cart, orders, payments and mailer would open');
    expect(reports[0]!.assumed).toEqual([
      'pool size of cart, orders and payments: service default 10',
      'pool size of mailer: worker default 5',
    ]);
  });

  it('does not report a store whose limit covers the growth', () => {
    expect(reportsOf(connectionExhaustion, pooled(600, 500).m.build())).toEqual([]);
  });
});
