import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf, targetsOf } from '../../testing/ruleTester';
import { noHealthCheck } from './no-health-check';

describe('redundancy/no-health-check', () => {
  it('reports a tier of several instances behind a load balancer without health checks', () => {
    const m = new ModelBuilder();
    const lb = m.component('edge-lb', 'load-balancer');
    const web = m.component('web', 'service', { deployment: { instances: 2 } });
    m.connect(lb, web);
    const reports = reportsOf(noHealthCheck, m.build());
    expect(targetsOf(reports)).toEqual([[web]]);
    expect(reports[0]!.message).toBe('edge-lb sends traffic to web (2 instances), which has no health check, so a broken instance keeps receiving requests.');
    expect(reports[0]!.evidence).toEqual({ tiers: 1, instances: 2 });
  });

  it('reports every load-balanced tier in one finding keyed by the rule, autoscaled tiers too', () => {
    const m = new ModelBuilder();
    const lb = m.component('edge-lb', 'load-balancer');
    const gw = m.component('gateway', 'api-gateway', { deployment: { healthCheck: true } });
    const web = m.component('web', 'service', { deployment: { instances: 2 } });
    const api = m.component('api', 'service', { deployment: { autoscaling: true } });
    m.connect(lb, web);
    m.connect(lb, gw);
    m.connect(gw, api);
    m.connect(web, api);
    const reports = reportsOf(noHealthCheck, m.build());
    expect(targetsOf(reports)).toEqual([[web, api]]);
    expect(reports[0]!.keyTargets).toEqual([]);
    expect(reports[0]!.message).toBe(
      '2 load-balanced tiers have no health check, so their balancers keep sending requests to broken instances: web (2 instances, behind edge-lb) and api (autoscaled, behind gateway).',
    );
  });

  it('does not call a single instance behind a balancer, or several instances no balancer sends requests to, a load-balanced tier', () => {
    const m = new ModelBuilder();
    const lb = m.component('edge-lb', 'load-balancer');
    const single = m.component('single', 'service');
    const web = m.component('web', 'service', { deployment: { instances: 3 } });
    const workers = m.component('workers', 'worker', { deployment: { instances: 4 } });
    const config = m.component('config', 'service', { deployment: { instances: 2 } });
    m.connect(lb, single);
    m.connect(web, workers);
    m.connect(lb, config, 'sync', { dependency: 'startup' });
    expect(reportsOf(noHealthCheck, m.build())).toEqual([]);
  });

  it('does not report health-checked, managed, unbalanced or external components', () => {
    const m = new ModelBuilder();
    const lb = m.component('edge-lb', 'load-balancer');
    const web = m.component('web', 'service', { deployment: { healthCheck: true, instances: 2 } });
    const managed = m.component('auth', 'identity', { deployment: { managed: true, instances: 2 } });
    const ext = m.component('stripe', 'external-api', { deployment: { instances: 2 } });
    const fn = m.component('thumbs', 'function', { deployment: { instances: 2 } });
    const lone = m.component('lone', 'service', { deployment: { instances: 2 } });
    m.connect(lb, web);
    m.connect(lb, managed);
    m.connect(lb, ext);
    m.connect(lb, fn);
    m.connect(web, lone);
    expect(reportsOf(noHealthCheck, m.build())).toEqual([]);
  });
});
