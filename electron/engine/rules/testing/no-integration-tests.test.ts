import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf, targetsOf } from '../../testing/ruleTester';
import { noIntegrationTests } from './no-integration-tests';

describe('testing/no-integration-tests', () => {
  it('reports one service that states its testing but has no integration tests', () => {
    const m = new ModelBuilder();
    const api = m.component('api', 'service', { testing: { unit: true } });
    const reports = reportsOf(noIntegrationTests, m.build());
    expect(targetsOf(reports)).toEqual([[api]]);
    expect(reports[0]!.message).toBe('api has no integration tests against the components it works with.');
  });

  it('reports services, workers and functions in one finding keyed by the rule', () => {
    const m = new ModelBuilder();
    const api = m.component('api', 'service', { testing: { unit: true } });
    const worker = m.component('mailer', 'worker', { testing: { loadTestedMultiple: 2 } });
    const fn = m.component('thumbnailer', 'function', { testing: { integration: false } });
    const reports = reportsOf(noIntegrationTests, m.build());
    expect(targetsOf(reports)).toEqual([[api, worker, fn]]);
    expect(reports[0]!.keyTargets).toEqual([]);
    expect(reports[0]!.message).toBe('3 services have no integration tests against the components they work with: api, mailer and thumbnailer.');
    expect(reports[0]!.evidence).toEqual({ components: 3 });
  });

  it('reports a service the growth analysis says breaks at G×, though the model says nothing of its tests', () => {
    const m = new ModelBuilder();
    const users = m.component('users', 'client');
    const api = m.component('api', 'service', { capacity: { ratePerInstance: 10 } });
    m.connect(users, api);
    m.entry(users, 10);
    expect(targetsOf(reportsOf(noIntegrationTests, m.build()))).toEqual([[api]]);
  });

  it('does not report tested services, components that run no code of ours, or services nothing is stated or breaking about', () => {
    const m = new ModelBuilder();
    m.component('api', 'service', { testing: { integration: true } });
    m.component('db', 'database', { testing: { unit: false } });
    m.component('lb', 'load-balancer');
    m.component('stripe', 'external-api');
    m.component('quiet', 'service');
    m.component('managed-fn', 'function', { deployment: { managed: true }, testing: { unit: true } });
    expect(reportsOf(noIntegrationTests, m.build())).toEqual([]);
  });
});
