import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf, targetsOf } from '../../testing/ruleTester';
import { availabilityBelowTarget } from './availability-below-target';

describe('redundancy/availability-below-target', () => {
  it('reports an entry point below the target, with downtime and weakest links', () => {
    const m = new ModelBuilder().withWorkload({ availabilityTarget: 0.999 });
    const users = m.component('users', 'client');
    const api = m.component('api', 'service', { capacity: { availability: 0.99 } });
    const db = m.component('db', 'database', { capacity: { availability: 0.995 } });
    m.connect(users, api);
    m.connect(api, db, 'read');
    m.entry(users, 100);
    const reports = reportsOf(availabilityBelowTarget, m.build());
    expect(targetsOf(reports)).toEqual([[users]]);
    const message = reports[0]!.message;
    expect(message).toMatch(/^users is available 98\.\d+% against a target of 99\.9%/);
    expect(message).toContain('Weakest links: api');
    expect(message).toContain('and db');
    expect(reports[0]!.severity).toBe('error');
    expect(reports[0]!.evidence!.budgetMinutesPerMonth).toBe(43.2);
    expect(reports[0]!.evidence!.downtimeMinutesPerMonth as number).toBeGreaterThan(600);
  });

  it('reports every entry point below the target in one finding keyed by the rule, with the lowest figure in the evidence', () => {
    const m = new ModelBuilder().withWorkload({ availabilityTarget: 0.999 });
    const shop = m.component('shop', 'client');
    const admin = m.component('admin', 'client');
    const api = m.component('api', 'service', { capacity: { availability: 0.998 } });
    const reporting = m.component('reports', 'service', { capacity: { availability: 0.99 } });
    m.connect(shop, api);
    m.connect(admin, reporting);
    m.entry(shop, 100).entry(admin, 5);
    const reports = reportsOf(availabilityBelowTarget, m.build());
    expect(targetsOf(reports)).toEqual([[shop, admin]]);
    expect(reports[0]!.keyTargets).toEqual([]);
    expect(reports[0]!.severity).toBe('error');
    expect(reports[0]!.message).toMatch(
      /^2 entry points are below the availability target of 99\.9%, which allows about 43\.2 minutes of downtime a month: shop 99\.\d+% \(about [\d.]+ minutes a month\) and admin 9\d(\.\d+)?% \(about [\d,.]+ minutes a month\)\. Weakest links: reports 9\d(\.\d+)?% and api 99\.\d+%\.$/,
    );
    expect(reports[0]!.evidence).toMatchObject({ entryPoints: 2, targetPercent: 99.9, budgetMinutesPerMonth: 43.2 });
    expect(reports[0]!.evidence!.availabilityPercent as number).toBeLessThan(99.1);
  });

  it('does not report an entry point that meets the target', () => {
    const m = new ModelBuilder().withWorkload({ availabilityTarget: 0.99 });
    const users = m.component('users', 'client');
    const api = m.component('api', 'service', { deployment: { instances: 2 } });
    m.connect(users, api);
    m.entry(users, 100);
    expect(reportsOf(availabilityBelowTarget, m.build())).toEqual([]);
  });
});
