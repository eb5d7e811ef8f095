import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../testing/modelBuilder';
import { prepareInput } from './topology';
import { analyzeLoad } from './load';
import { analyzeGrowth } from './growth';

function growthOf(m: ModelBuilder, growthFactor?: number) {
  const project = m.build();
  const input = prepareInput(project, undefined, growthFactor ?? project.workload.growthFactor);
  const analysis = analyzeGrowth(input, analyzeLoad(input));
  const byId = new Map(analysis.components.map((c) => [c.componentId, c]));
  return { ...analysis, of: (id: string) => byId.get(id)! };
}

/** users → api (horizontal) → db (single-writer); 100/s today. */
function shop(fields: { apiInstances?: number; apiMax?: number; dbRate?: number; readShare?: number } = {}) {
  const m = new ModelBuilder();
  const users = m.component('users', 'client');
  const api = m.component('api', 'service', {
    capacity: { ratePerInstance: 100 },
    deployment: { instances: fields.apiInstances ?? 2, ...(fields.apiMax ? { maxInstances: fields.apiMax } : {}) },
  });
  const db = m.component('orders-db', 'database', {
    capacity: { ratePerInstance: fields.dbRate ?? 500 },
    ...(fields.readShare !== undefined ? { data: { readShare: fields.readShare } } : {}),
  });
  m.connect(users, api);
  m.connect(api, db, 'read');
  m.entry(users, 100);
  return { m, users, api, db };
}

describe('growth analysis', () => {
  it('computes instances needed, headroom and verdicts at 10×', () => {
    const { m, api, db } = shop();
    const growth = growthOf(m);
    // api: 100/s × 10 = 1,000/s; needs ceil(1,000 / (100 × 0.7)) = ceil(14.29) = 15 instances; horizontal, unbounded
    expect(growth.of(api).rateAtGrowth).toBe(1000);
    expect(growth.of(api).instancesNeeded).toBe(15);
    expect(growth.of(api).utilizationAtGrowth).toBeCloseTo(1000 / 200, 10);
    expect(growth.of(api).headroom).toBeNull();
    expect(growth.of(api).verdict).toBe('scale-out');
    // db: 1,000/s needs ceil(1,000 / (500 × 0.7)) = ceil(2.86) = 3 but one writer is allowed → rewrite
    // headroom = 1 × 500 × 0.7 / 100 = 3.5
    expect(growth.of(db).instancesNeeded).toBe(3);
    expect(growth.of(db).allowedInstances).toBe(1);
    expect(growth.of(db).headroom).toBeCloseTo(3.5, 10);
    expect(growth.of(db).verdict).toBe('rewrite');
    expect(growth.of(db).blockers).toEqual(['single-writer']);
    // default read share of a database is 0.8: reads dominate → read replicas and a cache;
    // writes at 10× = 1,000 × 0.2 = 200/s ≤ one writer's 350/s → no partitioning needed
    expect(growth.of(db).redesigns).toEqual(['read-replicas', 'cache']);
    expect(growth.breaksFirst).toEqual({ componentId: db, headroom: 3.5 });
    expect(growth.rewrites).toBe(1);
    expect(growth.scaleOuts).toBe(1);
  });

  it('suggests partitioning for a write-heavy single writer', () => {
    const { m, db } = shop({ readShare: 0.2 });
    // writes at 10×: 1,000 × 0.8 = 800/s > 350/s
    expect(growthOf(m).of(db).redesigns).toEqual(['partitioning']);
  });

  it('is ok at G = 1 when today fits, and blocks at max instances', () => {
    const ok = shop();
    // api at 1×: ceil(100 / 70) = 2 ≤ 2 instances; db: ceil(100 / 350) = 1
    const atOne = growthOf(ok.m, 1);
    expect(atOne.of(ok.api).verdict).toBe('ok');
    expect(atOne.of(ok.db).verdict).toBe('ok');
    expect(atOne.rewrites).toBe(0);

    const capped = shop({ apiMax: 10 });
    const growth = growthOf(capped.m);
    // needs 15 > max 10; headroom = 10 × 100 × 0.7 / 100 = 7
    expect(growth.of(capped.api).verdict).toBe('rewrite');
    expect(growth.of(capped.api).blockers).toEqual(['max-instances']);
    expect(growth.of(capped.api).headroom).toBeCloseTo(7, 10);
  });

  it('blocks stateful compute and names stateless sessions, but not a signed-cookie session', () => {
    const m = new ModelBuilder();
    const users = m.component('users', 'client');
    const web = m.component('web', 'service', { capacity: { ratePerInstance: 100 }, state: { sessions: 'in-memory' } });
    const cookie = m.component('cookie-web', 'service', { capacity: { ratePerInstance: 100 }, state: { sessions: 'signed-cookie' } });
    m.connect(users, web);
    m.connect(users, cookie);
    m.entry(users, 50);
    const growth = growthOf(m);
    // 500/s needs ceil(500 / 70) = 8 instances; a stateful web tier may keep only its 1
    expect(growth.of(web).verdict).toBe('rewrite');
    expect(growth.of(web).blockers).toEqual(['stateful']);
    expect(growth.of(web).redesigns).toContain('stateless-sessions');
    expect(growth.of(cookie).verdict).toBe('scale-out');
  });

  it('names partitioning for a vertical-only queue and a queue for heavy work', () => {
    const m = new ModelBuilder();
    const users = m.component('users', 'client');
    const api = m.component('api', 'service', { capacity: { ratePerInstance: 100 }, deployment: { scalingMode: 'vertical-only' }, heavyWork: ['pdf-report'] });
    const queue = m.component('events', 'queue', { capacity: { ratePerInstance: 200 } });
    m.connect(users, api);
    m.connect(api, queue, 'async');
    m.entry(users, 100);
    const growth = growthOf(m);
    expect(growth.of(api).blockers).toEqual(['vertical-only']);
    expect(growth.of(api).redesigns[0]).toBe('queue');
    // queue: 1,000/s needs ceil(1,000 / 140) = 8 > 1
    expect(growth.of(queue).redesigns).toEqual(['partitioning']);
  });

  it('projects data at G× and at the horizon against the single-node limit', () => {
    const m = new ModelBuilder().withWorkload({ growthHorizonMonths: 24 });
    const db = m.component('db', 'database', { data: { sizeGb: 150, growthGbPerMonth: 10 } });
    const archived = m.component('archived', 'database', { data: { sizeGb: 300, retention: true } });
    const small = m.component('small', 'database', { data: { sizeGb: 100, growthGbPerMonth: 10 } });
    const growth = growthOf(m);
    // 150 × 10 = 1,500 GB; 150 + 10 × 24 = 390 GB; limit 2,000 → fits
    expect(growth.of(db).dataAtGrowthGb).toBe(1500);
    expect(growth.of(db).dataAtHorizonGb).toBe(390);
    expect(growth.of(db).singleNodeLimitGb).toBe(2000);
    expect(growth.of(db).dataOutgrowsNode).toBe(false);
    // 300 × 10 = 3,000 > 2,000 but retention is planned
    expect(growth.of(archived).dataOutgrowsNode).toBe(false);
    expect(growth.of(small).dataOutgrowsNode).toBe(false);
    const big = growthOf(m, 20);
    // at 20×: 150 × 20 = 3,000 GB > 2,000
    expect(big.of(db).dataOutgrowsNode).toBe(true);
  });

  it('never produces NaN or Infinity: no entry points, zero instances, G = 1000', () => {
    const m = new ModelBuilder();
    m.component('idle', 'service', { deployment: { instances: 0 } });
    // autoscaling from zero: deployed, with no instance running at rest
    const a = m.component('a', 'service', { deployment: { instances: 0, autoscaling: true } });
    m.entry(a, 10);
    const growth = growthOf(m, 1000);
    expect(JSON.stringify(growth)).not.toMatch(/NaN|Infinity/);
    // zero instances of a horizontal tier: it may add instances without limit, so headroom is unbounded
    expect(growth.of(a).headroom).toBeNull();
    // 10 × 1,000 = 10,000/s needs ceil(10,000 / 350) = 29 instances
    expect(growth.of(a).instancesNeeded).toBe(29);
    expect(growth.of(a).verdict).toBe('scale-out');
    expect(growth.breaksFirst).toBeNull();
  });
});
