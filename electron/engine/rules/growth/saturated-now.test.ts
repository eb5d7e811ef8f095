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
  it('reports one component at 90% or more as an error, naming rate and capacity and the assumed default', () => {
    const { m, store } = loaded(1860);
    const reports = reportsOf(saturatedNow, m.build());
    expect(targetsOf(reports)).toEqual([[store]]);
    expect(reports[0]!.keyTargets).toEqual([]);
    expect(reports[0]!.message).toBe('orders-db runs at 93% of capacity today (1,860/s of 2,000/s), above the 70% target.');
    expect(reports[0]!.severity).toBe('error');
    expect(reports[0]!.evidence).toEqual({
      components: 1,
      atOrAbove90Percent: 1,
      utilizationPercent: 93,
      rate: 1860,
      capacity: 2000,
      instances: 1,
      targetPercent: 70,
    });
    expect(reports[0]!.assumed).toEqual(['capacity of orders-db: database default 2,000/s per instance']);
  });

  it('warns between the target and 90%, with stated capacity across instances', () => {
    const { m, api, store } = loaded(1500);
    m.update(api, (c) => ({ ...c, deployment: { instances: 4 }, capacity: { ratePerInstance: 500 } }));
    m.update(store, (c) => ({ ...c, capacity: { ratePerInstance: 5000 } }));
    const reports = reportsOf(saturatedNow, m.build());
    expect(targetsOf(reports)).toEqual([[api]]);
    expect(reports[0]!.message).toBe('api runs at 75% of capacity today (1,500/s of 2,000/s across 4 instances), above the 70% target.');
    expect(reports[0]!.severity).toBeUndefined();
    expect(reports[0]!.assumed).toBeUndefined();
  });

  it('reports every saturated component in one finding keyed by the rule, each with its utilization, the busiest in the evidence', () => {
    const m = new ModelBuilder();
    const users = m.component('users', 'client');
    const search = m.component('search', 'service', { capacity: { ratePerInstance: 1000 } });
    const prices = m.component('prices', 'service', { capacity: { ratePerInstance: 750 } });
    m.component('idle', 'service', { capacity: { ratePerInstance: 2000 } });
    const stock = m.component('stock', 'service', { deployment: { instances: 2 } });
    for (const id of [search, prices, stock]) m.connect(users, id);
    m.entry(users, 720);
    const reports = reportsOf(saturatedNow, m.build());
    expect(targetsOf(reports)).toEqual([[search, prices, stock]]);
    expect(reports[0]!.keyTargets).toEqual([]);
    // 720/s against 1,000/s, 750/s and 2 × 500/s (the service default).
    expect(reports[0]!.message).toBe(
      '3 components run above the 70% target utilization today (up to 96%, 1 at 90% or more): search (72%), prices (96%) and stock (72%).',
    );
    expect(reports[0]!.severity).toBe('error');
    expect(reports[0]!.evidence).toEqual({
      components: 3,
      worst: 'prices',
      atOrAbove90Percent: 1,
      utilizationPercent: 96,
      rate: 720,
      capacity: 750,
      instances: 1,
      targetPercent: 70,
    });
    expect(reports[0]!.assumed).toEqual(['capacity of stock: service default 500/s per instance']);
  });

  it('keeps a group of components under 90% a warning', () => {
    const m = new ModelBuilder();
    const users = m.component('users', 'client');
    for (const name of ['a', 'b']) m.connect(users, m.component(name, 'service', { capacity: { ratePerInstance: 1000 } }));
    m.entry(users, 800);
    const reports = reportsOf(saturatedNow, m.build());
    expect(reports).toHaveLength(1);
    expect(reports[0]!.severity).toBeUndefined();
    expect(reports[0]!.message).toBe('2 components run above the 70% target utilization today (up to 80%): a (80%) and b (80%).');
  });

  it('does not report components under the target, or clients', () => {
    const { m } = loaded(1000);
    expect(reportsOf(saturatedNow, m.build())).toEqual([]);
  });
});
