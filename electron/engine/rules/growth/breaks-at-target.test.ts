import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf, targetsOf } from '../../testing/ruleTester';
import { breaksAtTarget } from './breaks-at-target';

function capped(maxInstances: number) {
  const m = new ModelBuilder();
  const users = m.component('users', 'client');
  const web = m.component('web', 'service', { deployment: { instances: 2, maxInstances }, capacity: { ratePerInstance: 500 } });
  m.connect(users, web);
  m.entry(users, 490);
  return { m, users, web };
}

describe('growth/breaks-at-target', () => {
  it('reports a tier that needs more instances than its maximum at the growth target', () => {
    const { m, web } = capped(8);
    const reports = reportsOf(breaksAtTarget, m.build());
    expect(targetsOf(reports)).toEqual([[web]]);
    expect(reports[0]!.keyTargets).toEqual([]);
    // 4,900/s / (500/s × 0.7) = 14 instances; 8 × 350 / 490 = 5.7× headroom.
    expect(reports[0]!.message).toBe("At 10× (4,900/s), web needs 14 instances but may run at most 8; it reaches its target utilization at 5.7× today's load.");
    expect(reports[0]!.evidence).toEqual({ components: 1, instancesNeeded: 14, maxInstances: 8, headroom: 5.7, rateAtGrowth: 4900 });
    expect(reports[0]!.assumed).toBeUndefined();
  });

  it('reports every capped tier in one finding keyed by the rule, with both counts for each and the tightest in the evidence', () => {
    const { m, users, web } = capped(8);
    const api = m.component('api', 'service', { deployment: { maxInstances: 3 } });
    m.connect(users, api);
    const reports = reportsOf(breaksAtTarget, m.build());
    expect(targetsOf(reports)).toEqual([[web, api]]);
    expect(reports[0]!.keyTargets).toEqual([]);
    // api: 4,900/s / (500/s default × 0.7) = 14 instances; 3 × 350 / 490 = 2.1× headroom.
    expect(reports[0]!.message).toBe('At 10×, 2 tiers need more instances than they may run: web (14 needed, at most 8) and api (14 needed, at most 3).');
    expect(reports[0]!.evidence).toEqual({ components: 2, worst: 'api', instancesNeeded: 14, maxInstances: 3, headroom: 2.1, rateAtGrowth: 4900 });
    expect(reports[0]!.assumed).toEqual(['capacity of api: service default 500/s per instance']);
  });

  it('does not report a maximum that covers the growth, or a tier with no maximum', () => {
    expect(reportsOf(breaksAtTarget, capped(14).m.build())).toEqual([]);
    const m = new ModelBuilder();
    const users = m.component('users', 'client');
    const web = m.component('web', 'service');
    m.connect(users, web);
    m.entry(users, 5000);
    expect(reportsOf(breaksAtTarget, m.build())).toEqual([]);
  });
});
