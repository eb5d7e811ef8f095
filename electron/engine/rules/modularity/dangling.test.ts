import { describe, expect, it } from 'vitest';
import type { Project } from '../../../../shared/model/project';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf, targetsOf } from '../../testing/ruleTester';
import { dangling } from './dangling';

describe('modularity/dangling', () => {
  it('reports a connection to a missing component as an error, even though validation forbids it', () => {
    const m = new ModelBuilder();
    const api = m.component('api', 'service');
    const db = m.component('db', 'database');
    m.connect(api, db, 'read');
    const valid = m.build();
    const ghost = '00000000-0000-4000-8000-0000000000ff';
    const broken = {
      ...valid,
      connections: [...valid.connections, { id: '00000000-0000-4000-8000-0000000000fe', from: api, to: ghost, kind: 'sync' }],
    } as Project;
    const reports = reportsOf(dangling, broken);
    expect(targetsOf(reports)).toEqual([[api, '00000000-0000-4000-8000-0000000000fe']]);
    expect(reports[0]!.severity).toBe('error');
    expect(reports[0]!.message).toBe(`Connection 00000000-0000-4000-8000-0000000000fe refers to a component that does not exist (${ghost}).`);
  });

  it('reports components without any connection as info', () => {
    const m = new ModelBuilder();
    const api = m.component('api', 'service');
    const db = m.component('db', 'database');
    const orphan = m.component('legacy-reports', 'worker');
    m.connect(api, db, 'read');
    const reports = reportsOf(dangling, m.build());
    expect(targetsOf(reports)).toEqual([[orphan]]);
    expect(reports[0]!.severity).toBeUndefined();
    expect(reports[0]!.message).toBe('legacy-reports has no connections: no load reaches it and nothing depends on it.');
  });

  it('groups the unconnected components into one finding keyed by the rule, apart from each dangling connection', () => {
    const m = new ModelBuilder();
    const api = m.component('api', 'service');
    const db = m.component('db', 'database');
    const legacy = m.component('legacy-reports', 'worker');
    const cron = m.component('old-cron', 'worker');
    m.connect(api, db, 'read');
    const valid = m.build();
    const ghost = '00000000-0000-4000-8000-0000000000ff';
    const broken = {
      ...valid,
      connections: [...valid.connections, { id: '00000000-0000-4000-8000-0000000000fe', from: api, to: ghost, kind: 'sync' }],
    } as Project;
    const reports = reportsOf(dangling, broken);
    expect(targetsOf(reports)).toEqual([
      [api, '00000000-0000-4000-8000-0000000000fe'],
      [legacy, cron],
    ]);
    expect(reports[0]!.keyTargets).toBeUndefined();
    expect(reports[1]!.keyTargets).toEqual([]);
    expect(reports[1]!.message).toBe('2 components have no connections, so no load reaches them and nothing depends on them: legacy-reports and old-cron.');
    expect(reports[1]!.evidence).toEqual({ components: 2 });
  });

  it('does not report a connected graph, or a cache used only as cached-by', () => {
    const m = new ModelBuilder();
    const users = m.component('users', 'client');
    const api = m.component('api', 'service');
    const db = m.component('db', 'database');
    const cache = m.component('cache', 'cache');
    m.connect(users, api);
    m.connect(api, db, 'read', { cachedBy: cache });
    expect(reportsOf(dangling, m.build())).toEqual([]);
  });

  it('reports a connection from a running component to one that is not deployed, but not between two undeployed ones', () => {
    const m = new ModelBuilder();
    const page = m.component('productpage', 'service');
    const v2 = m.component('ratings-v2', 'service', { deployment: { instances: 0 } });
    const mongo = m.component('mongodb', 'database', { deployment: { instances: 0 } });
    const call = m.connect(page, v2);
    m.connect(v2, mongo, 'read');
    m.entry(page, 10);
    const reports = reportsOf(dangling, m.build());
    expect(targetsOf(reports)).toEqual([[page, v2, call]]);
    expect(reports[0]!.message).toBe('productpage depends on ratings-v2, which is not deployed (0 instances): what it sends there has nowhere to go.');
    expect(reports[0]!.severity).toBe('warning');
  });

  it('does not report a connection to a component that autoscales from zero', () => {
    const m = new ModelBuilder();
    const api = m.component('api', 'service');
    m.connect(api, m.component('thumbnails', 'function', { deployment: { instances: 0, autoscaling: true } }));
    m.entry(api, 10);
    expect(reportsOf(dangling, m.build())).toEqual([]);
  });
});
