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
  return { m, web };
}

describe('growth/breaks-at-target', () => {
  it('reports a tier that needs more instances than its maximum at the growth target', () => {
    const { m, web } = capped(8);
    const reports = reportsOf(breaksAtTarget, m.build());
    expect(targetsOf(reports)).toEqual([[web]]);
    // 4,900/s / (500/s × 0.7) = 14 instances; 8 × 350 / 490 = 5.7× headroom.
    expect(reports[0]!.message).toBe('At 10× (4,900/s), web needs 14 instances but may run at most 8; it reaches its target utilization at 5.7× today\'s load.');
    expect(reports[0]!.evidence).toEqual({ instancesNeeded: 14, maxInstances: 8, headroom: 5.7, rateAtGrowth: 4900 });
    expect(reports[0]!.assumed).toBeUndefined();
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
