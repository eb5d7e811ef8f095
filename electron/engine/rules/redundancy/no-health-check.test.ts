import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf, targetsOf } from '../../testing/ruleTester';
import { noHealthCheck } from './no-health-check';

describe('redundancy/no-health-check', () => {
  it('reports a tier behind a load balancer or gateway without health checks', () => {
    const m = new ModelBuilder();
    const lb = m.component('edge-lb', 'load-balancer');
    const gw = m.component('gateway', 'api-gateway', { deployment: { healthCheck: true } });
    const web = m.component('web', 'service', { deployment: { instances: 2 } });
    const api = m.component('api', 'service');
    m.connect(lb, web);
    m.connect(lb, gw);
    m.connect(gw, api);
    m.connect(web, api);
    const reports = reportsOf(noHealthCheck, m.build());
    expect(targetsOf(reports)).toEqual([[web], [api]]);
    expect(reports[0]!.message).toBe('edge-lb sends traffic to web, which has no health check, so a broken instance keeps receiving requests.');
    expect(reports[0]!.evidence).toEqual({ instances: 2, balancers: 1 });
  });

  it('does not report health-checked, managed, unbalanced or external components', () => {
    const m = new ModelBuilder();
    const lb = m.component('edge-lb', 'load-balancer');
    const web = m.component('web', 'service', { deployment: { healthCheck: true } });
    const managed = m.component('auth', 'identity', { deployment: { managed: true } });
    const ext = m.component('stripe', 'external-api');
    const fn = m.component('thumbs', 'function');
    const lone = m.component('lone', 'service');
    m.connect(lb, web);
    m.connect(lb, managed);
    m.connect(lb, ext);
    m.connect(lb, fn);
    m.connect(web, lone);
    expect(reportsOf(noHealthCheck, m.build())).toEqual([]);
  });
});
