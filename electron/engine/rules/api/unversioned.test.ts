import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf, targetsOf } from '../../testing/ruleTester';
import { unversioned } from './unversioned';

describe('api/unversioned', () => {
  it('reports a public API without versioning', () => {
    const m = new ModelBuilder();
    const api = m.component('public-api', 'api-gateway', { api: { visibility: 'public' } });
    const reports = reportsOf(unversioned, m.build());
    expect(targetsOf(reports)).toEqual([[api]]);
    expect(reports[0]!.message).toBe('public-api serves a public API without versioning.');
    expect(reports[0]!.evidence).toEqual({ components: 1 });
  });

  it('reports every unversioned public API of the project in one finding keyed by the rule', () => {
    const m = new ModelBuilder();
    const ids = ['orders', 'carts', 'users'].map((name) => m.component(name, 'service', { api: { visibility: 'public' } }));
    m.component('catalogue', 'service', { api: { visibility: 'public', versioned: true } });
    const reports = reportsOf(unversioned, m.build());
    expect(targetsOf(reports)).toEqual([ids]);
    expect(reports[0]!.keyTargets).toEqual([]);
    expect(reports[0]!.message).toBe('3 components serve a public API without versioning: orders, carts and users.');
    expect(reports[0]!.evidence).toEqual({ components: 3 });
  });

  it('does not report versioned or internal APIs', () => {
    const m = new ModelBuilder();
    m.component('a', 'service', { api: { visibility: 'public', versioned: true } });
    m.component('b', 'service', { api: { visibility: 'internal' } });
    m.component('c', 'service');
    expect(reportsOf(unversioned, m.build())).toEqual([]);
  });
});
