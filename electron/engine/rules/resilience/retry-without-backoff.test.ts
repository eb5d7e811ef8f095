import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf, targetsOf } from '../../testing/ruleTester';
import { retryWithoutBackoff } from './retry-without-backoff';

describe('resilience/retry-without-backoff', () => {
  it('reports each caller once, naming how every call retries', () => {
    const m = new ModelBuilder();
    const api = m.component('checkout', 'service');
    const stock = m.component('stock', 'service');
    const prices = m.component('prices', 'service');
    const immediate = m.connect(api, stock, 'sync', { retries: { max: 3 } });
    const fixed = m.connect(api, prices, 'sync', { retries: { max: 2, backoff: 'fixed', jitter: true } });
    const reports = reportsOf(retryWithoutBackoff, m.build());
    expect(targetsOf(reports)).toEqual([[api, immediate, fixed]]);
    expect(reports[0]!.keyTargets).toEqual([api]);
    expect(reports[0]!.message).toBe(
      'checkout retries 2 calls without exponential backoff and jitter: stock (3 times at once, no jitter), prices (2 times after a fixed delay).',
    );
    expect(reports[0]!.evidence).toEqual({ calls: 2, mostRetries: 3 });
  });

  it('reports exponential backoff without jitter', () => {
    const m = new ModelBuilder();
    const a = m.component('a', 'service');
    const b = m.component('b', 'service');
    m.connect(a, b, 'sync', { retries: { max: 1, backoff: 'exponential' } });
    const reports = reportsOf(retryWithoutBackoff, m.build());
    expect(reports).toHaveLength(1);
    expect(reports[0]!.message).toBe('a retries a call without exponential backoff and jitter: b (once with exponential backoff, no jitter).');
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

  it('does not ask start-up calls or monitoring connections about their retries', () => {
    const m = new ModelBuilder();
    const api = m.component('api', 'service');
    const config = m.component('config-server', 'service');
    const metrics = m.component('metrics', 'monitoring');
    m.connect(api, config, 'sync', { dependency: 'startup', retries: { max: 10 } });
    m.connect(api, metrics, 'sync', { retries: { max: 3 } });
    m.connect(metrics, api, 'sync', { retries: { max: 3 } });
    expect(reportsOf(retryWithoutBackoff, m.build())).toEqual([]);
  });
});
