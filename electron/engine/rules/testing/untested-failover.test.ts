import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf, targetsOf } from '../../testing/ruleTester';
import { untestedFailover } from './untested-failover';

const stated = { testing: { failoverTested: false } };

describe('testing/untested-failover', () => {
  it('warns about an untested standby', () => {
    const m = new ModelBuilder();
    const db = m.component('orders-db', 'database', { deployment: { failover: 'standby' }, ...stated });
    const reports = reportsOf(untestedFailover, m.build());
    expect(targetsOf(reports)).toEqual([[db]]);
    expect(reports[0]!.message).toBe('orders-db relies on a standby failover, but its failover has never been tested.');
    expect(reports[0]!.severity).toBeUndefined();
  });

  it('informs about untested multi-instance tiers alone', () => {
    const m = new ModelBuilder();
    m.component('api', 'service', { deployment: { instances: 3 }, testing: { unit: true } });
    const reports = reportsOf(untestedFailover, m.build());
    expect(reports[0]!.message).toBe('api relies on 3 instances, but its failover has never been tested.');
    expect(reports[0]!.severity).toBe('info');
    expect(reports[0]!.evidence).toEqual({ components: 1, standbys: 0 });
  });

  it('reports every untested redundant component in one finding keyed by the rule, a warning when any promotes a standby', () => {
    const m = new ModelBuilder();
    const db = m.component('orders-db', 'database', { deployment: { failover: 'standby' }, ...stated });
    const api = m.component('api', 'service', { deployment: { instances: 3 }, ...stated });
    const stream = m.component('events', 'stream', stated);
    const reports = reportsOf(untestedFailover, m.build());
    expect(targetsOf(reports)).toEqual([[db, api, stream]]);
    expect(reports[0]!.keyTargets).toEqual([]);
    expect(reports[0]!.severity).toBeUndefined();
    expect(reports[0]!.message).toBe(
      '3 redundant components have never had their failover tested: orders-db (a standby failover), api (3 instances) and events (3 instances).',
    );
    expect(reports[0]!.evidence).toEqual({ components: 3, standbys: 1 });
  });

  it('does not report single instances, tested failover, components run by others or by a provider', () => {
    const m = new ModelBuilder();
    m.component('api', 'service', stated);
    m.component('db', 'database', { deployment: { failover: 'multi-primary' }, testing: { failoverTested: true } });
    m.component('stripe', 'external-api', { deployment: { instances: 3 }, ...stated });
    m.component('browser', 'client', { deployment: { instances: 1000 }, ...stated });
    m.component('rds', 'database', { deployment: { failover: 'standby', managed: true }, ...stated });
    expect(reportsOf(untestedFailover, m.build())).toEqual([]);
  });

  it('says nothing where the model states no testing and nothing breaks', () => {
    const m = new ModelBuilder();
    m.component('orders-db', 'database', { deployment: { failover: 'standby' } });
    m.component('api', 'service', { deployment: { instances: 3 } });
    expect(reportsOf(untestedFailover, m.build())).toEqual([]);
  });
});
