import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../testing/modelBuilder';
import { prepareInput } from './topology';
import { Requirements } from './requirements';
import { analyzeSpof } from './spof';

function spofsOf(m: ModelBuilder) {
  const input = prepareInput(m.build());
  return analyzeSpof(input, new Requirements(input)).spofs;
}

describe('single points of failure', () => {
  it('finds every single-instance hard dependency and skips redundant ones and the client', () => {
    const m = new ModelBuilder();
    const users = m.component('users', 'client');
    const lb = m.component('lb', 'load-balancer');
    const web = m.component('web', 'service', { deployment: { instances: 3 } });
    const db = m.component('db', 'database');
    const standbyDb = m.component('standby-db', 'database', { deployment: { failover: 'standby' } });
    const storage = m.component('storage', 'object-storage');
    m.connect(users, lb);
    m.connect(lb, web);
    m.connect(web, db, 'read');
    m.connect(web, standbyDb, 'write');
    m.connect(web, storage, 'write');
    m.entry(users, 100);
    const spofs = spofsOf(m);
    // lb and db have one instance; web has 3, standby-db fails over, storage is managed-elastic
    expect(spofs.map((s) => s.componentId).sort()).toEqual([lb, db].sort());
    expect(spofs[0]!.entryPointIds).toEqual([users]);
    expect(spofs[0]!.blastRadius).toBe(1);
    expect(spofs[0]!.lostRps).toBe(100);
  });

  it('is exact with alternatives: only what every alternative needs is a SPOF', () => {
    const m = new ModelBuilder();
    const users = m.component('users', 'client');
    const api = m.component('api', 'service', { deployment: { instances: 2 } });
    const a = m.component('search-a', 'service');
    const b = m.component('search-b', 'service');
    const index = m.component('index', 'search');
    const onlyA = m.component('only-a', 'cache');
    m.connect(users, api);
    m.connect(api, a, 'sync', { alternativeGroup: 'search' });
    m.connect(api, b, 'sync', { alternativeGroup: 'search' });
    m.connect(a, index, 'read');
    m.connect(b, index, 'read');
    m.connect(a, onlyA, 'read');
    m.entry(users, 10);
    // search-a, search-b and only-a each have a working alternative; index is needed by both
    expect(spofsOf(m).map((s) => s.componentId)).toEqual([index]);
  });

  it('computes blast radius as the share of entry-point traffic lost', () => {
    const m = new ModelBuilder();
    const web = m.component('web', 'client');
    const mobile = m.component('mobile', 'client');
    const shop = m.component('shop', 'service');
    const auth = m.component('auth', 'identity');
    m.connect(web, shop);
    m.connect(mobile, shop);
    m.connect(mobile, auth);
    m.connect(shop, auth, 'sync', { dependency: 'soft' });
    m.entry(web, 300).entry(mobile, 100);
    const spofs = spofsOf(m);
    // shop takes both down: (300 + 100) / 400 = 1; auth only mobile (shop's call is soft): 100 / 400 = 0.25
    expect(spofs.map((s) => [s.componentId, s.blastRadius, s.lostRps])).toEqual([
      [shop, 1, 400],
      [auth, 0.25, 100],
    ]);
    expect(spofs[0]!.entryPointIds).toEqual([web, mobile]);
  });

  it('reports a non-client entry point itself, terminates on cycles, and gives 0 blast radius at 0 rps', () => {
    const m = new ModelBuilder();
    const gateway = m.component('gateway', 'api-gateway');
    const a = m.component('a', 'service');
    m.connect(gateway, a);
    m.connect(a, gateway);
    m.connect(a, a, 'sync', { alternativeGroup: 'self' });
    m.entry(gateway, 0);
    const spofs = spofsOf(m);
    expect(spofs.map((s) => s.componentId).sort()).toEqual([gateway, a].sort());
    expect(spofs.every((s) => s.blastRadius === 0)).toBe(true);
  });

  it('handles 10,000 components and 30,000 connections with 200 alternative groups (timing is measured by npm run bench)', () => {
    const m = new ModelBuilder();
    const ids: string[] = [];
    for (let i = 0; i < 10_000; i++) ids.push(m.component(`c${i}`, 'service'));
    for (let i = 0; i < 10_000; i++) {
      for (const step of [1, 7, 31]) {
        const j = i + step;
        if (j < 10_000) m.connect(ids[i]!, ids[j]!, 'sync', step === 31 ? { alternativeGroup: 'g' } : {});
      }
      // every 50th component also has a real two-member alternative group
      if (i % 50 === 0 && i + 40 < 10_000) {
        m.connect(ids[i]!, ids[i + 39]!, 'sync', { alternativeGroup: 'pair' });
        m.connect(ids[i]!, ids[i + 40]!, 'sync', { alternativeGroup: 'pair' });
      }
    }
    for (let i = 0; i < 20; i++) m.entry(ids[i * 100]!, 10);
    const input = prepareInput(m.build());
    const spofs = analyzeSpof(input, new Requirements(input)).spofs;
    // everything downstream of the first entry point via step-1 links is required
    expect(spofs.length).toBe(10_000);
  });
});
