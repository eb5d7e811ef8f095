import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf, targetsOf } from '../../testing/ruleTester';
import { storeExposed } from './store-exposed';

describe('data/store-exposed', () => {
  it('reports a database reachable from outside as an error', () => {
    const m = new ModelBuilder();
    const db = m.component('users-db', 'database', { exposure: { internet: true, publishedPort: true } });
    const reports = reportsOf(storeExposed, m.build());
    expect(targetsOf(reports)).toEqual([[db]]);
    expect(reports[0]!.keyTargets).toEqual([]);
    expect(reports[0]!.message).toBe('users-db is reachable from the internet and publishes its port on the host.');
    expect(reports[0]!.severity).toBeUndefined();
    expect(reports[0]!.evidence).toEqual({ stores: 1, internet: 1, publishedPort: 1 });
  });

  it('only warns about object storage served to the internet', () => {
    const m = new ModelBuilder();
    const bucket = m.component('assets', 'object-storage', { exposure: { internet: true } });
    const reports = reportsOf(storeExposed, m.build());
    expect(targetsOf(reports)).toEqual([[bucket]]);
    expect(reports[0]!.severity).toBe('warning');
    expect(reports[0]!.message).toBe('assets is reachable from the internet; make sure only public assets are readable and nothing is writable from outside.');
  });

  it('reports every exposed store in one finding keyed by the rule, an error unless all are public buckets', () => {
    const m = new ModelBuilder();
    const db = m.component('users-db', 'database', { exposure: { internet: true, publishedPort: true } });
    const cache = m.component('redis', 'cache', { exposure: { publishedPort: true } });
    const bucket = m.component('assets', 'object-storage', { exposure: { internet: true } });
    const reports = reportsOf(storeExposed, m.build());
    expect(targetsOf(reports)).toEqual([[db, cache, bucket]]);
    expect(reports[0]!.keyTargets).toEqual([]);
    expect(reports[0]!.message).toBe(
      '3 data stores are reachable from outside their private network: users-db (from the internet, port published on the host), redis (port published on the host) and assets (from the internet: only public assets may be readable).',
    );
    expect(reports[0]!.severity).toBeUndefined();
    expect(reports[0]!.evidence).toEqual({ stores: 3, internet: 2, publishedPort: 2 });
    const buckets = new ModelBuilder();
    buckets.component('assets', 'object-storage', { exposure: { internet: true } });
    buckets.component('media', 'object-storage', { exposure: { internet: true } });
    expect(reportsOf(storeExposed, buckets.build())[0]!.severity).toBe('warning');
  });

  it('does not report private stores or exposed services', () => {
    const m = new ModelBuilder();
    m.component('db', 'database', { exposure: { internet: false, publishedPort: false } });
    m.component('queue', 'queue');
    m.component('web', 'service', { exposure: { internet: true, publishedPort: true } });
    expect(reportsOf(storeExposed, m.build())).toEqual([]);
  });
});
