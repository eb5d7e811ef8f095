import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf, targetsOf } from '../../testing/ruleTester';
import { storeExposed } from './store-exposed';

describe('data/store-exposed', () => {
  it('reports databases and caches reachable from outside as errors', () => {
    const m = new ModelBuilder();
    const db = m.component('users-db', 'database', { exposure: { internet: true, publishedPort: true } });
    const cache = m.component('redis', 'cache', { exposure: { publishedPort: true } });
    const reports = reportsOf(storeExposed, m.build());
    expect(targetsOf(reports)).toEqual([[db], [cache]]);
    expect(reports[0]!.message).toBe('users-db is reachable from the internet and publishes its port on the host.');
    expect(reports[0]!.severity).toBeUndefined();
    expect(reports[1]!.evidence).toEqual({ internet: false, publishedPort: true });
  });

  it('only warns about object storage served to the internet', () => {
    const m = new ModelBuilder();
    const bucket = m.component('assets', 'object-storage', { exposure: { internet: true } });
    const reports = reportsOf(storeExposed, m.build());
    expect(targetsOf(reports)).toEqual([[bucket]]);
    expect(reports[0]!.severity).toBe('warning');
    expect(reports[0]!.message).toContain('make sure only public assets are readable');
  });

  it('does not report private stores or exposed services', () => {
    const m = new ModelBuilder();
    m.component('db', 'database', { exposure: { internet: false, publishedPort: false } });
    m.component('queue', 'queue');
    m.component('web', 'service', { exposure: { internet: true, publishedPort: true } });
    expect(reportsOf(storeExposed, m.build())).toEqual([]);
  });
});
