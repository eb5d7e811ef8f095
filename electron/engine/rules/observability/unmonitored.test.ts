import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf, targetsOf } from '../../testing/ruleTester';
import { unmonitored } from './unmonitored';

describe('observability/unmonitored', () => {
  it('warns when both metrics and logs are missing and informs when one is', () => {
    const m = new ModelBuilder();
    const api = m.component('orders-api', 'service');
    const db = m.component('orders-db', 'database', { observability: { logs: true } });
    const reports = reportsOf(unmonitored, m.build());
    expect(targetsOf(reports)).toEqual([[api], [db]]);
    expect(reports[0]!.message).toBe('orders-api has no metrics or logs: nobody can see how close it is to its limits or why it failed.');
    expect(reports[0]!.severity).toBeUndefined();
    expect(reports[1]!.message).toBe('orders-db has no metrics: nobody can see how close it is to its limits.');
    expect(reports[1]!.severity).toBe('info');
    expect(reports[1]!.evidence).toEqual({ metrics: false, logs: true });
  });

  it('does not report monitored components, clients, third-party APIs or provider-run CDNs', () => {
    const m = new ModelBuilder();
    m.component('api', 'service', { observability: { metrics: true, logs: true } });
    m.component('browser', 'client');
    m.component('stripe', 'external-api');
    m.component('edge', 'cdn');
    m.component('assets', 'object-storage', { deployment: { managed: true } });
    expect(reportsOf(unmonitored, m.build())).toEqual([]);
  });

  it('reports a self-run CDN', () => {
    const m = new ModelBuilder();
    const cdn = m.component('varnish', 'cdn', { deployment: { managed: false } });
    expect(targetsOf(reportsOf(unmonitored, m.build()))).toEqual([[cdn]]);
  });
});
