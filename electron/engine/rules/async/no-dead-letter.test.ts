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
    expect(reports[0]!.message).toBe('jobs has no dead-letter queue and no retry limit, so a message that keeps failing is redelivered without end.');
    expect(reports[0]!.evidence).toEqual({ deadLetterQueue: false, maxRetries: null });
  });

  it('says what is missing when only one half is there', () => {
    const m = new ModelBuilder();
    m.component('limited', 'queue', { messaging: { maxRetries: 5 } });
    m.component('dlq-only', 'queue', { messaging: { deadLetterQueue: true } });
    const messages = reportsOf(noDeadLetter, m.build()).map((r) => r.message);
    expect(messages).toEqual([
      'limited has no dead-letter queue, so a message that keeps failing is dropped after its last retry.',
      'dlq-only has no retry limit, so a message that keeps failing is redelivered without end.',
    ]);
  });

  it('does not report a queue with both, or a stream', () => {
    const m = new ModelBuilder();
    m.component('jobs', 'queue', { messaging: { deadLetterQueue: true, maxRetries: 0 } });
    m.component('events', 'stream');
    expect(reportsOf(noDeadLetter, m.build())).toEqual([]);
  });
});
