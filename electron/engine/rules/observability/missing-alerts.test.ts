import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf, targetsOf } from '../../testing/ruleTester';
import { missingAlerts } from './missing-alerts';

describe('observability/missing-alerts', () => {
  it('names the signals of the kind of a single component', () => {
    const m = new ModelBuilder();
    const api = m.component('api', 'service', { observability: { metrics: true, alerts: false } });
    const reports = reportsOf(missingAlerts, m.build());
    expect(targetsOf(reports)).toEqual([[api]]);
    expect(reports[0]!.message).toBe('api has no alerts on its key signals: latency, traffic, errors and saturation.');
  });

  it('reports every component without alerts in one finding keyed by the rule, naming the signals of each kind once', () => {
    const m = new ModelBuilder();
    const api = m.component('api', 'service');
    const jobs = m.component('jobs', 'queue');
    const web = m.component('web', 'service');
    const db = m.component('db', 'database');
    const reports = reportsOf(missingAlerts, m.build());
    expect(targetsOf(reports)).toEqual([[api, jobs, web, db]]);
    expect(reports[0]!.keyTargets).toEqual([]);
    expect(reports[0]!.message).toMatch(
      /^4 components have no alerts on the key signals of their kind: api, jobs, web and db\. Alert for each service: latency, traffic, errors and saturation; for each queue: queue depth, age of the oldest message/,
    );
    expect(reports[0]!.message).toContain('for each database: query latency');
    expect(reports[0]!.message.match(/for each service/g)).toHaveLength(1);
    expect(reports[0]!.evidence).toEqual({ components: 4, kinds: 3 });
  });

  it('does not report components with alerts or components run by others', () => {
    const m = new ModelBuilder();
    m.component('api', 'service', { observability: { alerts: true } });
    m.component('browser', 'client');
    m.component('maps', 'external-api');
    m.component('dns', 'dns');
    expect(reportsOf(missingAlerts, m.build())).toEqual([]);
  });

  it('does not ask monitoring tools or managed components for alerts of their own', () => {
    const m = new ModelBuilder();
    m.component('prometheus', 'monitoring');
    m.component('alb', 'load-balancer', { deployment: { managed: true } });
    m.component('queue', 'queue', { deployment: { managed: true } });
    expect(reportsOf(missingAlerts, m.build())).toEqual([]);
  });
});
