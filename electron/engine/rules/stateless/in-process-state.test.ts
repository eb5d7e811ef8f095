import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf, targetsOf } from '../../testing/ruleTester';
import { inProcessState } from './in-process-state';

describe('stateless/in-process-state', () => {
  it('warns when several instances each keep their own state', () => {
    const m = new ModelBuilder();
    const ranker = m.component('ranker', 'service', { state: { inProcess: ['model', 'cache'] }, deployment: { instances: 3 } });
    const reports = reportsOf(inProcessState, m.build());
    expect(targetsOf(reports)).toEqual([[ranker]]);
    expect(reports[0]!.keyTargets).toEqual([]);
    expect(reports[0]!.message).toBe('ranker holds a model loaded in memory and an in-process cache; each of its 3 instances builds and keeps its own copy.');
    expect(reports[0]!.severity).toBe('warning');
    expect(reports[0]!.evidence).toEqual({ components: 1, instances: 3, instancesNeeded: 0, stateKinds: 2 });
  });

  it('warns when growth needs more than one instance', () => {
    const m = new ModelBuilder();
    const users = m.component('users', 'client');
    const api = m.component('api', 'service', { state: { inProcess: ['registry'] }, capacity: { ratePerInstance: 100 } });
    m.connect(users, api);
    m.entry(users, 50);
    const reports = reportsOf(inProcessState, m.build());
    expect(targetsOf(reports)).toEqual([[api]]);
    // 50/s × 10 / (100/s × 0.7) → 8 instances at the growth target.
    expect(reports[0]!.evidence).toMatchObject({ instances: 1, instancesNeeded: 8 });
    expect(reports[0]!.severity).toBe('warning');
  });

  it('keeps a lone instance with no growth need at info', () => {
    const m = new ModelBuilder();
    m.component('admin', 'service', { state: { inProcess: ['cache'] } });
    const reports = reportsOf(inProcessState, m.build());
    expect(reports).toHaveLength(1);
    expect(reports[0]!.severity).toBeUndefined();
    expect(reports[0]!.message).toContain('every new instance must rebuild it');
  });

  it('reports every tier with in-process state in one finding keyed by the rule, a warning when any runs several instances', () => {
    const m = new ModelBuilder();
    const admin = m.component('admin', 'service', { state: { inProcess: ['cache'] } });
    const ranker = m.component('ranker', 'service', { state: { inProcess: ['model', 'cache'] }, deployment: { instances: 3 } });
    const reports = reportsOf(inProcessState, m.build());
    expect(targetsOf(reports)).toEqual([[admin, ranker]]);
    expect(reports[0]!.keyTargets).toEqual([]);
    expect(reports[0]!.message).toBe(
      '2 components keep state inside each instance, which every new instance must rebuild and all must keep consistent: admin (an in-process cache; one instance) and ranker (a model loaded in memory and an in-process cache; 3 instances).',
    );
    expect(reports[0]!.severity).toBe('warning');
    expect(reports[0]!.evidence).toEqual({ components: 2, worst: 'ranker', instances: 3, instancesNeeded: 0, stateKinds: 2 });
  });

  it('keeps a group of lone instances with no growth need at info', () => {
    const m = new ModelBuilder();
    m.component('admin', 'service', { state: { inProcess: ['cache'] } });
    m.component('jobs', 'worker', { state: { inProcess: ['registry'] } });
    const reports = reportsOf(inProcessState, m.build());
    expect(reports).toHaveLength(1);
    expect(reports[0]!.severity).toBeUndefined();
  });

  it('does not report tiers without in-process state, or stores', () => {
    const m = new ModelBuilder();
    m.component('web', 'service', { state: { inProcess: [] } });
    m.component('cache', 'cache', { state: { inProcess: ['cache'] } });
    expect(reportsOf(inProcessState, m.build())).toEqual([]);
  });
});
