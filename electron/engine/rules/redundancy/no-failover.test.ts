import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf, targetsOf } from '../../testing/ruleTester';
import { noFailover } from './no-failover';

describe('redundancy/no-failover', () => {
  it('reports a single-writer database with no standby', () => {
    const m = new ModelBuilder();
    const plain = m.component('orders-db', 'database');
    const reports = reportsOf(noFailover, m.build());
    expect(targetsOf(reports)).toEqual([[plain]]);
    expect(reports[0]!.keyTargets).toEqual([]);
    expect(reports[0]!.message).toBe('orders-db is a single primary with no standby or failover.');
    expect(reports[0]!.evidence).toEqual({ databases: 1, failoverStated: 0, readReplicas: 0, withReadReplicas: 0, managed: 0 });
  });

  it('explains read replicas and managed services of a single database', () => {
    const m = new ModelBuilder();
    m.component('users-db', 'database', { data: { readReplicas: 2 }, deployment: { managed: true, failover: 'none' } });
    const reports = reportsOf(noFailover, m.build());
    expect(reports[0]!.message).toBe(
      'users-db is a single primary with no standby or failover; its 2 read replicas can only be promoted by hand; as a managed service, check that its standby (multi-zone) option is on and say so in the model.',
    );
  });

  it('reports every primary without a standby in one finding keyed by the rule, with replicas and managed services noted', () => {
    const m = new ModelBuilder();
    const plain = m.component('orders-db', 'database');
    const replicated = m.component('users-db', 'database', { data: { readReplicas: 2 }, deployment: { managed: true, failover: 'none' } });
    const reports = reportsOf(noFailover, m.build());
    expect(targetsOf(reports)).toEqual([[plain, replicated]]);
    expect(reports[0]!.keyTargets).toEqual([]);
    expect(reports[0]!.message).toBe(
      '2 primary databases have no standby or failover: orders-db and users-db (2 read replicas, promoted only by hand; managed: check its standby option).',
    );
    expect(reports[0]!.evidence).toEqual({ databases: 2, failoverStated: 1, readReplicas: 2, withReadReplicas: 1, managed: 1 });
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
