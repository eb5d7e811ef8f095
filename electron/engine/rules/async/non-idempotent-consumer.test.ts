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
    expect(targetsOf(reports)).toEqual([[charger, jobs, consume]]);
    expect(reports[0]!.keyTargets).toEqual([]);
    expect(reports[0]!.message).toBe(
      'charger consumes jobs with at-least-once delivery but is not marked idempotent, so a redelivered message is processed twice.',
    );
    expect(reports[0]!.evidence).toEqual({ consumers: 1, queues: 1, connections: 1 });
    expect(reports[0]!.assumed).toEqual(["delivery of jobs: at-least-once (most brokers' default)"]);
  });

  it('reports every consumer of one queue in one finding keyed by the rule, naming the queue once', () => {
    const m = new ModelBuilder();
    const broker = m.component('rabbitmq', 'queue', { messaging: { delivery: 'at-least-once' } });
    const audit = m.component('audit', 'worker');
    const invoices = m.component('invoices', 'worker');
    const c1 = m.connect(broker, audit, 'async');
    const c2 = m.connect(broker, invoices, 'async');
    m.connect(broker, m.component('mailer', 'worker'), 'async', { idempotent: true });
    const reports = reportsOf(nonIdempotentConsumer, m.build());
    expect(targetsOf(reports)).toEqual([[audit, invoices, broker, c1, c2]]);
    expect(reports[0]!.keyTargets).toEqual([]);
    expect(reports[0]!.message).toBe(
      '2 consumers of rabbitmq are not marked idempotent, although it delivers at least once, so a redelivered message is processed twice: audit and invoices.',
    );
    expect(reports[0]!.assumed).toBeUndefined();
  });

  it('names the queues of each consumer when there are several, each consumer once', () => {
    const m = new ModelBuilder();
    const orders = m.component('orders', 'queue');
    const events = m.component('events', 'stream', { messaging: { delivery: 'at-least-once' } });
    const audit = m.component('audit', 'worker');
    const billing = m.component('billing', 'worker');
    const c1 = m.connect(orders, audit, 'async');
    const c2 = m.connect(orders, billing, 'async');
    const c3 = m.connect(events, audit, 'async');
    const reports = reportsOf(nonIdempotentConsumer, m.build());
    expect(targetsOf(reports)).toEqual([[audit, billing, orders, events, c1, c2, c3]]);
    expect(reports[0]!.message).toBe(
      '2 consumers are not marked idempotent, although their queues deliver at least once, so a redelivered message is processed twice: audit (from orders and events) and billing (from orders).',
    );
    expect(reports[0]!.evidence).toEqual({ consumers: 2, queues: 2, connections: 3 });
    expect(reports[0]!.assumed).toEqual(["delivery of orders: at-least-once (most brokers' default)"]);
    const single = new ModelBuilder();
    const q1 = single.component('orders', 'queue');
    const q2 = single.component('events', 'queue');
    const worker = single.component('audit', 'worker');
    single.connect(q1, worker, 'async');
    single.connect(q2, worker, 'async');
    expect(reportsOf(nonIdempotentConsumer, single.build())[0]!.message).toBe(
      'audit consumes orders and events with at-least-once delivery but is not marked idempotent, so a redelivered message is processed twice.',
    );
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
