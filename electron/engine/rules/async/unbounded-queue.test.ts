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
    expect(reports[0]!.keyTargets).toEqual([]);
    expect(reports[0]!.message).toBe(
      'jobs has no maximum length and no alert on its depth or message age, so a backlog can grow unnoticed until the broker fails.',
    );
    expect(reports[0]!.evidence).toEqual({ queues: 1 });
  });

  it('reports every unbounded queue in one finding keyed by the rule', () => {
    const m = new ModelBuilder();
    const jobs = m.component('jobs', 'queue', { messaging: { durable: true } });
    m.component('bounded', 'queue', { messaging: { maxLength: 100_000 } });
    const events = m.component('events', 'stream');
    const reports = reportsOf(unboundedQueue, m.build());
    expect(targetsOf(reports)).toEqual([[jobs, events]]);
    expect(reports[0]!.keyTargets).toEqual([]);
    expect(reports[0]!.message).toBe(
      '2 queues have no maximum length and no alert on their depth or message age, so a backlog can grow unnoticed until the broker fails: jobs and events.',
    );
    expect(reports[0]!.evidence).toEqual({ queues: 2 });
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
