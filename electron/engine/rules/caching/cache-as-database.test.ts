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
    expect(reports[0]!.severity).toBe('error');
    expect(reports[0]!.message).toContain('redis is treated as durable');
  });

  it('reports data written only to a cache with no store behind it', () => {
    const m = new ModelBuilder();
    const carts = m.component('carts', 'service');
    const redis = m.component('cart-cache', 'cache');
    m.connect(carts, redis, 'write');
    const reports = reportsOf(cacheAsDatabase, m.build());
    expect(targetsOf(reports)).toEqual([[redis, carts]]);
    expect(reports[0]!.message).toBe('carts writes to cart-cache and to no durable store, and cart-cache has no store behind it, so that data exists only in the cache.');
    expect(reports[0]!.evidence).toEqual({ writers: 1 });
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
