import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf, targetsOf } from '../../testing/ruleTester';
import { noCircuitBreaker } from './no-circuit-breaker';

describe('resilience/no-circuit-breaker', () => {
  it('reports a call to a third-party API without a breaker', () => {
    const m = new ModelBuilder();
    const checkout = m.component('checkout', 'service');
    const stripe = m.component('card-processor', 'external-api');
    const call = m.connect(checkout, stripe, 'sync');
    const reports = reportsOf(noCircuitBreaker, m.build());
    expect(targetsOf(reports)).toEqual([[checkout, stripe, call]]);
    expect(reports[0]!.message).toBe('checkout calls the third-party API card-processor without a circuit breaker.');
    expect(reports[0]!.evidence?.external).toBe(true);
  });

  it('reports a call to a less available dependency, with both figures', () => {
    const m = new ModelBuilder();
    const web = m.component('web', 'service', { capacity: { availability: 0.9999 } });
    const legacy = m.component('legacy-pricing', 'service', { capacity: { availability: 0.99 } });
    const call = m.connect(web, legacy, 'sync');
    const reports = reportsOf(noCircuitBreaker, m.build());
    expect(targetsOf(reports)).toEqual([[web, legacy, call]]);
    // Effective figures come from the availability analysis (instances and zones), so match the shape.
    expect(reports[0]!.message).toMatch(/^web calls legacy-pricing, which is less available than its caller \(99(\.\d+)?% against 99\.9\d*%\) without a circuit breaker\.$/);
    expect(reports[0]!.assumed).toBeUndefined();
    expect(reports[0]!.evidence).toMatchObject({ callerAvailability: expect.any(Number), calleeAvailability: expect.any(Number), external: false });
    const { callerAvailability, calleeAvailability } = reports[0]!.evidence as { callerAvailability: number; calleeAvailability: number };
    expect(calleeAvailability).toBeLessThan(callerAvailability);
  });

  it('compares effective availability (instances count) and says when figures are kind defaults', () => {
    const m = new ModelBuilder();
    const web = m.component('web', 'service', { deployment: { instances: 3 } });
    const single = m.component('pricing', 'service');
    m.connect(web, single, 'sync');
    const reports = reportsOf(noCircuitBreaker, m.build());
    expect(targetsOf(reports)).toHaveLength(1);
    expect(reports[0]!.assumed).toEqual([
      'availability of web: service default 99.9% per instance',
      'availability of pricing: service default 99.9% per instance',
    ]);
  });

  it('does not report calls with a breaker, equally available dependencies, store reads, client or balancer calls', () => {
    const m = new ModelBuilder();
    const browser = m.component('browser', 'client');
    const lb = m.component('lb', 'load-balancer');
    m.connect(lb, m.component('weak', 'service', { capacity: { availability: 0.9 } }), 'sync');
    const web = m.component('web', 'service');
    const search = m.component('search-api', 'service');
    const fx = m.component('fx', 'external-api');
    const db = m.component('db', 'database', { capacity: { availability: 0.99 } });
    m.connect(browser, fx, 'sync');
    m.connect(web, search, 'sync');
    m.connect(web, fx, 'sync', { circuitBreaker: true });
    m.connect(web, db, 'read');
    expect(reportsOf(noCircuitBreaker, m.build())).toEqual([]);
  });
});
