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
    expect(reports[0]!.keyTargets).toEqual([shop, admin]);
    expect(reports[0]!.message).toBe('orders-db has no standby; its failure takes down shop and admin (100% of traffic, 400 req/s).');
    expect(reports[0]!.evidence).toEqual({ count: 1, entryPointsLost: 2, blastRadiusPercent: 100, lostRps: 400 });
  });

  it('lists together the components that take down exactly the same entry points, most traffic first', () => {
    const m = new ModelBuilder();
    const browser = m.component('browser', 'client');
    const sim = m.component('user-sim', 'client');
    const admin = m.component('admin', 'client');
    const edge = m.component('edge-router', 'load-balancer', { deployment: { scalingMode: 'horizontal' } });
    const front = m.component('front-end', 'service');
    const orders = m.component('orders', 'service');
    const ordersDb = m.component('orders-db', 'database');
    const reporting = m.component('reporting', 'service');
    m.connect(browser, edge);
    m.connect(sim, edge);
    m.connect(edge, front);
    m.connect(front, orders);
    m.connect(orders, ordersDb, 'write');
    m.connect(admin, reporting);
    m.entry(browser, 150).entry(sim, 50).entry(admin, 10);
    const reports = reportsOf(singlePointOfFailure, m.build());
    expect(targetsOf(reports)).toEqual([[edge, front, orders, ordersDb], [reporting]]);
    expect(reports[0]!.keyTargets).toEqual([browser, sim]);
    expect(reports[0]!.message).toBe(
      'edge-router, front-end and orders each run as a single instance, and orders-db has no standby; the failure of any one takes down browser and user-sim (95.2% of traffic, 200 req/s).',
    );
    expect(reports[0]!.evidence).toEqual({ count: 4, entryPointsLost: 2, blastRadiusPercent: 95.2, lostRps: 200 });
    expect(reports[1]!.keyTargets).toEqual([admin]);
    expect(reports[1]!.message).toBe('reporting runs as a single instance; its failure takes down admin (4.76% of traffic, 10 req/s).');
  });

  it('says no peak rate is stated rather than 0% of traffic when the entry points carry none yet', () => {
    const m = new ModelBuilder();
    const users = m.component('users', 'client');
    const web = m.component('web', 'service');
    m.connect(users, web);
    m.entry(users, 0);
    const reports = reportsOf(singlePointOfFailure, m.build());
    expect(reports[0]!.message).toBe('web runs as a single instance; its failure takes down users (no peak rate stated yet).');
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
    expect(found[0]!.message).toBe('reports runs as a single instance; its failure takes down admin (25% of traffic, 100 req/s).');
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
