import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf, targetsOf } from '../../testing/ruleTester';
import { noExpiry } from './no-expiry';

describe('caching/no-expiry', () => {
  it('reports a cache with no TTL and no invalidation', () => {
    const m = new ModelBuilder();
    const plain = m.component('redis', 'cache');
    const none = m.component('memcached', 'cache', { cache: { invalidation: 'none', hitRatio: 0.9 } });
    const reports = reportsOf(noExpiry, m.build());
    expect(targetsOf(reports)).toEqual([[plain], [none]]);
    expect(reports[0]!.message).toBe('redis has no TTL and no invalidation strategy, so its entries stay until memory runs out, however stale they are.');
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
