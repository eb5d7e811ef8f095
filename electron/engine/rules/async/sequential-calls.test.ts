import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf } from '../../testing/ruleTester';
import { sequentialCalls } from './sequential-calls';

function productPage(sequential: boolean | undefined) {
  const m = new ModelBuilder();
  const page = m.component('productpage', 'service', sequential === undefined ? {} : { api: { sequentialCalls: sequential } });
  const details = m.component('details', 'service', { capacity: { p99LatencyMs: 40 } });
  const reviews = ['reviews-v1', 'reviews-v2'].map((name, i) => m.component(name, 'service', { capacity: { p99LatencyMs: 60 + i * 40 } }));
  const calls = [m.connect(page, details), ...reviews.map((r) => m.connect(page, r, 'sync', { alternativeGroup: 'reviews', callsPerRequest: 0.5 }))];
  m.connect(page, m.component('config', 'registry'), 'sync', { dependency: 'startup' });
  m.entry(page, 20);
  return { project: m.build(), page, details, reviews, calls };
}

describe('async/sequential-calls', () => {
  it('reports the sum of the p99 latencies of calls made one after another, an alternative group as one step', () => {
    const { project, page, details, reviews, calls } = productPage(true);
    const reports = reportsOf(sequentialCalls, project);
    expect(reports).toHaveLength(1);
    expect(reports[0]!.components).toEqual([page, details, ...reviews]);
    expect(reports[0]!.connections).toEqual(calls);
    expect(reports[0]!.message).toBe(
      'productpage calls details and one of reviews-v1 and reviews-v2 one after another: a request waits for the sum of their p99 latencies, 140 ms, instead of the slowest, 100 ms.',
    );
    expect(reports[0]!.assumed).toBeUndefined();
  });

  it('does not report calls made at the same time, or not stated to be sequential', () => {
    expect(reportsOf(sequentialCalls, productPage(false).project)).toEqual([]);
    expect(reportsOf(sequentialCalls, productPage(undefined).project)).toEqual([]);
  });
});
