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
    expect(reports[0]!.message).toContain('web keeps user sessions in process memory');
    expect(reports[0]!.severity).toBe('error');
    expect(reports[0]!.evidence).toMatchObject({ instances: 3 });
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
    expect(reports[0]!.message).toContain('edge-lb uses sticky sessions to web');
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
