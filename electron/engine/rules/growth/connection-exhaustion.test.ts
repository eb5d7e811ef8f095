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
  return { m, users, api, db };
}

describe('growth/connection-exhaustion', () => {
  it("reports pools that outgrow the store's connection limit at the growth target", () => {
    // 600/s × 10 = 6,000/s → 18 api instances × pool 10 = 180 connections > 100 (default).
    const { m, db } = pooled(600);
    const reports = reportsOf(connectionExhaustion, m.build());
    expect(targetsOf(reports)).toEqual([[db]]);
    expect(reports[0]!.keyTargets).toEqual([]);
    expect(reports[0]!.message).toMatch(/^At 10×, api would open 180 pooled connections to orders-db \(about [\d.,]+ busy at peak\), over its limit of 100\.$/);
    expect(reports[0]!.evidence).toMatchObject({ stores: 1, pooledToday: 40, pooledAtGrowth: 180, maxConnections: 100, overLimitToday: 0 });
    expect(reports[0]!.assumed).toEqual(['max connections of orders-db: database default 100']);
    expect(reports[0]!.severity).toBeUndefined();
  });

  it("is an error when today's pools already exceed the limit", () => {
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
    expect(reports[0]!.assumed).toEqual(['pool size of cart, orders and payments: service default 10', 'pool size of mailer: worker default 5']);
  });

  it("reports every store that runs out in one finding keyed by the rule, with each store's figures and the furthest over in the evidence", () => {
    const { m, users, api, db } = pooled(600);
    const audit = m.component('audit-db', 'database', { capacity: { maxConnections: 30 } });
    const reporting = m.component('reporting', 'service', { deployment: { instances: 2 } });
    m.connect(users, reporting);
    m.connect(api, audit, 'write');
    m.connect(reporting, audit, 'write');
    const reports = reportsOf(connectionExhaustion, m.build());
    expect(targetsOf(reports)).toEqual([[db, audit]]);
    expect(reports[0]!.keyTargets).toEqual([]);
    // audit-db: today 4 × 10 + 2 × 10 = 60 > 30, so an error; at 10×, 18 × 10 + 18 × 10 = 360.
    expect(reports[0]!.severity).toBe('error');
    expect(reports[0]!.message).toMatch(
      /^At 10×, the callers of 2 stores would open more connections than each accepts \(1 over the limit already today\): orders-db \(180 pooled, about [\d.,]+ busy, limit 100\) and audit-db \(360 pooled, about [\d.,]+ busy, limit 30\)\.$/,
    );
    expect(reports[0]!.evidence).toMatchObject({ stores: 2, worst: 'audit-db', pooledToday: 60, pooledAtGrowth: 360, maxConnections: 30, overLimitToday: 1 });
    // reporting's pool is a default; api's is stated, and each caller is counted once.
    expect(reports[0]!.assumed).toEqual(['max connections of orders-db: database default 100', 'pool size of reporting: service default 10']);
  });

  it('does not report a store whose limit covers the growth', () => {
    expect(reportsOf(connectionExhaustion, pooled(600, 500).m.build())).toEqual([]);
  });
});
