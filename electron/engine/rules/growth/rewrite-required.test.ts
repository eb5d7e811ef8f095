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
    expect(report.message).toContain('At 10×, orders-db must handle 10,000/s and would need 8 instances, but it has a single writer');
    expect(report.message).toContain('Redesign: send reads to read replicas and cache the reads it serves most.');
    expect(report.evidence).toMatchObject({ rateAtGrowth: 10000, instancesNeeded: 8, allowedInstances: 1, blocker: 'single-writer', redesigns: 'read-replicas, cache' });
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
