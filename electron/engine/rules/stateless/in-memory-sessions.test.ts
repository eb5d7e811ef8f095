import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf, targetsOf } from '../../testing/ruleTester';
import { inMemorySessions } from './in-memory-sessions';

describe('stateless/in-memory-sessions', () => {
  it('reports sessions in process memory, as an error once there are several instances', () => {
    const m = new ModelBuilder();
    const web = m.component('web', 'service', { state: { sessions: 'in-memory' }, deployment: { instances: 3 } });
    const reports = reportsOf(inMemorySessions, m.build());
    expect(targetsOf(reports)).toEqual([[web]]);
    expect(reports[0]!.keyTargets).toEqual([]);
    expect(reports[0]!.message).toBe('web keeps user sessions in process memory; a restart or a new instance loses them.');
    expect(reports[0]!.severity).toBe('error');
    expect(reports[0]!.evidence).toEqual({ components: 1, inMemory: 1, instances: 3, stickyBalancers: 0, tiersBehind: 0 });
  });

  it('names a sticky balancer in front and keeps the default severity', () => {
    const m = new ModelBuilder();
    const lb = m.component('edge-lb', 'load-balancer', { deployment: { stickySessions: true } });
    const web = m.component('web', 'service', { state: { sessions: 'in-memory' }, deployment: { instances: 2 } });
    m.connect(lb, web);
    const reports = reportsOf(inMemorySessions, m.build());
    expect(targetsOf(reports)).toEqual([[web]]);
    expect(reports[0]!.message).toContain('edge-lb pins each user to one instance');
    expect(reports[0]!.severity).toBeUndefined();
  });

  it('reports sticky sessions in front of tiers that do not state stateless sessions', () => {
    const m = new ModelBuilder();
    const lb = m.component('edge-lb', 'load-balancer', { deployment: { stickySessions: true } });
    const web = m.component('web', 'service');
    m.connect(lb, web);
    const reports = reportsOf(inMemorySessions, m.build());
    expect(targetsOf(reports)).toEqual([[lb, web]]);
    expect(reports[0]!.message).toBe(
      'edge-lb uses sticky sessions to web, so each user is bound to one instance: load spreads unevenly and a failed instance drops its users.',
    );
  });

  it('reports every tier and balancer that ties sessions to an instance in one finding keyed by the rule, with the tiers behind a balancer once each', () => {
    const m = new ModelBuilder();
    const pinned = m.component('pinned-lb', 'load-balancer', { deployment: { stickySessions: true } });
    const web = m.component('web', 'service', { state: { sessions: 'in-memory' }, deployment: { instances: 2 } });
    const admin = m.component('admin', 'service', { state: { sessions: 'in-memory' }, deployment: { instances: 2 } });
    const edge = m.component('edge-lb', 'load-balancer', { deployment: { stickySessions: true } });
    const inner = m.component('inner-lb', 'load-balancer', { deployment: { stickySessions: true } });
    const api = m.component('api', 'service');
    m.connect(pinned, web);
    m.connect(edge, api);
    m.connect(inner, api);
    const reports = reportsOf(inMemorySessions, m.build());
    expect(targetsOf(reports)).toEqual([[web, admin, edge, inner, api]]);
    expect(reports[0]!.keyTargets).toEqual([]);
    expect(reports[0]!.message).toBe(
      "4 components tie each user's session to one instance, so a restart or a failed instance loses those users' sessions and load spreads unevenly: web (sessions in process memory, pinned by pinned-lb), admin (sessions in process memory), edge-lb (sticky sessions to api) and inner-lb (sticky sessions to api).",
    );
    // admin runs two instances with nothing pinning its users: they lose their sessions today.
    expect(reports[0]!.severity).toBe('error');
    expect(reports[0]!.evidence).toEqual({ components: 4, inMemory: 2, instances: 2, stickyBalancers: 3, tiersBehind: 1 });
  });

  it('does not report signed-cookie or external-store sessions, even behind a sticky balancer', () => {
    const m = new ModelBuilder();
    const lb = m.component('edge-lb', 'load-balancer', { deployment: { stickySessions: true } });
    const web = m.component('web', 'service', { state: { sessions: 'signed-cookie' }, deployment: { instances: 4 } });
    const api = m.component('api', 'service', { state: { sessions: 'external-store' } });
    m.connect(lb, web);
    m.connect(lb, api);
    m.component('plain-lb', 'load-balancer');
    expect(reportsOf(inMemorySessions, m.build())).toEqual([]);
  });
});
