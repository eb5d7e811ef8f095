import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../testing/modelBuilder';
import { prepareInput } from './topology';
import { Requirements } from './requirements';
import { analyzeSpof } from './spof';
import { analyzeAvailability } from './availability';
import { analyzeLoad } from './load';
import { analyzeGrowth } from './growth';

function analysesOf(m: ModelBuilder) {
  const input = prepareInput(m.build());
  const requirements = new Requirements(input);
  const load = analyzeLoad(input);
  return {
    input,
    spofs: analyzeSpof(input, requirements).spofs.map((s) => s.componentId),
    availability: analyzeAvailability(input, requirements),
    growth: analyzeGrowth(input, load),
    indexOf: (id: string) => input.indexOf.get(id)!,
  };
}

/** An API that writes to a primary and reads from a replica drawn as its own component. */
function withReplica(primaryFailover?: 'none') {
  const m = new ModelBuilder();
  const users = m.component('users', 'client');
  const api = m.component('api', 'service', { deployment: { instances: 2 } });
  const primary = m.component('postgres', 'database', primaryFailover ? { deployment: { failover: primaryFailover } } : {});
  const replica = m.component('postgres-replica', 'database');
  m.connect(users, api);
  m.connect(api, primary, 'write');
  m.connect(api, replica, 'read', { callsPerRequest: 20 });
  m.connect(primary, replica, 'replication');
  m.entry(users, 500);
  return { m, api, primary, replica };
}

describe('replicas drawn as components', () => {
  it('makes the replica a read replica of its primary: not a single writer, and the primary has a standby', () => {
    const { m, primary, replica } = withReplica();
    const { input, growth, indexOf } = analysesOf(m);
    expect(input.replicaOf[indexOf(replica)]).toBe(indexOf(primary));
    expect(input.readReplicas[indexOf(primary)]).toBe(1);
    expect(input.deployment[indexOf(replica)]!.scalingMode).toBe('horizontal');
    expect(input.deployment[indexOf(primary)]!.failover).toBe('standby');
    // 500 × 20 reads = 10,000/s on the replica: more replicas, not a redesign
    const replicaGrowth = growth.components[indexOf(replica)]!;
    expect(replicaGrowth.verdict).toBe('scale-out');
    expect(replicaGrowth.blockers).toEqual([]);
  });

  it('gives the same growth verdict as stating readReplicas on the primary: only writes bound the primary', () => {
    const drawn = (() => {
      const m = new ModelBuilder();
      const api = m.component('api', 'service', { deployment: { instances: 4 } });
      const primary = m.component('postgres', 'database');
      const replica = m.component('postgres-replica', 'database');
      m.connect(api, primary, 'write', { callsPerRequest: 1 });
      m.connect(api, replica, 'read', { callsPerRequest: 4 });
      m.connect(primary, replica, 'replication');
      m.entry(api, 100);
      return analysesOf(m);
    })();
    const stated = (() => {
      const m = new ModelBuilder();
      const api = m.component('api', 'service', { deployment: { instances: 4 } });
      const primary = m.component('postgres', 'database', { data: { readReplicas: 1, readShare: 0.8 } });
      m.connect(api, primary, 'write', { callsPerRequest: 1 });
      m.connect(api, primary, 'read', { callsPerRequest: 4 });
      m.entry(api, 100);
      return analysesOf(m);
    })();
    // 100 writes/s and 400 reads/s; at 10× the primary takes 1,000 writes/s of its 1,400 budget
    const primaryOf = (a: ReturnType<typeof analysesOf>) => a.growth.components[a.indexOf(a.input.components.find((c) => c.name === 'postgres')!.id)]!;
    expect(primaryOf(drawn).verdict).toBe('ok');
    expect(primaryOf(stated).verdict).toBe('ok');
    expect(primaryOf(stated).headroom).toBeCloseTo(primaryOf(drawn).headroom!, 6);
  });

  it('asks a replicated primary that still breaks to partition its writes, not for read replicas', () => {
    const m = new ModelBuilder();
    const api = m.component('api', 'service', { deployment: { instances: 4 } });
    const primary = m.component('postgres', 'database', { data: { readReplicas: 2, readShare: 0.5 } });
    m.connect(api, primary, 'write');
    m.entry(api, 1000);
    const { growth, indexOf } = analysesOf(m);
    expect(growth.components[indexOf(primary)]).toMatchObject({ verdict: 'rewrite', redesigns: ['partitioning'] });
  });

  it('gives the same standby as stating readReplicas on the primary', () => {
    const m = new ModelBuilder();
    m.component('postgres', 'database', { data: { readReplicas: 2 } });
    const { input } = analysesOf(m);
    expect(input.readReplicas[0]).toBe(2);
    expect(input.deployment[0]!.failover).toBe('standby');
  });

  it('is not a single point of failure: reads fall back to the primary', () => {
    const { m, primary, replica } = withReplica();
    const { spofs } = analysesOf(m);
    expect(spofs).not.toContain(replica);
    expect(spofs).not.toContain(primary);
  });

  it('keeps both as single points of failure when the primary states no failover', () => {
    const { m, primary, replica } = withReplica('none');
    const { spofs, input, indexOf } = analysesOf(m);
    expect(input.deployment[indexOf(primary)]!.failover).toBe('none');
    // the replica's reads can still move to the primary, but the primary cannot be replaced
    expect(spofs).toContain(primary);
    expect(spofs).not.toContain(replica);
  });

  it('does not treat replication into another kind (a backup copy in object storage) as a replica', () => {
    const m = new ModelBuilder();
    m.connect(m.component('db', 'database'), m.component('backups', 'object-storage'), 'replication');
    const { input } = analysesOf(m);
    expect(input.replicaOf[1]).toBe(-1);
    expect(input.deployment[0]!.failover).toBe('none');
  });
});

describe('components that are not deployed and managed components across zones', () => {
  it('leaves a component with 0 instances out of single points of failure and availability', () => {
    const m = new ModelBuilder();
    const users = m.component('users', 'client');
    const api = m.component('api', 'service', { deployment: { instances: 2 } });
    const legacy = m.component('legacy', 'service', { deployment: { instances: 0 } });
    m.connect(users, api);
    m.connect(api, legacy);
    m.entry(users, 100);
    const { spofs, availability } = analysesOf(m);
    expect(spofs).not.toContain(legacy);
    expect(availability.entryPoints[0]!.availability).toBeGreaterThan(0.99);
    const idle = new ModelBuilder();
    const gone = idle.component('gone', 'service', { deployment: { instances: 0 } });
    idle.entry(gone, 10);
    expect(analysesOf(idle).availability.entryPoints).toEqual([]);
  });

  it('does not call a managed load balancer across two zones a single point of failure, but does in one zone', () => {
    const build = (zones: number) => {
      const m = new ModelBuilder();
      const zoneIds = Array.from({ length: zones }, (_, i) => m.zone(`zone-${i}`));
      const users = m.component('users', 'client');
      const lb = m.component('alb', 'load-balancer', { deployment: { managed: true }, zoneIds });
      const web = m.component('web', 'service', { deployment: { instances: 2 } });
      m.connect(users, lb);
      m.connect(lb, web);
      m.entry(users, 100);
      return { m, lb };
    };
    const two = build(2);
    expect(analysesOf(two.m).spofs).not.toContain(two.lb);
    const one = build(1);
    expect(analysesOf(one.m).spofs).toContain(one.lb);
  });

  it('keeps start-up dependencies off request paths', () => {
    const m = new ModelBuilder();
    const users = m.component('users', 'client');
    const api = m.component('api', 'service', { deployment: { instances: 2 } });
    const config = m.component('config-server', 'registry');
    m.connect(users, api);
    m.connect(api, config, 'sync', { dependency: 'startup' });
    m.entry(users, 100);
    expect(analysesOf(m).spofs).not.toContain(config);
  });
});
