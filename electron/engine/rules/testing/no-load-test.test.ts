import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf, targetsOf } from '../../testing/ruleTester';
import { noLoadTest } from './no-load-test';

describe('testing/no-load-test', () => {
  it('reports components on an entry point\'s path tested below the growth factor', () => {
    const m = new ModelBuilder();
    const users = m.component('users', 'client');
    const api = m.component('api', 'service', { testing: { loadTestedMultiple: 3 } });
    const queue = m.component('jobs', 'queue');
    const worker = m.component('mailer', 'worker');
    const mail = m.component('mail', 'external-api');
    m.connect(users, api);
    m.connect(api, queue, 'async');
    m.connect(queue, worker, 'async');
    m.connect(worker, mail);
    m.entry(users, 100);
    const reports = reportsOf(noLoadTest, m.build());
    expect(targetsOf(reports)).toEqual([[api], [queue], [worker]]);
    expect(reports[0]!.message).toMatch(/^api carries traffic from users but was load-tested only to 3\.0× today's peak, short of the 10× growth target, and the growth analysis says it needs more instances at 10×\.$/);
    expect(reports[0]!.severity).toBe('warning');
    expect(reports[1]!.severity).toBeUndefined();
    expect(reports[0]!.evidence).toMatchObject({ loadTestedMultiple: 3, growthFactor: 10, rate: 100 });
    expect(reports[1]!.message).toBe('jobs carries traffic from users but was never load-tested, let alone to the 10× growth target.');
  });

  it('uses the growth factor of the check', () => {
    const m = new ModelBuilder();
    const users = m.component('users', 'client');
    const api = m.component('api', 'service', { testing: { loadTestedMultiple: 3 } });
    m.connect(users, api);
    m.entry(users, 100);
    expect(reportsOf(noLoadTest, m.build(), { growthFactor: 3 })).toEqual([]);
    expect(targetsOf(reportsOf(noLoadTest, m.build(), { growthFactor: 4 }))).toEqual([[api]]);
  });

  it('does not report components tested to G×, unreached components, replicas or provider services', () => {
    const m = new ModelBuilder();
    const users = m.component('users', 'client');
    const api = m.component('api', 'service', { testing: { loadTestedMultiple: 10 } });
    const db = m.component('db', 'database', { testing: { loadTestedMultiple: 12 } });
    const replica = m.component('replica', 'database');
    const cdn = m.component('cdn', 'cdn');
    m.component('batch', 'worker');
    m.connect(users, cdn);
    m.connect(users, api);
    m.connect(api, db, 'write');
    m.connect(db, replica, 'replication');
    m.entry(users, 100);
    expect(reportsOf(noLoadTest, m.build())).toEqual([]);
  });

  it('reports nothing in a model without entry points', () => {
    const m = new ModelBuilder();
    const a = m.component('a', 'service');
    const b = m.component('b', 'database');
    m.connect(a, b, 'read');
    expect(reportsOf(noLoadTest, m.build())).toEqual([]);
  });
});
