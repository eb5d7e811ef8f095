import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf, targetsOf } from '../../testing/ruleTester';
import { noLoadTest } from './no-load-test';

const untested = { testing: { loadTestedMultiple: 0 } };

describe('testing/no-load-test', () => {
  it('reports one component tested below the growth factor that needs more instances at G× as a warning', () => {
    const m = new ModelBuilder();
    const users = m.component('users', 'client');
    const api = m.component('api', 'service', { testing: { loadTestedMultiple: 3 } });
    m.connect(users, api);
    m.entry(users, 2_000);
    const reports = reportsOf(noLoadTest, m.build());
    expect(targetsOf(reports)).toEqual([[api]]);
    expect(reports[0]!.message).toBe(
      "api carries traffic from users but was load-tested only to 3.0× today's peak, short of the 10× growth target, and the growth analysis says it needs more instances at 10×.",
    );
    expect(reports[0]!.severity).toBe('warning');
    expect(reports[0]!.evidence).toEqual({ components: 1, breakingAtGrowth: 1, lowestTestedMultiple: 3, growthFactor: 10 });
  });

  it("reports every component on an entry point's path short of G× in one finding keyed by the rule", () => {
    const m = new ModelBuilder();
    const users = m.component('users', 'client');
    const api = m.component('api', 'service', { testing: { loadTestedMultiple: 3 } });
    const queue = m.component('jobs', 'queue', untested);
    const worker = m.component('mailer', 'worker', { ...untested, capacity: { ratePerInstance: 1_000 } });
    const mail = m.component('mail', 'external-api', untested);
    m.connect(users, api);
    m.connect(api, queue, 'async');
    m.connect(queue, worker, 'async');
    m.connect(worker, mail);
    m.entry(users, 10);
    const reports = reportsOf(noLoadTest, m.build());
    expect(targetsOf(reports)).toEqual([[api, queue, worker]]);
    expect(reports[0]!.keyTargets).toEqual([]);
    expect(reports[0]!.severity).toBeUndefined();
    expect(reports[0]!.message).toBe(
      '3 components that carry entry-point traffic were never load-tested to the 10× growth target: api (to 3.0×), jobs and mailer.',
    );
    expect(reports[0]!.evidence).toEqual({ components: 3, breakingAtGrowth: 0, lowestTestedMultiple: 0, growthFactor: 10 });
  });

  it('names the components the growth analysis says break, and warns', () => {
    const m = new ModelBuilder();
    const users = m.component('users', 'client');
    const api = m.component('api', 'service', untested);
    const db = m.component('db', 'database', { capacity: { ratePerInstance: 50 } });
    m.connect(users, api);
    m.connect(api, db, 'read');
    m.entry(users, 10);
    const reports = reportsOf(noLoadTest, m.build());
    expect(targetsOf(reports)).toEqual([[api, db]]);
    expect(reports[0]!.severity).toBe('warning');
    expect(reports[0]!.message).toBe(
      '2 components that carry entry-point traffic were never load-tested to the 10× growth target: api and db. The growth analysis says db needs more instances or a redesign at 10×.',
    );
  });

  it('says nothing about components whose testing the model does not state and that do not break at G×', () => {
    const m = new ModelBuilder();
    const users = m.component('users', 'client');
    const api = m.component('api', 'service');
    const db = m.component('db', 'database');
    m.connect(users, api);
    m.connect(api, db, 'read');
    m.entry(users, 10);
    expect(reportsOf(noLoadTest, m.build())).toEqual([]);
  });

  it('uses the growth factor of the check', () => {
    const m = new ModelBuilder();
    const users = m.component('users', 'client');
    const api = m.component('api', 'service', { testing: { loadTestedMultiple: 3 } });
    m.connect(users, api);
    m.entry(users, 10);
    expect(reportsOf(noLoadTest, m.build(), { growthFactor: 3 })).toEqual([]);
    expect(targetsOf(reportsOf(noLoadTest, m.build(), { growthFactor: 4 }))).toEqual([[api]]);
  });

  it('does not report components tested to G×, unreached components, replicas, provider services or monitoring tools', () => {
    const m = new ModelBuilder();
    const users = m.component('users', 'client');
    const api = m.component('api', 'service', { testing: { loadTestedMultiple: 10 } });
    const db = m.component('db', 'database', { testing: { loadTestedMultiple: 12 } });
    const replica = m.component('replica', 'database', untested);
    const cdn = m.component('cdn', 'cdn', untested);
    const queue = m.component('managed-queue', 'queue', { deployment: { managed: true }, ...untested });
    const metrics = m.component('metrics', 'monitoring', untested);
    m.component('batch', 'worker', untested);
    m.connect(users, cdn);
    m.connect(users, api);
    m.connect(api, db, 'write');
    m.connect(api, queue, 'async');
    m.connect(api, metrics, 'async');
    m.connect(db, replica, 'replication');
    m.entry(users, 10);
    expect(reportsOf(noLoadTest, m.build())).toEqual([]);
  });

  it('reports nothing in a model without entry points', () => {
    const m = new ModelBuilder();
    const a = m.component('a', 'service', untested);
    const b = m.component('b', 'database', untested);
    m.connect(a, b, 'read');
    expect(reportsOf(noLoadTest, m.build())).toEqual([]);
  });
});
