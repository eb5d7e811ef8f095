import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf, targetsOf } from '../../testing/ruleTester';
import { noExpiry } from './no-expiry';

describe('caching/no-expiry', () => {
  it('reports a cache with no TTL and no invalidation', () => {
    const m = new ModelBuilder();
    const plain = m.component('redis', 'cache');
    const reports = reportsOf(noExpiry, m.build());
    expect(targetsOf(reports)).toEqual([[plain]]);
    expect(reports[0]!.keyTargets).toEqual([]);
    expect(reports[0]!.message).toBe('redis has no TTL and no invalidation strategy, so its entries stay until memory runs out, however stale they are.');
    expect(reports[0]!.evidence).toEqual({ caches: 1 });
  });

  it('reports every cache without expiry in one finding keyed by the rule', () => {
    const m = new ModelBuilder();
    const plain = m.component('redis', 'cache');
    m.component('ttl', 'cache', { cache: { ttlSeconds: 60 } });
    const none = m.component('memcached', 'cache', { cache: { invalidation: 'none', hitRatio: 0.9 } });
    const reports = reportsOf(noExpiry, m.build());
    expect(targetsOf(reports)).toEqual([[plain, none]]);
    expect(reports[0]!.keyTargets).toEqual([]);
    expect(reports[0]!.message).toBe(
      '2 caches have no TTL and no invalidation strategy, so their entries stay until memory runs out, however stale they are: redis and memcached.',
    );
    expect(reports[0]!.evidence).toEqual({ caches: 2 });
  });

  it('leaves a cache that is the primary store of its data to caching/cache-as-database', () => {
    const m = new ModelBuilder();
    m.component('sessions', 'cache', { cache: { treatedAsDurable: true } });
    const carts = m.component('carts', 'service');
    m.connect(carts, m.component('cart-cache', 'cache'), 'write');
    const api = m.component('api', 'service');
    const db = m.component('db', 'database');
    const aside = m.component('aside', 'cache');
    m.connect(api, aside, 'write');
    m.connect(api, db, 'write');
    expect(targetsOf(reportsOf(noExpiry, m.build()))).toEqual([[aside]]);
  });

  it('does not report a cache with a TTL or an invalidation strategy, or other kinds', () => {
    const m = new ModelBuilder();
    m.component('ttl', 'cache', { cache: { ttlSeconds: 60 } });
    m.component('evicted', 'cache', { cache: { invalidation: 'explicit-evict' } });
    m.component('ttl-only', 'cache', { cache: { invalidation: 'ttl-only' } });
    m.component('db', 'database');
    expect(reportsOf(noExpiry, m.build())).toEqual([]);
  });
});
