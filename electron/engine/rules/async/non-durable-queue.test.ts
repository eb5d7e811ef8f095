import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf, targetsOf } from '../../testing/ruleTester';
import { nonDurableQueue } from './non-durable-queue';

describe('async/non-durable-queue', () => {
  it('reports an explicitly non-durable queue as an error', () => {
    const m = new ModelBuilder();
    const mem = m.component('mem-q', 'queue', { messaging: { durable: false } });
    const reports = reportsOf(nonDurableQueue, m.build());
    expect(targetsOf(reports)).toEqual([[mem]]);
    expect(reports[0]!.keyTargets).toEqual([]);
    expect(reports[0]!.severity).toBe('error');
    expect(reports[0]!.message).toBe('mem-q keeps its messages only in memory; a broker restart loses everything waiting in it.');
    expect(reports[0]!.evidence).toEqual({ queues: 1, inMemory: 1, durabilityUnstated: 0 });
  });

  it('warns about a queue that does not state its durability', () => {
    const m = new ModelBuilder();
    m.component('events', 'stream');
    const reports = reportsOf(nonDurableQueue, m.build());
    expect(reports[0]!.severity).toBeUndefined();
    expect(reports[0]!.message).toBe(
      'events does not state that its messages survive a broker restart; unless they are persisted, a restart loses everything waiting in it.',
    );
    expect(reports[0]!.evidence).toEqual({ queues: 1, inMemory: 0, durabilityUnstated: 1 });
  });

  it('reports every such queue in one finding keyed by the rule, an error when any is kept only in memory', () => {
    const m = new ModelBuilder();
    const events = m.component('events', 'stream');
    m.component('jobs', 'queue', { messaging: { durable: true } });
    const mem = m.component('mem-q', 'queue', { messaging: { durable: false } });
    const reports = reportsOf(nonDurableQueue, m.build());
    expect(targetsOf(reports)).toEqual([[events, mem]]);
    expect(reports[0]!.keyTargets).toEqual([]);
    expect(reports[0]!.severity).toBe('error');
    expect(reports[0]!.message).toBe(
      '2 queues may lose everything waiting in them when the broker restarts: events (durability not stated) and mem-q (kept only in memory).',
    );
    expect(reports[0]!.evidence).toEqual({ queues: 2, inMemory: 1, durabilityUnstated: 1 });
  });

  it('does not report durable queues or other kinds', () => {
    const m = new ModelBuilder();
    m.component('jobs', 'queue', { messaging: { durable: true } });
    m.component('cache', 'cache');
    expect(reportsOf(nonDurableQueue, m.build())).toEqual([]);
  });
});
