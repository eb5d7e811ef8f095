import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf, targetsOf } from '../../testing/ruleTester';
import { sequentialKeys } from './sequential-keys';

describe('data/sequential-keys', () => {
  it('reports a store behind a public API, a sharded store and a merged store', () => {
    const m = new ModelBuilder();
    const api = m.component('public-api', 'service', { api: { visibility: 'public' } });
    const orders = m.component('orders', 'service');
    const ordersDb = m.component('orders-db', 'database', { data: { keyType: 'sequential' } });
    const shards = m.component('events', 'database', { data: { keyType: 'sequential', partitioned: true } });
    const a = m.component('shop-eu', 'database');
    const b = m.component('shop-us', 'database');
    const merged = m.component('warehouse', 'database', { data: { keyType: 'sequential' } });
    m.connect(api, orders);
    m.connect(orders, ordersDb, 'write');
    m.connect(a, merged, 'replication');
    m.connect(b, merged, 'replication');
    const reports = reportsOf(sequentialKeys, m.build());
    expect(targetsOf(reports)).toEqual([[ordersDb], [shards], [merged]]);
    expect(reports[0]!.message).toBe('orders-db uses sequential keys and is public.');
    expect(reports[1]!.message).toBe('events uses sequential keys and is sharded.');
    expect(reports[2]!.message).toBe('warehouse uses sequential keys and is merged from 2 sources.');
    expect(reports[2]!.evidence).toEqual({ public: false, sharded: false, sources: 2 });
  });

  it('does not report UUID keys, unstated keys, or internal single-writer stores', () => {
    const m = new ModelBuilder();
    const api = m.component('public-api', 'service', { api: { visibility: 'public' } });
    const internal = m.component('internal', 'service', { api: { visibility: 'internal' } });
    const uuidDb = m.component('a', 'database', { data: { keyType: 'uuid', partitioned: true } });
    const unstated = m.component('b', 'database');
    const seq = m.component('c', 'database', { data: { keyType: 'sequential' } });
    m.connect(api, uuidDb, 'write');
    m.connect(api, unstated, 'write');
    m.connect(internal, seq, 'write');
    m.connect(api, internal, 'async');
    expect(reportsOf(sequentialKeys, m.build())).toEqual([]);
  });
});
