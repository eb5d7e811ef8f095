import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf, targetsOf } from '../../testing/ruleTester';
import { untestedFailover } from './untested-failover';

describe('testing/untested-failover', () => {
  it('warns about an untested standby and informs about untested multi-instance tiers', () => {
    const m = new ModelBuilder();
    const db = m.component('orders-db', 'database', { deployment: { failover: 'standby' } });
    const api = m.component('api', 'service', { deployment: { instances: 3 } });
    const stream = m.component('events', 'stream');
    const reports = reportsOf(untestedFailover, m.build());
    expect(targetsOf(reports)).toEqual([[db], [api], [stream]]);
    expect(reports[0]!.message).toBe('orders-db relies on a standby failover, but its failover has never been tested.');
    expect(reports[0]!.severity).toBeUndefined();
    expect(reports[1]!.message).toBe('api relies on 3 instances, but its failover has never been tested.');
    expect(reports[1]!.severity).toBe('info');
    expect(reports[2]!.evidence).toEqual({ instances: 3, failover: 'none' });
  });

  it('does not report single instances, tested failover or components run by others', () => {
    const m = new ModelBuilder();
    m.component('api', 'service');
    m.component('db', 'database', { deployment: { failover: 'multi-primary' }, testing: { failoverTested: true } });
    m.component('stripe', 'external-api', { deployment: { instances: 3 } });
    m.component('browser', 'client', { deployment: { instances: 1000 } });
    expect(reportsOf(untestedFailover, m.build())).toEqual([]);
  });
});
