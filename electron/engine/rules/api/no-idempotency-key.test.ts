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

  it('does not report keyed, read-only or internal APIs', () => {
    const m = new ModelBuilder();
    m.component('a', 'service', { api: { visibility: 'public', hasMutations: true, idempotencyKeys: true } });
    m.component('b', 'service', { api: { visibility: 'public', hasMutations: false } });
    m.component('c', 'service', { api: { visibility: 'internal', hasMutations: true } });
    expect(reportsOf(noIdempotencyKey, m.build())).toEqual([]);
  });
});
