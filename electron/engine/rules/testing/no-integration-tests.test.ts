import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf, targetsOf } from '../../testing/ruleTester';
import { noIntegrationTests } from './no-integration-tests';

describe('testing/no-integration-tests', () => {
  it('reports services, workers and functions without integration tests', () => {
    const m = new ModelBuilder();
    const api = m.component('api', 'service', { testing: { unit: true } });
    const worker = m.component('mailer', 'worker');
    const fn = m.component('thumbnailer', 'function', { testing: { integration: false } });
    const reports = reportsOf(noIntegrationTests, m.build());
    expect(targetsOf(reports)).toEqual([[api], [worker], [fn]]);
    expect(reports[0]!.message).toBe('api has no integration tests against the components it works with.');
  });

  it('does not report tested services or components that run no code of ours', () => {
    const m = new ModelBuilder();
    m.component('api', 'service', { testing: { integration: true } });
    m.component('db', 'database');
    m.component('lb', 'load-balancer');
    m.component('stripe', 'external-api');
    expect(reportsOf(noIntegrationTests, m.build())).toEqual([]);
  });
});
