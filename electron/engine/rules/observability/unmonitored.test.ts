import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf, targetsOf } from '../../testing/ruleTester';
import { unmonitored } from './unmonitored';

describe('observability/unmonitored', () => {
  it('reports one component lacking both as a warning, naming what is missing', () => {
    const m = new ModelBuilder();
    const api = m.component('orders-api', 'service');
    const reports = reportsOf(unmonitored, m.build());
    expect(targetsOf(reports)).toEqual([[api]]);
    expect(reports[0]!.message).toBe('orders-api has no metrics or logs: nobody can see how close it is to its limits or why it failed.');
    expect(reports[0]!.severity).toBeUndefined();
  });

  it('informs when each component lacks only one of them', () => {
    const m = new ModelBuilder();
    const db = m.component('orders-db', 'database', { observability: { logs: true } });
    const reports = reportsOf(unmonitored, m.build());
    expect(targetsOf(reports)).toEqual([[db]]);
    expect(reports[0]!.message).toBe('orders-db has no metrics: nobody can see how close it is to its limits.');
    expect(reports[0]!.severity).toBe('info');
    expect(reports[0]!.evidence).toEqual({ components: 1, withoutMetricsOrLogs: 0, withoutMetrics: 1, withoutLogs: 0 });
  });

  it('reports every unmonitored component of the project in one finding keyed by the rule, at the highest severity', () => {
    const m = new ModelBuilder();
    const api = m.component('orders-api', 'service');
    const db = m.component('orders-db', 'database', { observability: { logs: true } });
    const worker = m.component('mailer', 'worker', { observability: { metrics: true } });
    const reports = reportsOf(unmonitored, m.build());
    expect(targetsOf(reports)).toEqual([[api, db, worker]]);
    expect(reports[0]!.keyTargets).toEqual([]);
    expect(reports[0]!.severity).toBeUndefined();
    expect(reports[0]!.message).toBe(
      '3 components the team runs lack metrics or logs, so nobody can see how close they are to their limits or why they fail: no metrics or logs on orders-api; no metrics on orders-db; no logs on mailer.',
    );
    expect(reports[0]!.evidence).toEqual({ components: 3, withoutMetricsOrLogs: 1, withoutMetrics: 1, withoutLogs: 1 });
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

  it('does not ask monitoring tools or provider-managed components to be monitored', () => {
    const m = new ModelBuilder();
    m.component('prometheus', 'monitoring');
    m.component('grafana', 'monitoring', { deployment: { managed: false } });
    m.component('alb', 'load-balancer', { deployment: { managed: true } });
    m.component('rds', 'database', { deployment: { managed: true } });
    expect(reportsOf(unmonitored, m.build())).toEqual([]);
  });

  it('reports a self-run CDN', () => {
    const m = new ModelBuilder();
    const cdn = m.component('varnish', 'cdn', { deployment: { managed: false } });
    expect(targetsOf(reportsOf(unmonitored, m.build()))).toEqual([[cdn]]);
  });
});
