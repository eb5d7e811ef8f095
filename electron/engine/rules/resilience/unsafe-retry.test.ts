import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf, targetsOf } from '../../testing/ruleTester';
import { unsafeRetry } from './unsafe-retry';

describe('resilience/unsafe-retry', () => {
  it('reports a retried write and a retried mutating call that are not idempotent', () => {
    const m = new ModelBuilder();
    const orders = m.component('orders', 'service');
    const payments = m.component('payments', 'external-api');
    const db = m.component('orders-db', 'database');
    const charge = m.connect(orders, payments, 'sync', { mutating: true, retries: { max: 2 } });
    const insert = m.connect(orders, db, 'write', { retries: { max: 1, backoff: 'exponential', jitter: true } });
    const reports = reportsOf(unsafeRetry, m.build());
    expect(targetsOf(reports)).toEqual([[orders, charge], [orders, insert]]);
    expect(reports[0]!.message).toBe('orders retries a mutating sync to payments up to 2 times, but the call is not idempotent: a retry can apply the change twice.');
    expect(reports[1]!.evidence).toEqual({ retries: 1, kind: 'write' });
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
});
