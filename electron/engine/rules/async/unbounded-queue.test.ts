import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf, targetsOf } from '../../testing/ruleTester';
import { unboundedQueue } from './unbounded-queue';

describe('async/unbounded-queue', () => {
  it('reports a queue with no maximum length and no depth alert', () => {
    const m = new ModelBuilder();
    const jobs = m.component('jobs', 'queue', { messaging: { durable: true } });
    const reports = reportsOf(unboundedQueue, m.build());
    expect(targetsOf(reports)).toEqual([[jobs]]);
    expect(reports[0]!.message).toContain('jobs has no maximum length and no alert on its depth');
  });

  it('does not report a bounded queue, a watched one, or one with golden-signal alerts', () => {
    const m = new ModelBuilder();
    m.component('bounded', 'queue', { messaging: { maxLength: 100_000 } });
    m.component('watched', 'stream', { messaging: { depthAlert: true } });
    m.component('alerted', 'queue', { observability: { alerts: true } });
    m.component('db', 'database');
    expect(reportsOf(unboundedQueue, m.build())).toEqual([]);
  });
});
