import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf } from '../../testing/ruleTester';
import { loadLoop } from './load-loop';

/** ordering-api publishes; payment-api consumes and publishes back to the same broker. */
function eventBus(fields: { topics?: boolean; calls?: number } = {}) {
  const m = new ModelBuilder();
  const users = m.component('users', 'client');
  const orders = m.component('ordering-api', 'service');
  const bus = m.component('eventbus', 'queue');
  const payments = m.component('payment-api', 'service');
  m.connect(users, orders);
  m.connect(orders, bus, 'async', fields.topics ? { topics: ['OrderSubmitted'] } : {});
  const consume = m.connect(bus, payments, 'async', fields.topics ? { topics: ['OrderSubmitted'] } : {});
  m.connect(payments, bus, 'async', {
    ...(fields.topics ? { topics: ['PaymentSucceeded'] } : {}),
    ...(fields.calls !== undefined ? { callsPerRequest: fields.calls } : {}),
  });
  m.entry(users, 50);
  return { project: m.build(), bus, payments, consume };
}

describe('growth/load-loop', () => {
  it('names a loop through a broker whose subscriptions rest on defaults, with its gain and what to state', () => {
    const { project, bus, payments } = eventBus();
    const reports = reportsOf(loadLoop, project);
    expect(reports).toHaveLength(1);
    expect(reports[0]!.components).toEqual([bus, payments].sort());
    expect(reports[0]!.message).toBe(
      'Load can go round eventbus → payment-api → eventbus with a gain of 1.0× per round trip on default figures; Tenfold counts one pass. State the topics payment-api subscribes to on eventbus and the topics payment-api publishes to eventbus to bound it.',
    );
    expect(reports[0]!.evidence).toMatchObject({ gain: 1, components: 2 });
  });

  it('says nothing once the topics show the consumer does not receive what it publishes', () => {
    expect(reportsOf(loadLoop, eventBus({ topics: true }).project)).toEqual([]);
  });

  it('leaves a loop of synchronous calls to modularity/cyclic-dependency, and a converging loop alone', () => {
    const m = new ModelBuilder();
    const a = m.component('a', 'service');
    const b = m.component('b', 'service');
    m.connect(a, b);
    m.connect(b, a);
    m.entry(a, 10);
    expect(reportsOf(loadLoop, m.build())).toEqual([]);
    const n = new ModelBuilder();
    const worker = n.component('worker', 'worker');
    const jobs = n.component('jobs', 'queue', { messaging: { pattern: 'work-queue' } });
    n.connect(jobs, worker, 'async', { callsPerRequest: 1 });
    n.connect(worker, jobs, 'async', { callsPerRequest: 0.2 });
    n.entry(worker, 10);
    expect(reportsOf(loadLoop, n.build())).toEqual([]);
  });
});
