import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf, targetsOf } from '../../testing/ruleTester';
import { nonDurableQueue } from './non-durable-queue';

describe('async/non-durable-queue', () => {
  it('reports an explicitly non-durable queue as an error and an unstated one as a warning', () => {
    const m = new ModelBuilder();
    const mem = m.component('mem-q', 'queue', { messaging: { durable: false } });
    const events = m.component('events', 'stream');
    const reports = reportsOf(nonDurableQueue, m.build());
    expect(targetsOf(reports)).toEqual([[mem], [events]]);
    expect(reports[0]!.severity).toBe('error');
    expect(reports[0]!.message).toContain('mem-q keeps its messages only in memory');
    expect(reports[1]!.severity).toBeUndefined();
    expect(reports[1]!.message).toContain('events does not state that its messages survive a broker restart');
    expect(reports[1]!.evidence).toEqual({ durableStated: false });
  });

  it('does not report durable queues or other kinds', () => {
    const m = new ModelBuilder();
    m.component('jobs', 'queue', { messaging: { durable: true } });
    m.component('cache', 'cache');
    expect(reportsOf(nonDurableQueue, m.build())).toEqual([]);
  });
});
