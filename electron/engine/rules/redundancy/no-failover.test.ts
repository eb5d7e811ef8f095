import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf, targetsOf } from '../../testing/ruleTester';
import { noFailover } from './no-failover';

describe('redundancy/no-failover', () => {
  it('reports a single-writer database with no standby and explains replicas and managed services', () => {
    const m = new ModelBuilder();
    const plain = m.component('orders-db', 'database');
    const replicated = m.component('users-db', 'database', { data: { readReplicas: 2 }, deployment: { managed: true, failover: 'none' } });
    const reports = reportsOf(noFailover, m.build());
    expect(targetsOf(reports)).toEqual([[plain], [replicated]]);
    expect(reports[0]!.message).toBe('orders-db is a single primary with no standby or failover.');
    expect(reports[0]!.evidence).toEqual({ failoverStated: false, readReplicas: 0, managed: false });
    expect(reports[1]!.message).toContain('its 2 read replicas can only be promoted by hand');
    expect(reports[1]!.message).toContain('as a managed service');
  });

  it('leaves a database that is a single point of failure to that finding', () => {
    const m = new ModelBuilder();
    const users = m.component('users', 'client');
    const api = m.component('api', 'service', { deployment: { instances: 2 } });
    const onPath = m.component('orders-db', 'database');
    const offPath = m.component('archive-db', 'database');
    m.connect(users, api);
    m.connect(api, onPath, 'write');
    m.connect(m.component('nightly', 'worker'), offPath, 'write');
    m.entry(users, 10);
    expect(targetsOf(reportsOf(noFailover, m.build()))).toEqual([[offPath]]);
  });

  it('does not report databases with failover, multi-primary or horizontally scaled, or other kinds', () => {
    const m = new ModelBuilder();
    m.component('a', 'database', { deployment: { failover: 'standby' } });
    m.component('b', 'database', { deployment: { failover: 'multi-primary' } });
    m.component('c', 'database', { deployment: { scalingMode: 'horizontal' } });
    m.component('q', 'queue');
    expect(reportsOf(noFailover, m.build())).toEqual([]);
  });
});
