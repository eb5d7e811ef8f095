import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf, targetsOf } from '../../testing/ruleTester';
import { nonIdempotentConsumer } from './non-idempotent-consumer';

describe('async/non-idempotent-consumer', () => {
  it('reports a consumer that is not idempotent, assuming at-least-once delivery when unstated', () => {
    const m = new ModelBuilder();
    const api = m.component('api', 'service');
    const jobs = m.component('jobs', 'queue');
    const charger = m.component('charger', 'worker');
    m.connect(api, jobs, 'async');
    const consume = m.connect(jobs, charger, 'async');
    const reports = reportsOf(nonIdempotentConsumer, m.build());
    expect(targetsOf(reports)).toEqual([[jobs, charger, consume]]);
    expect(reports[0]!.message).toBe('charger consumes jobs with at-least-once delivery but is not marked idempotent, so a redelivered message is processed twice.');
    expect(reports[0]!.assumed).toEqual(["delivery of jobs: at-least-once (most brokers' default)"]);
  });

  it('does not report idempotent consumers, at-most-once or exactly-once delivery, or producers', () => {
    const m = new ModelBuilder();
    const api = m.component('api', 'service');
    const jobs = m.component('jobs', 'queue', { messaging: { delivery: 'at-least-once' } });
    const lossy = m.component('metrics', 'queue', { messaging: { delivery: 'at-most-once' } });
    const exact = m.component('ledger', 'stream', { messaging: { delivery: 'exactly-once' } });
    const worker = m.component('worker', 'worker');
    m.connect(api, jobs, 'async');
    m.connect(jobs, worker, 'async', { idempotent: true });
    m.connect(lossy, worker, 'async');
    m.connect(exact, worker, 'async');
    expect(reportsOf(nonIdempotentConsumer, m.build())).toEqual([]);
  });
});
