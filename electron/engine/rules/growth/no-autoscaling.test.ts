import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf, targetsOf } from '../../testing/ruleTester';
import { noAutoscaling } from './no-autoscaling';

describe('growth/no-autoscaling', () => {
  it('reports fixed-size horizontal tiers on a load path, including workers behind a queue', () => {
    const m = new ModelBuilder();
    const users = m.component('users', 'client');
    const api = m.component('api', 'service', { deployment: { instances: 3 } });
    const jobs = m.component('jobs', 'queue');
    const worker = m.component('mailer', 'worker', { deployment: { instances: 2 } });
    m.connect(users, api);
    m.connect(api, jobs, 'async');
    m.connect(jobs, worker, 'async');
    m.entry(users, 1000);
    const reports = reportsOf(noAutoscaling, m.build());
    expect(targetsOf(reports)).toEqual([[api, worker]]);
    expect(reports[0]!.keyTargets).toEqual([]);
    // 10,000/s / (500/s × 0.7) = 29 instances.
    expect(reports[0]!.message).toMatch(
      /^2 tiers on load paths run a fixed number of instances, so every peak beyond what they carry is met by a manual resize: api \(3, needs 29 at 10×\) and mailer \(2, needs \d+ at 10×\)\.$/,
    );
    expect(reports[0]!.evidence).toMatchObject({ tiers: 2, growing: 2 });
    expect(reports[0]!.severity).toBeUndefined();
  });

  it('says what one fixed tier needs at the growth target', () => {
    const m = new ModelBuilder();
    const users = m.component('users', 'client');
    const api = m.component('api', 'service', { deployment: { instances: 3 } });
    m.connect(users, api);
    m.entry(users, 1000);
    const reports = reportsOf(noAutoscaling, m.build());
    expect(targetsOf(reports)).toEqual([[api]]);
    expect(reports[0]!.message).toBe(
      'api runs a fixed 3 instances on the load path from users; at 10× it needs 29, and every step until then is a manual resize.',
    );
    expect(reports[0]!.evidence).toEqual({ tiers: 1, growing: 1, mostInstancesNeeded: 29 });
  });

  it('lowers to info when the fixed count already covers the growth target', () => {
    const m = new ModelBuilder();
    const users = m.component('users', 'client');
    const api = m.component('api', 'service', { deployment: { instances: 3 } });
    m.connect(users, api);
    m.entry(users, 10);
    const reports = reportsOf(noAutoscaling, m.build());
    expect(reports[0]!.severity).toBe('info');
    expect(reports[0]!.message).toContain('a peak beyond what they carry must be met by hand');
  });

  it('does not report autoscaled, managed, functions, stores or tiers off every load path', () => {
    const m = new ModelBuilder();
    const users = m.component('users', 'client');
    const auto = m.component('auto', 'service', { deployment: { autoscaling: true } });
    const managed = m.component('gateway', 'api-gateway', { deployment: { managed: true } });
    const fn = m.component('thumbs', 'function');
    const single = m.component('ledger', 'service', { deployment: { scalingMode: 'single-writer' } });
    const db = m.component('db', 'database');
    m.component('batch', 'worker');
    const undeployed = m.component('later', 'service', { deployment: { instances: 0 } });
    for (const to of [auto, managed, fn, single, db, undeployed]) m.connect(users, to);
    m.entry(users, 100);
    expect(reportsOf(noAutoscaling, m.build())).toEqual([]);
  });
});
