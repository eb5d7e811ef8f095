import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf, targetsOf } from '../../testing/ruleTester';
import { noDeadLetter } from './no-dead-letter';

describe('async/no-dead-letter', () => {
  it('reports a queue with neither a dead-letter queue nor a retry limit', () => {
    const m = new ModelBuilder();
    const jobs = m.component('jobs', 'queue');
    const reports = reportsOf(noDeadLetter, m.build());
    expect(targetsOf(reports)).toEqual([[jobs]]);
    expect(reports[0]!.keyTargets).toEqual([]);
    expect(reports[0]!.message).toBe('jobs has no dead-letter queue and no retry limit, so a message that keeps failing is redelivered without end.');
    expect(reports[0]!.evidence).toEqual({ queues: 1, withoutDeadLetterQueue: 1, withoutRetryLimit: 1 });
  });

  it('says what is missing when only one half is there', () => {
    const limited = new ModelBuilder();
    limited.component('limited', 'queue', { messaging: { maxRetries: 5 } });
    expect(reportsOf(noDeadLetter, limited.build()).map((r) => r.message)).toEqual([
      'limited has no dead-letter queue, so a message that keeps failing is dropped after its last retry.',
    ]);
    const dlqOnly = new ModelBuilder();
    dlqOnly.component('dlq-only', 'queue', { messaging: { deadLetterQueue: true } });
    expect(reportsOf(noDeadLetter, dlqOnly.build()).map((r) => r.message)).toEqual([
      'dlq-only has no retry limit, so a message that keeps failing is redelivered without end.',
    ]);
  });

  it('reports every such queue in one finding keyed by the rule, with what each lacks', () => {
    const m = new ModelBuilder();
    const jobs = m.component('jobs', 'queue');
    const limited = m.component('limited', 'queue', { messaging: { maxRetries: 5 } });
    const dlqOnly = m.component('dlq-only', 'queue', { messaging: { deadLetterQueue: true } });
    const reports = reportsOf(noDeadLetter, m.build());
    expect(targetsOf(reports)).toEqual([[jobs, limited, dlqOnly]]);
    expect(reports[0]!.keyTargets).toEqual([]);
    expect(reports[0]!.message).toBe(
      '3 queues have no dead-letter queue or no retry limit, so a message that keeps failing is redelivered without end where nothing limits retries, or dropped after its last retry where there is no dead-letter queue: jobs (no dead-letter queue and no retry limit), limited (no dead-letter queue) and dlq-only (no retry limit).',
    );
    expect(reports[0]!.evidence).toEqual({ queues: 3, withoutDeadLetterQueue: 2, withoutRetryLimit: 2 });
    const unlimited = new ModelBuilder();
    unlimited.component('a', 'queue');
    unlimited.component('b', 'queue', { messaging: { deadLetterQueue: true } });
    expect(reportsOf(noDeadLetter, unlimited.build())[0]!.message).toBe(
      '2 queues have no dead-letter queue or no retry limit, so a message that keeps failing is redelivered without end where nothing limits retries: a (no dead-letter queue and no retry limit) and b (no retry limit).',
    );
  });

  it('does not report a queue with both, or a stream', () => {
    const m = new ModelBuilder();
    m.component('jobs', 'queue', { messaging: { deadLetterQueue: true, maxRetries: 0 } });
    m.component('events', 'stream');
    expect(reportsOf(noDeadLetter, m.build())).toEqual([]);
  });
});
