import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf, targetsOf } from '../../testing/ruleTester';
import { assumedCapacity } from './assumed-capacity';

describe('growth/assumed-capacity', () => {
  it('summarizes loaded components whose capacity came from kind defaults, in one finding', () => {
    const m = new ModelBuilder();
    const users = m.component('users', 'client');
    const api = m.component('api', 'service');
    const measured = m.component('search', 'search', { capacity: { ratePerInstance: 800 } });
    const db = m.component('orders-db', 'database');
    m.component('idle', 'service');
    m.connect(users, api);
    m.connect(api, measured);
    m.connect(api, db, 'read');
    m.entry(users, 100);
    const reports = reportsOf(assumedCapacity, m.build());
    expect(targetsOf(reports)).toEqual([[api, db]]);
    expect(reports[0]!.keyTargets).toEqual([]);
    expect(reports[0]!.message).toBe(
      'The capacity of 2 loaded components comes from kind defaults, so their growth figures are estimates: api (500/s) and orders-db (2,000/s).',
    );
    expect(reports[0]!.evidence).toEqual({ components: 2 });
    expect(reports[0]!.assumed).toEqual([
      'capacity of api: service default 500/s per instance',
      'capacity of orders-db: database default 2,000/s per instance',
    ]);
  });

  it('lists six names and counts the rest', () => {
    const m = new ModelBuilder();
    const users = m.component('users', 'client');
    for (let i = 1; i <= 8; i += 1) m.connect(users, m.component(`svc-${i}`, 'service'));
    m.entry(users, 10);
    const reports = reportsOf(assumedCapacity, m.build());
    expect(reports[0]!.message).toMatch(/svc-6 \(500\/s\) and 2 more\.$/);
    expect(reports[0]!.assumed).toHaveLength(8);
  });

  it('does not report when every loaded component states its capacity', () => {
    const m = new ModelBuilder();
    const users = m.component('users', 'client');
    const api = m.component('api', 'service', { capacity: { ratePerInstance: 300 } });
    m.component('unused', 'database');
    m.connect(users, api);
    m.entry(users, 100);
    expect(reportsOf(assumedCapacity, m.build())).toEqual([]);
  });
});
