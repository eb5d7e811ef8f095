import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf, targetsOf } from '../../testing/ruleTester';
import { retryWithoutBackoff } from './retry-without-backoff';

describe('resilience/retry-without-backoff', () => {
  it('reports immediate retries and fixed delays, naming what is missing', () => {
    const m = new ModelBuilder();
    const api = m.component('checkout', 'service');
    const stock = m.component('stock', 'service');
    const prices = m.component('prices', 'service');
    const immediate = m.connect(api, stock, 'sync', { retries: { max: 3 } });
    const fixed = m.connect(api, prices, 'sync', { retries: { max: 2, backoff: 'fixed', jitter: true } });
    const reports = reportsOf(retryWithoutBackoff, m.build());
    expect(targetsOf(reports)).toEqual([[api, immediate], [api, fixed]]);
    expect(reports[0]!.message).toBe('checkout retries its calls to stock up to 3 times without exponential backoff (it retries at once) and jitter.');
    expect(reports[0]!.evidence).toEqual({ retries: 3, backoff: 'none', jitter: false });
    expect(reports[1]!.message).toContain('it waits a fixed delay');
    expect(reports[1]!.message).not.toContain('jitter');
  });

  it('reports exponential backoff without jitter', () => {
    const m = new ModelBuilder();
    const a = m.component('a', 'service');
    const b = m.component('b', 'service');
    m.connect(a, b, 'sync', { retries: { max: 1, backoff: 'exponential' } });
    const reports = reportsOf(retryWithoutBackoff, m.build());
    expect(reports).toHaveLength(1);
    expect(reports[0]!.message).toContain('without jitter.');
  });

  it('does not report exponential backoff with jitter, zero retries, or no retries', () => {
    const m = new ModelBuilder();
    const a = m.component('a', 'service');
    const b = m.component('b', 'service');
    m.connect(a, b, 'sync', { retries: { max: 3, backoff: 'exponential', jitter: true } });
    m.connect(a, b, 'read', { retries: { max: 0 } });
    m.connect(b, a, 'sync');
    expect(reportsOf(retryWithoutBackoff, m.build())).toEqual([]);
  });
});
