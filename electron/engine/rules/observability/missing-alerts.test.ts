import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf, targetsOf } from '../../testing/ruleTester';
import { missingAlerts } from './missing-alerts';

describe('observability/missing-alerts', () => {
  it('names the signals of each kind', () => {
    const m = new ModelBuilder();
    const api = m.component('api', 'service', { observability: { metrics: true, alerts: false } });
    const jobs = m.component('jobs', 'queue');
    const db = m.component('db', 'database');
    const reports = reportsOf(missingAlerts, m.build());
    expect(targetsOf(reports)).toEqual([[api], [jobs], [db]]);
    expect(reports[0]!.message).toBe('api has no alerts on its key signals: latency, traffic, errors and saturation.');
    expect(reports[1]!.message).toContain('queue depth, age of the oldest message');
    expect(reports[2]!.message).toContain('replication lag');
    expect(reports[2]!.evidence).toEqual({ signals: 5 });
  });

  it('does not report components with alerts or components run by others', () => {
    const m = new ModelBuilder();
    m.component('api', 'service', { observability: { alerts: true } });
    m.component('browser', 'client');
    m.component('maps', 'external-api');
    m.component('dns', 'dns');
    expect(reportsOf(missingAlerts, m.build())).toEqual([]);
  });
});
