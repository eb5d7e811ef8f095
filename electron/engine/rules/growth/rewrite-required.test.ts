import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf, targetsOf } from '../../testing/ruleTester';
import { rewriteRequired } from './rewrite-required';

describe('growth/rewrite-required', () => {
  it('reports a single-writer database that growth outruns and names the redesign', () => {
    const m = new ModelBuilder();
    const users = m.component('users', 'client');
    const api = m.component('api', 'service', { deployment: { instances: 30 } });
    const db = m.component('orders-db', 'database', { data: { readShare: 0.9 } });
    m.connect(users, api);
    m.connect(api, db, 'read');
    m.entry(users, 1000);
    const reports = reportsOf(rewriteRequired, m.build());
    expect(targetsOf(reports)).toEqual([[db]]);
    const report = reports[0]!;
    expect(report.keyTargets).toEqual([]);
    expect(report.message).toBe(
      'At 10×, orders-db must handle 10,000/s and would need 8 instances, but it has a single writer, so more instances cannot share its writes. Redesign: send reads to read replicas and cache the reads it serves most.',
    );
    expect(report.evidence).toEqual({
      components: 1,
      rateAtGrowth: 10000,
      instancesNeeded: 8,
      allowedInstances: 1,
      headroom: 1.4,
      blocker: 'single-writer',
      redesigns: 'read-replicas, cache',
    });
    expect(report.assumed).toEqual(['capacity of orders-db: database default 2,000/s per instance']);
  });

  it('reports a stateful service and points to externalized state', () => {
    const m = new ModelBuilder();
    const users = m.component('users', 'client');
    const web = m.component('web', 'service', { state: { sessions: 'in-memory' }, capacity: { ratePerInstance: 500 } });
    m.connect(users, web);
    m.entry(users, 200);
    const reports = reportsOf(rewriteRequired, m.build());
    expect(targetsOf(reports)).toEqual([[web]]);
    expect(reports[0]!.message).toContain('it keeps state inside its instances');
    expect(reports[0]!.message).toContain('Redesign: move its state out of the instances (sessions to a shared store or signed cookies).');
    expect(reports[0]!.assumed).toBeUndefined();
  });

  it("reports every component that needs a redesign in one finding keyed by the rule, with each one's limit and redesign", () => {
    const m = new ModelBuilder();
    const users = m.component('users', 'client');
    const front = m.component('front-end', 'service', { state: { sessions: 'in-memory', localDiskWrites: true }, capacity: { ratePerInstance: 500 } });
    const catalogue = m.component('catalogue-db', 'database', { data: { readShare: 0.9 }, capacity: { ratePerInstance: 1000 } });
    const orders = m.component('orders-db', 'database', { data: { readShare: 0.2 }, capacity: { ratePerInstance: 1000 } });
    m.connect(users, front);
    m.connect(front, catalogue, 'read');
    m.connect(front, orders, 'write');
    m.entry(users, 300);
    const reports = reportsOf(rewriteRequired, m.build());
    expect(targetsOf(reports)).toEqual([[front, catalogue, orders]]);
    expect(reports[0]!.keyTargets).toEqual([]);
    expect(reports[0]!.message).toBe(
      '3 components need a redesign at 10×, not more instances: front-end (stateful: move sessions and files out), catalogue-db (single writer: read replicas, a cache) and orders-db (single writer: partitioning).',
    );
    // front-end reaches its target utilization at 350/300 = 1.2×, the databases at 700/300 = 2.3×.
    expect(reports[0]!.evidence).toEqual({
      components: 3,
      worst: 'front-end',
      rateAtGrowth: 3000,
      instancesNeeded: 9,
      allowedInstances: 1,
      headroom: 1.2,
      blocker: 'stateful',
      redesigns: 'stateless-sessions',
    });
    expect(reports[0]!.severity).toBeUndefined();
  });

  it('does not report components that can scale out, or a stated instance ceiling', () => {
    const m = new ModelBuilder();
    const users = m.component('users', 'client');
    const web = m.component('web', 'service', { deployment: { maxInstances: 2 } });
    const db = m.component('db', 'database');
    m.connect(users, web);
    m.connect(web, db, 'read');
    m.entry(users, 100);
    expect(reportsOf(rewriteRequired, m.build())).toEqual([]);
  });
});
