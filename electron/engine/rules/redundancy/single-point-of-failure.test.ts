import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf, targetsOf } from '../../testing/ruleTester';
import { singlePointOfFailure } from './single-point-of-failure';

describe('redundancy/single-point-of-failure', () => {
  it('reports a lone component every entry point needs, with entry points lost and blast radius', () => {
    const m = new ModelBuilder();
    const shop = m.component('shop', 'client');
    const admin = m.component('admin', 'client');
    const api = m.component('api', 'service', { deployment: { instances: 3 } });
    const db = m.component('orders-db', 'database');
    m.connect(shop, api);
    m.connect(admin, api);
    m.connect(api, db, 'read');
    m.entry(shop, 300).entry(admin, 100);
    const reports = reportsOf(singlePointOfFailure, m.build());
    expect(targetsOf(reports)).toEqual([[db]]);
    expect(reports[0]!.message).toBe('If orders-db fails, shop and admin go down: 100% of entry-point traffic (400/s) is lost until it recovers.');
    expect(reports[0]!.evidence).toEqual({ entryPointsLost: 2, blastRadiusPercent: 100, lostRps: 400 });
  });

  it('gives the share of traffic when only some entry points need it', () => {
    const m = new ModelBuilder();
    const shop = m.component('shop', 'client');
    const admin = m.component('admin', 'client');
    const api = m.component('api', 'service', { deployment: { instances: 2 } });
    const reports = m.component('reports', 'service');
    m.connect(shop, api);
    m.connect(admin, reports);
    m.entry(shop, 300).entry(admin, 100);
    const found = reportsOf(singlePointOfFailure, m.build());
    expect(targetsOf(found)).toEqual([[reports]]);
    expect(found[0]!.message).toContain('If reports fails, admin goes down: 25% of entry-point traffic (100/s)');
  });

  it('does not report redundant components, soft dependencies or alternatives', () => {
    const m = new ModelBuilder();
    const shop = m.component('shop', 'client');
    const api = m.component('api', 'service', { deployment: { instances: 2 } });
    const db = m.component('db', 'database', { deployment: { failover: 'standby' } });
    const recs = m.component('recs', 'service');
    const pay1 = m.component('pay-a', 'external-api', { deployment: { scalingMode: 'horizontal' } });
    const pay2 = m.component('pay-b', 'external-api', { deployment: { scalingMode: 'horizontal' } });
    m.connect(shop, api);
    m.connect(api, db, 'write');
    m.connect(api, recs, 'sync', { dependency: 'soft' });
    m.connect(api, pay1, 'sync', { alternativeGroup: 'pay' });
    m.connect(api, pay2, 'sync', { alternativeGroup: 'pay' });
    m.entry(shop, 100);
    expect(reportsOf(singlePointOfFailure, m.build())).toEqual([]);
  });
});
