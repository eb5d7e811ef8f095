import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../testing/modelBuilder';
import { createRuleContext } from '../context';
import { TrafficReach } from './trafficReach';

/** shoppers (300/s) → shop → orders-db; admins (100/s) → admin → orders-db, reports; a replica and a config server off the request path. */
function model() {
  const m = new ModelBuilder();
  const shoppers = m.component('shoppers', 'client');
  const admins = m.component('admins', 'client');
  const shop = m.component('shop', 'service');
  const admin = m.component('admin', 'service');
  const orders = m.component('orders-db', 'database');
  const replica = m.component('orders-replica', 'database');
  const reports = m.component('reports', 'service');
  const config = m.component('config', 'registry');
  const audit = m.component('audit', 'queue');
  const auditor = m.component('auditor', 'worker');
  const recommendations = m.component('recommendations', 'service');
  m.connect(shoppers, shop);
  m.connect(admins, admin);
  m.connect(shop, orders, 'write');
  m.connect(admin, orders, 'read');
  m.connect(admin, reports);
  m.connect(orders, replica, 'replication');
  m.connect(shop, config, 'sync', { dependency: 'startup' });
  m.connect(reports, config, 'sync', { callsPerRequest: 0 });
  m.connect(admin, audit, 'async');
  m.connect(audit, auditor, 'async');
  m.connect(shop, recommendations, 'sync', { callsPerRequest: 0.1 });
  // A call back up makes a cycle: reports and admin reach each other.
  m.connect(reports, admin, 'sync', { callsPerRequest: 0.1 });
  m.entry(shoppers, 300).entry(admins, 100);
  return { project: m.build(), shoppers, admins, shop, admin, orders, replica, reports, config, auditor, recommendations };
}

describe('TrafficReach', () => {
  const ids = model();
  const reach = new TrafficReach(createRuleContext(ids.project));

  it('sums the entry points whose requests reach a component, once each whatever the fan-out', () => {
    expect(reach.totalRps).toBe(400);
    expect(reach.rpsOf(ids.orders)).toBe(400);
    expect(reach.shareOf(ids.orders)).toBe(1);
    expect(reach.rpsOf(ids.shop)).toBe(300);
    expect(reach.shareOf(ids.reports)).toBe(0.25);
    expect(reach.rpsOf(ids.shoppers)).toBe(300);
  });

  it('counts only the requests that go there: a call made on one request in ten carries a tenth', () => {
    expect(reach.rpsOf(ids.recommendations)).toBe(30);
    expect(reach.shareOf(ids.recommendations)).toBe(0.075);
  });

  it('follows messages to their consumers and around cycles', () => {
    expect(reach.rpsOf(ids.auditor)).toBe(100);
    expect(reach.rpsOf(ids.admin)).toBe(100);
  });

  it('does not follow replication, start-up or zero-call connections', () => {
    expect(reach.rpsOf(ids.replica)).toBe(0);
    expect(reach.rpsOf(ids.config)).toBe(0);
  });

  it('has no share to give when no entry point has a rate', () => {
    const m = new ModelBuilder();
    m.connect(m.component('web', 'service'), m.component('db', 'database'), 'read');
    const none = new TrafficReach(createRuleContext(m.build()));
    expect(none.shareOf(m.build().components[1]!.id)).toBeNull();
  });

  it('keeps 40 entry points apart (more than one word of bits)', () => {
    const m = new ModelBuilder();
    const db = m.component('db', 'database');
    const side = m.component('side', 'service');
    for (let i = 0; i < 40; i++) {
      const client = m.component(`client-${i}`, 'client');
      m.connect(client, i === 37 ? side : db, 'read');
      m.entry(client, i + 1);
    }
    m.connect(side, db, 'read');
    const wide = new TrafficReach(createRuleContext(m.build()));
    expect(wide.rpsOf(side)).toBe(38);
    expect(wide.rpsOf(db)).toBe((40 * 41) / 2);
  });
});
