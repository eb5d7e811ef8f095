import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../testing/modelBuilder';
import { prepareInput } from './topology';
import { Requirements } from './requirements';
import { analyzeAvailability } from './availability';

function availabilityOf(m: ModelBuilder) {
  const input = prepareInput(m.build());
  const analysis = analyzeAvailability(input, new Requirements(input));
  const own = new Map(analysis.components.map((c) => [c.componentId, c.availability]));
  const entries = new Map(analysis.entryPoints.map((e) => [e.entryPointId, e]));
  return { own: (id: string) => own.get(id)!, entry: (id: string) => entries.get(id)! };
}

/** Two zones with perfect availability, so only the instances count. */
function twoZones(m: ModelBuilder) {
  return [m.zone('a', { availability: 1 }), m.zone('b', { availability: 1 })];
}

describe('availability analysis', () => {
  it('multiplies three hard dependencies at 99.99%: 0.9999³ = 0.99970003 → 99.97%', () => {
    const m = new ModelBuilder();
    const zones = twoZones(m);
    const single = { capacity: { availability: 0.9999 }, zoneIds: zones, deployment: { instances: 1 } };
    const users = m.component('users', 'client');
    const a = m.component('a', 'service', single);
    const b = m.component('b', 'service', single);
    const c = m.component('c', 'database', single);
    m.connect(users, a);
    m.connect(a, b);
    m.connect(b, c, 'read');
    m.entry(users, 10);
    m.withWorkload({ availabilityTarget: 0.9997 });
    // one instance "across two zones" keeps its own availability: 1 − (1 − 0.9999)¹ = 0.9999
    const result = availabilityOf(m);
    expect(result.own(a)).toBeCloseTo(0.9999, 12);
    // users (client, 1) × 0.9999 × 0.9999 × 0.9999 = 0.99970003
    expect(result.entry(users).availability).toBeCloseTo(0.99970003, 9);
    expect(result.entry(users).meetsTarget).toBe(true);
  });

  it('combines two instances at 99% in two zones as independent: 1 − 0.01² = 0.9999', () => {
    const m = new ModelBuilder();
    const zones = twoZones(m);
    const api = m.component('api', 'service', { capacity: { availability: 0.99 }, deployment: { instances: 2 }, zoneIds: zones });
    expect(availabilityOf(m).own(api)).toBeCloseTo(0.9999, 12);
  });

  it('caps the same two instances in one zone by the zone: 0.999 × 0.9999 = 0.9989001', () => {
    const m = new ModelBuilder();
    const zone = m.zone('only', { availability: 0.999 });
    const api = m.component('api', 'service', { capacity: { availability: 0.99 }, deployment: { instances: 2 }, zoneIds: [zone] });
    const unzoned = m.component('unzoned', 'service', { capacity: { availability: 0.99 }, deployment: { instances: 2 } });
    const result = availabilityOf(m);
    expect(result.own(api)).toBeCloseTo(0.9989001, 12);
    expect(result.own(api)).toBeLessThan(0.999);
    // no zone stated: the default zone 0.9999 × 0.9999 = 0.99980001
    expect(result.own(unzoned)).toBeCloseTo(0.99980001, 12);
  });

  it('combines alternatives in parallel and ignores soft, fallback and async connections', () => {
    const m = new ModelBuilder();
    const zones = twoZones(m);
    const at = (a: number) => ({ capacity: { availability: a }, zoneIds: zones });
    const users = m.component('users', 'client');
    const api = m.component('api', 'service', at(0.999));
    const primary = m.component('payments-a', 'external-api', { ...at(0.99), deployment: { scalingMode: 'horizontal' } });
    const backup = m.component('payments-b', 'external-api', { ...at(0.98), deployment: { scalingMode: 'horizontal' } });
    const recs = m.component('recommendations', 'service', at(0.5));
    const reviews = m.component('reviews', 'service', at(0.5));
    const queue = m.component('events', 'queue', at(0.5));
    m.connect(users, api);
    m.connect(api, primary, 'sync', { alternativeGroup: 'payments' });
    m.connect(api, backup, 'sync', { alternativeGroup: 'payments' });
    m.connect(api, recs, 'sync', { dependency: 'soft' });
    m.connect(api, reviews, 'sync', { fallback: true });
    m.connect(api, queue, 'async');
    m.entry(users, 10);
    // payments group: 1 − (1 − 0.99)(1 − 0.98) = 1 − 0.01 × 0.02 = 0.9998
    // entry: 1 × 0.999 × 0.9998 = 0.9988002
    const entry = availabilityOf(m).entry(users);
    expect(entry.availability).toBeCloseTo(0.9988002, 12);
    expect(entry.weakestLinks.map((w) => w.componentId)).toEqual([api]);
  });

  it('counts a shared dependency once per entry point and terminates on cycles', () => {
    const m = new ModelBuilder();
    const zones = twoZones(m);
    const at = { capacity: { availability: 0.9 }, zoneIds: zones };
    const users = m.component('users', 'client');
    const a = m.component('a', 'service', at);
    const b = m.component('b', 'service', at);
    const shared = m.component('shared-db', 'database', at);
    m.connect(users, a);
    m.connect(users, b);
    m.connect(a, shared, 'read');
    m.connect(b, shared, 'read');
    m.connect(shared, a, 'sync');
    m.entry(users, 10);
    // {users, a, b, shared-db}: 0.9 × 0.9 × 0.9 = 0.729 (shared-db once, not twice)
    const entry = availabilityOf(m).entry(users);
    expect(entry.availability).toBeCloseTo(0.729, 12);
    expect(entry.meetsTarget).toBe(false);
    // all three at 0.9: ties broken by name
    expect(entry.weakestLinks.map((w) => w.componentId)).toEqual([a, b, shared]);
  });

  it('treats a failover standby as a second instance and zero instances as down', () => {
    const m = new ModelBuilder();
    const zones = twoZones(m);
    const db = m.component('db', 'database', { capacity: { availability: 0.99 }, deployment: { failover: 'standby' }, zoneIds: zones });
    const none = m.component('none', 'service', { deployment: { instances: 0 } });
    const result = availabilityOf(m);
    // 1 − 0.01² = 0.9999
    expect(result.own(db)).toBeCloseTo(0.9999, 12);
    expect(result.own(none)).toBe(0);
  });
});
