import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf, targetsOf } from '../../testing/ruleTester';
import { unsafeRetry } from './unsafe-retry';

describe('resilience/unsafe-retry', () => {
  it('reports each caller once, naming its retried writes and mutating calls that are not idempotent', () => {
    const m = new ModelBuilder();
    const orders = m.component('orders', 'service');
    const payments = m.component('payments', 'external-api');
    const db = m.component('orders-db', 'database');
    const charge = m.connect(orders, payments, 'sync', { mutating: true, retries: { max: 2 } });
    const insert = m.connect(orders, db, 'write', { retries: { max: 1, backoff: 'exponential', jitter: true } });
    const reports = reportsOf(unsafeRetry, m.build());
    expect(targetsOf(reports)).toEqual([[orders, charge, insert]]);
    expect(reports[0]!.keyTargets).toEqual([orders]);
    expect(reports[0]!.message).toBe(
      'orders retries 2 mutating calls that are not idempotent, so a retry can apply the change twice: payments (sync, 2 times), orders-db (write, once).',
    );
    expect(reports[0]!.evidence).toEqual({ calls: 2, mostRetries: 2 });
  });

  it('does not report idempotent writes, reads, or writes without retries', () => {
    const m = new ModelBuilder();
    const orders = m.component('orders', 'service');
    const db = m.component('orders-db', 'database');
    m.connect(orders, db, 'write', { retries: { max: 3 }, idempotent: true });
    m.connect(orders, db, 'read', { retries: { max: 3 } });
    m.connect(orders, db, 'write');
    m.connect(orders, db, 'write', { retries: { max: 0 } });
    expect(reportsOf(unsafeRetry, m.build())).toEqual([]);
  });

  it('does not ask start-up registration or log shipping about retries', () => {
    const m = new ModelBuilder();
    const orders = m.component('orders', 'service');
    const registry = m.component('registry', 'registry');
    const logs = m.component('logs', 'monitoring');
    m.connect(orders, registry, 'write', { dependency: 'startup', retries: { max: 5 } });
    m.connect(orders, logs, 'write', { retries: { max: 5 } });
    expect(reportsOf(unsafeRetry, m.build())).toEqual([]);
  });
});
