import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf, targetsOf } from '../../testing/ruleTester';
import { retryAmplification } from './retry-amplification';

const retry = (max: number) => ({ retries: { max, backoff: 'exponential' as const, jitter: true } });

describe('resilience/retry-amplification', () => {
  it('reports a path whose retries multiply past 10, naming the path and the product', () => {
    const m = new ModelBuilder();
    const users = m.component('users', 'client');
    const api = m.component('api', 'service');
    const orders = m.component('orders', 'service');
    const db = m.component('orders-db', 'database');
    m.connect(users, api, 'sync');
    const first = m.connect(api, orders, 'sync', retry(3));
    const second = m.connect(orders, db, 'read', retry(3));
    m.entry(users, 100);
    const reports = reportsOf(retryAmplification, m.build());
    expect(targetsOf(reports)).toEqual([[users, first, second]]);
    expect(reports[0]!.message).toBe(
      'One failing request from users can turn into up to 16 calls on orders-db along users → api → orders → orders-db: 2 layers retry (api → orders retries 3×; orders → orders-db retries 3×).',
    );
    expect(reports[0]!.evidence).toEqual({ amplification: 16, retryingLayers: 2, hops: 3 });
  });

  it('reports a single retrying layer only past 10', () => {
    const m = new ModelBuilder();
    const users = m.component('users', 'client');
    const api = m.component('api', 'service');
    const db = m.component('db', 'database');
    m.connect(users, api, 'sync');
    m.connect(api, db, 'read', retry(10));
    m.entry(users, 10);
    const reports = reportsOf(retryAmplification, m.build());
    expect(reports).toHaveLength(1);
    expect(reports[0]!.evidence).toMatchObject({ amplification: 11, retryingLayers: 1 });
  });

  it('gives one finding for two entry points sharing the retrying path', () => {
    const m = new ModelBuilder();
    const web = m.component('web', 'client');
    const mobile = m.component('mobile', 'client');
    const api = m.component('api', 'service');
    const db = m.component('db', 'database');
    m.connect(web, api, 'sync', retry(1));
    m.connect(mobile, api, 'sync', retry(1));
    m.connect(api, db, 'read', retry(1));
    m.entry(web, 10).entry(mobile, 10);
    const reports = reportsOf(retryAmplification, m.build());
    expect(reports).toHaveLength(2); // each client retries on its own connection: different paths
    const shared = new ModelBuilder();
    const w = shared.component('web', 'client');
    const mo = shared.component('mobile', 'client');
    const gw = shared.component('gateway', 'api-gateway');
    const a = shared.component('api', 'service');
    const d = shared.component('db', 'database');
    shared.connect(w, gw, 'sync');
    shared.connect(mo, gw, 'sync');
    shared.connect(gw, a, 'sync', retry(2));
    shared.connect(a, d, 'read', retry(2));
    shared.entry(w, 10).entry(mo, 10);
    const one = reportsOf(retryAmplification, shared.build());
    expect(one).toHaveLength(1);
    expect(one[0]!.components).toEqual([w, mo]);
    expect(one[0]!.message).toContain('from web and mobile');
  });

  it('walks from uncalled components when no entry point is stated, and survives cycles', () => {
    const m = new ModelBuilder();
    const a = m.component('a', 'service');
    const b = m.component('b', 'service');
    const c = m.component('c', 'service');
    m.connect(a, b, 'sync', retry(2));
    m.connect(b, c, 'sync', retry(2));
    m.connect(c, b, 'sync', retry(2));
    const reports = reportsOf(retryAmplification, m.build());
    expect(reports).toHaveLength(1);
    expect(reports[0]!.components).toEqual([a]);
    expect(reports[0]!.evidence).toMatchObject({ amplification: 9, retryingLayers: 2 });
  });

  it('does not report one retrying layer under the limit, or retries on async hops', () => {
    const m = new ModelBuilder();
    const users = m.component('users', 'client');
    const api = m.component('api', 'service');
    const queue = m.component('jobs', 'queue');
    const worker = m.component('worker', 'worker');
    const db = m.component('db', 'database');
    m.connect(users, api, 'sync');
    m.connect(api, queue, 'async', retry(5));
    m.connect(queue, worker, 'async', retry(5));
    m.connect(worker, db, 'write', retry(3));
    m.connect(api, db, 'read', retry(3));
    m.entry(users, 10);
    expect(reportsOf(retryAmplification, m.build())).toEqual([]);
  });
});
