import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf, targetsOf } from '../../testing/ruleTester';
import { cacheAsDatabase } from './cache-as-database';

describe('caching/cache-as-database', () => {
  it('reports a cache treated as durable as an error', () => {
    const m = new ModelBuilder();
    const redis = m.component('redis', 'cache', { cache: { treatedAsDurable: true } });
    const reports = reportsOf(cacheAsDatabase, m.build());
    expect(targetsOf(reports)).toEqual([[redis]]);
    expect(reports[0]!.keyTargets).toEqual([]);
    expect(reports[0]!.severity).toBe('error');
    expect(reports[0]!.message).toBe('redis is treated as durable, but a cache can lose entries on eviction, restart or failover.');
    expect(reports[0]!.evidence).toEqual({ caches: 1, treatedAsDurable: 1, writers: 0 });
  });

  it('reports data written only to a cache with no store behind it', () => {
    const m = new ModelBuilder();
    const carts = m.component('carts', 'service');
    const redis = m.component('cart-cache', 'cache');
    m.connect(carts, redis, 'write');
    const reports = reportsOf(cacheAsDatabase, m.build());
    expect(targetsOf(reports)).toEqual([[redis, carts]]);
    expect(reports[0]!.message).toBe(
      'carts writes to cart-cache and to no durable store, and cart-cache has no store behind it, so that data exists only in the cache.',
    );
    expect(reports[0]!.evidence).toEqual({ caches: 1, treatedAsDurable: 0, writers: 1 });
    expect(reports[0]!.severity).toBeUndefined();
  });

  it('reports every such cache in one finding keyed by the rule, with each writer once among the targets', () => {
    const m = new ModelBuilder();
    const carts = m.component('carts', 'service');
    const orders = m.component('orders', 'service');
    const cartCache = m.component('cart-cache', 'cache');
    const sessions = m.component('sessions', 'cache', { cache: { treatedAsDurable: true } });
    const draftCache = m.component('draft-cache', 'cache');
    m.connect(carts, cartCache, 'write');
    m.connect(orders, cartCache, 'write');
    m.connect(orders, draftCache, 'write');
    const reports = reportsOf(cacheAsDatabase, m.build());
    expect(targetsOf(reports)).toEqual([[cartCache, sessions, draftCache, carts, orders]]);
    expect(reports[0]!.keyTargets).toEqual([]);
    expect(reports[0]!.severity).toBe('error');
    expect(reports[0]!.message).toBe(
      '3 caches hold data that exists nowhere else, so an eviction, restart or failover loses it: cart-cache (carts and orders write to it and to no durable store), sessions (treated as durable) and draft-cache (orders writes to it and to no durable store).',
    );
    expect(reports[0]!.evidence).toEqual({ caches: 3, treatedAsDurable: 1, writers: 2 });
  });

  it('does not report cache-aside, read-through or cached-by caches', () => {
    const m = new ModelBuilder();
    const api = m.component('api', 'service');
    const db = m.component('db', 'database');
    const aside = m.component('aside', 'cache');
    m.connect(api, aside, 'write');
    m.connect(api, db, 'write');
    const through = m.component('through', 'cache');
    const web = m.component('web', 'service');
    m.connect(web, through, 'write');
    m.connect(through, db, 'read');
    const front = m.component('front', 'cache');
    const other = m.component('other', 'service');
    m.connect(other, front, 'write');
    m.connect(other, db, 'read', { cachedBy: front });
    expect(reportsOf(cacheAsDatabase, m.build())).toEqual([]);
  });
});
