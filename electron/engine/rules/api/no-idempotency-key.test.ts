import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf, targetsOf } from '../../testing/ruleTester';
import { noIdempotencyKey } from './no-idempotency-key';

describe('api/no-idempotency-key', () => {
  it('reports mutating public endpoints without idempotency keys', () => {
    const m = new ModelBuilder();
    const api = m.component('payments-api', 'service', { api: { visibility: 'public', hasMutations: true } });
    const reports = reportsOf(noIdempotencyKey, m.build());
    expect(targetsOf(reports)).toEqual([[api]]);
    expect(reports[0]!.message).toBe('payments-api has public endpoints that change data but accept no idempotency key, so a retried request can apply twice.');
  });

  it('reports every such API of the project in one finding keyed by the rule', () => {
    const m = new ModelBuilder();
    const ids = Array.from({ length: 8 }, (_, i) => m.component(`api-${i + 1}`, 'service', { api: { visibility: 'public', hasMutations: true } }));
    const reports = reportsOf(noIdempotencyKey, m.build());
    expect(targetsOf(reports)).toEqual([ids]);
    expect(reports[0]!.keyTargets).toEqual([]);
    expect(reports[0]!.message).toBe(
      '8 components have public endpoints that change data but accept no idempotency key, so a retried request can apply twice: api-1, api-2, api-3, api-4, api-5, api-6 and 2 more.',
    );
    expect(reports[0]!.evidence).toEqual({ components: 8 });
  });

  it('does not report keyed, read-only or internal APIs', () => {
    const m = new ModelBuilder();
    m.component('a', 'service', { api: { visibility: 'public', hasMutations: true, idempotencyKeys: true } });
    m.component('b', 'service', { api: { visibility: 'public', hasMutations: false } });
    m.component('c', 'service', { api: { visibility: 'internal', hasMutations: true } });
    expect(reportsOf(noIdempotencyKey, m.build())).toEqual([]);
  });
});
