import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf, targetsOf } from '../../testing/ruleTester';
import { syncFanOut } from './sync-fan-out';

describe('async/sync-fan-out', () => {
  it('reports more than 5 synchronous calls per request, counting callsPerRequest', () => {
    const m = new ModelBuilder();
    const api = m.component('api', 'service');
    const users = m.component('users-svc', 'service');
    const prices = m.component('prices', 'service');
    const db = m.component('db', 'database');
    const q = m.component('events', 'queue');
    const c1 = m.connect(api, users);
    const c2 = m.connect(api, prices, 'sync', { callsPerRequest: 4 });
    const c3 = m.connect(api, db, 'read');
    m.connect(api, q, 'async', { callsPerRequest: 10 });
    const reports = reportsOf(syncFanOut, m.build());
    expect(targetsOf(reports)).toEqual([[api, c1, c2, c3]]);
    expect(reports[0]!.keyTargets).toEqual([]);
    expect(reports[0]!.message).toBe('api makes 6 synchronous calls for each request it serves (users-svc, prices ×4 and db).');
    expect(reports[0]!.evidence).toEqual({ components: 1, callsPerRequest: 6, connections: 3, maxCalls: 5 });
  });

  it('names six targets and counts the rest', () => {
    const m = new ModelBuilder();
    const hub = m.component('hub', 'service');
    for (let i = 1; i <= 8; i += 1) m.connect(hub, m.component(`svc-${i}`, 'service'));
    const reports = reportsOf(syncFanOut, m.build());
    expect(reports[0]!.message).toBe('hub makes 8 synchronous calls for each request it serves (svc-1, svc-2, svc-3, svc-4, svc-5, svc-6 and 2 more).');
    expect(reports[0]!.connections).toHaveLength(8);
  });

  it('reports every fanning-out component in one finding keyed by the rule, with all their calls as targets', () => {
    const m = new ModelBuilder();
    const orders = m.component('orders', 'service');
    const search = m.component('search', 'service');
    const calls: string[] = [];
    for (let i = 1; i <= 6; i += 1) calls.push(m.connect(orders, m.component(`svc-${i}`, 'service')));
    const prices = m.component('prices', 'service');
    calls.push(m.connect(search, prices, 'sync', { callsPerRequest: 8 }));
    const reports = reportsOf(syncFanOut, m.build());
    expect(reports).toHaveLength(1);
    expect(reports[0]!.components).toEqual([orders, search]);
    expect(reports[0]!.connections).toEqual(calls);
    expect(reports[0]!.keyTargets).toEqual([]);
    expect(reports[0]!.message).toBe('2 components make more than 5 synchronous calls for each request they serve: orders (6 calls) and search (8 calls).');
    expect(reports[0]!.evidence).toEqual({ components: 2, worst: 'search', callsPerRequest: 8, connections: 1, maxCalls: 5 });
  });

  it('does not report 5 calls, async fan-out, or a client', () => {
    const m = new ModelBuilder();
    const api = m.component('api', 'service');
    const browser = m.component('browser', 'client');
    const other = m.component('other', 'service');
    const q = m.component('events', 'queue');
    m.connect(api, other, 'sync', { callsPerRequest: 5 });
    m.connect(api, q, 'async', { callsPerRequest: 50 });
    m.connect(browser, api, 'sync', { callsPerRequest: 12 });
    expect(reportsOf(syncFanOut, m.build())).toEqual([]);
  });
});
