import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf, targetsOf } from '../../testing/ruleTester';
import { saturatedNow } from './saturated-now';

function loaded(rps: number, db: Parameters<ModelBuilder['component']>[2] = {}) {
  const m = new ModelBuilder();
  const users = m.component('users', 'client');
  const api = m.component('api', 'service', { deployment: { instances: 20 } });
  const store = m.component('orders-db', 'database', db);
  m.connect(users, api);
  m.connect(api, store, 'read');
  m.entry(users, rps);
  return { m, api, store };
}

describe('growth/saturated-now', () => {
  it('reports an error at 90% or more, naming rate and capacity and the assumed default', () => {
    const { m, store } = loaded(1860);
    const reports = reportsOf(saturatedNow, m.build());
    expect(targetsOf(reports)).toEqual([[store]]);
    expect(reports[0]!.message).toBe('orders-db runs at 93% of capacity today (1,860/s of 2,000/s), above the 70% target.');
    expect(reports[0]!.severity).toBe('error');
    expect(reports[0]!.evidence).toEqual({ utilizationPercent: 93, rate: 1860, capacity: 2000, instances: 1, targetPercent: 70 });
    expect(reports[0]!.assumed).toEqual(['capacity of orders-db: database default 2,000/s per instance']);
  });

  it('warns between the target and 90%, with stated capacity across instances', () => {
    const { m, api } = loaded(1500);
    m.update(api, (c) => ({ ...c, deployment: { instances: 4 }, capacity: { ratePerInstance: 500 } }));
    const reports = reportsOf(saturatedNow, m.build()).filter((r) => r.components?.[0] === api);
    expect(reports).toHaveLength(1);
    expect(reports[0]!.message).toContain('api runs at 75% of capacity today (1,500/s of 2,000/s across 4 instances)');
    expect(reports[0]!.severity).toBeUndefined();
    expect(reports[0]!.assumed).toBeUndefined();
  });

  it('does not report components under the target, or clients', () => {
    const { m } = loaded(1000);
    expect(reportsOf(saturatedNow, m.build())).toEqual([]);
  });
});
