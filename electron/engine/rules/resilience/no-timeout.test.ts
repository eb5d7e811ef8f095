import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf, targetsOf } from '../../testing/ruleTester';
import { noTimeout } from './no-timeout';

describe('resilience/no-timeout', () => {
  it('reports a synchronous call and a database read without a timeout, naming both ends', () => {
    const m = new ModelBuilder();
    const api = m.component('orders-api', 'service');
    const payments = m.component('payments', 'service');
    const db = m.component('orders-db', 'database');
    const call = m.connect(api, payments, 'sync');
    const read = m.connect(api, db, 'read');
    const reports = reportsOf(noTimeout, m.build());
    expect(targetsOf(reports)).toEqual([[api, call], [api, read]]);
    expect(reports[0]!.message).toBe('orders-api calls payments (sync) without a timeout.');
    expect(reports[1]!.message).toContain('orders-db (read)');
  });

  it('does not report calls with a timeout, async messages, or calls made by clients', () => {
    const m = new ModelBuilder();
    const users = m.component('browser', 'client');
    const api = m.component('orders-api', 'service');
    const queue = m.component('jobs', 'queue');
    const db = m.component('orders-db', 'database');
    m.connect(users, api, 'sync');
    m.connect(api, db, 'write', { timeoutMs: 500 });
    m.connect(api, queue, 'async');
    expect(reportsOf(noTimeout, m.build())).toEqual([]);
  });
});
