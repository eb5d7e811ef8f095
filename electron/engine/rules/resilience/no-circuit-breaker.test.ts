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
    expect(reports[0]!.keyTargets).toEqual([checkout]);
    expect(reports[0]!.message).toBe('checkout calls a weaker dependency without a circuit breaker: card-processor (third-party API).');
    expect(reports[0]!.evidence).toMatchObject({ calls: 1, external: 1 });
  });

  it('reports a call to a less available dependency, with both figures', () => {
    const m = new ModelBuilder();
    const web = m.component('web', 'service', { capacity: { availability: 0.9999 } });
    const legacy = m.component('legacy-pricing', 'service', { capacity: { availability: 0.99 } });
    const call = m.connect(web, legacy, 'sync');
    const reports = reportsOf(noCircuitBreaker, m.build());
    expect(targetsOf(reports)).toEqual([[web, legacy, call]]);
    // Effective figures come from the availability analysis (instances and zones), so match the shape.
    expect(reports[0]!.message).toMatch(/^web calls a weaker dependency without a circuit breaker: legacy-pricing \(99(\.\d+)?%, below web's 99\.9\d*%\)\.$/);
    expect(reports[0]!.assumed).toBeUndefined();
    expect(reports[0]!.evidence).toMatchObject({ calls: 1, external: 0, callerAvailability: expect.any(Number), lowestCalleeAvailability: expect.any(Number) });
    const { callerAvailability, lowestCalleeAvailability } = reports[0]!.evidence as { callerAvailability: number; lowestCalleeAvailability: number };
    expect(lowestCalleeAvailability).toBeLessThan(callerAvailability);
  });

  it("gathers all of a caller's weaker dependencies in one finding, each callee named once as a target", () => {
    const m = new ModelBuilder();
    const web = m.component('web', 'service', { capacity: { availability: 0.9999 } });
    const fx = m.component('fx', 'external-api');
    const legacy = m.component('legacy', 'service', { capacity: { availability: 0.99 } });
    const quote = m.connect(web, fx, 'sync');
    const convert = m.connect(web, fx, 'sync', { mutating: true });
    const price = m.connect(web, legacy, 'sync');
    const reports = reportsOf(noCircuitBreaker, m.build());
    expect(targetsOf(reports)).toEqual([[web, fx, legacy, quote, convert, price]]);
    expect(reports[0]!.message).toMatch(
      /^web calls 3 weaker dependencies without a circuit breaker: fx \(third-party API\), fx \(third-party API\), legacy \(99/,
    );
    expect(reports[0]!.evidence).toMatchObject({ calls: 3, external: 2 });
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

  it('does not ask start-up calls or monitoring connections for a breaker', () => {
    const m = new ModelBuilder();
    const web = m.component('web', 'service', { capacity: { availability: 0.9999 } });
    const github = m.component('github', 'external-api');
    const metrics = m.component('metrics', 'monitoring', { capacity: { availability: 0.9 } });
    m.connect(web, github, 'sync', { dependency: 'startup' });
    m.connect(web, github, 'sync', { callsPerRequest: 0 });
    m.connect(web, metrics, 'sync');
    m.connect(metrics, github, 'sync');
    expect(reportsOf(noCircuitBreaker, m.build())).toEqual([]);
  });
});
