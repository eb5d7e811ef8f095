import { describe, expect, it } from 'vitest';
import type { Project } from '../../../shared/model/project';
import type { Severity } from '../../../shared/model/review';
import { ModelBuilder } from '../testing/modelBuilder';
import { createRuleContext } from '../context';
import { impactAssessor } from './impact';

/** The impact a finding of `ruleId` on these targets gets, as runCheck computes it. */
function impactOf(project: Project, ruleId: string, components: string[], severity: Severity = 'warning', connections: string[] = []) {
  return impactAssessor(createRuleContext(project))(ruleId)({ components, connections }, severity);
}

/**
 * shoppers (200/s) → web → orders-db; staff (50/s) → backoffice → orders-db. orders-db takes
 * 250 queries/s of 400 it sustains (70% target: headroom 1.12×). Everything runs one instance.
 */
function shop(extra: (m: ModelBuilder, ids: { web: string; backoffice: string; db: string }) => void = () => {}) {
  const m = new ModelBuilder();
  const shoppers = m.component('shoppers', 'client');
  const staff = m.component('staff', 'client');
  const web = m.component('web', 'service');
  const backoffice = m.component('backoffice', 'service', { state: { sessions: 'in-memory' } });
  const db = m.component('orders-db', 'database', { capacity: { ratePerInstance: 400 } });
  m.connect(shoppers, web);
  m.connect(staff, backoffice);
  m.connect(web, db, 'read');
  m.connect(backoffice, db, 'write');
  m.entry(shoppers, 200).entry(staff, 50);
  const ids = { shoppers, staff, web, backoffice, db };
  extra(m, ids);
  return { project: m.build(), ...ids };
}

describe('outage impact', () => {
  const { project, web, db, backoffice, shoppers } = shop();

  it("takes a single point of failure's lost traffic from the spof analysis, longer for a store", () => {
    const database = impactOf(project, 'redundancy/single-point-of-failure', [db], 'error');
    expect(database).toMatchObject({ risk: 'outage', trafficShare: 1, rps: 250, breaksAt: null, dataAtRisk: null, score: 100 });
    expect(database.summary).toBe('takes down 100% of traffic (250 req/s) until it is recovered');
    const service = impactOf(project, 'redundancy/single-point-of-failure', [web], 'error');
    expect(service).toMatchObject({ trafficShare: 0.8, rps: 200 });
    expect(service.summary).toBe('takes down 80% of traffic (200 req/s) until it is restarted');
    expect(service.score).toBeLessThan(database.score);
  });

  it('names an entry point with no stated rate that a single point of failure takes down, and keeps it above lesser risks', () => {
    const { project: timed } = shop((m) => {
      const timer = m.component('timer', 'client');
      m.connect(timer, m.component('scheduler', 'service'));
      m.entry(timer, 0);
    });
    const scheduler = timed.components.find((c) => c.name === 'scheduler')!.id;
    const lost = impactOf(timed, 'redundancy/single-point-of-failure', [scheduler], 'error');
    expect(lost).toMatchObject({ risk: 'outage', trafficShare: 0, rps: 0, score: 20 });
    expect(lost.summary).toBe('takes down the entry point timer until it is restarted');
    // An outage of something no entry-point traffic reaches is barely one.
    const nobody = impactOf(timed, 'redundancy/single-zone', [scheduler]);
    expect(nobody.summary).toBe('a zone outage takes down no entry-point traffic today');
    expect(nobody.score).toBe(5);
  });

  it('takes the worst member of a finding with several targets', () => {
    const both = impactOf(project, 'redundancy/single-point-of-failure', [web, db], 'error');
    expect(both).toMatchObject({ trafficShare: 1, rps: 250, score: 100 });
    expect(both.summary).toBe('any one of these 2 failing takes down 100% of traffic (250 req/s) until it is recovered');
  });

  it('weighs sessions lost on restart by the traffic that reaches the tier', () => {
    const sessions = impactOf(project, 'stateless/in-memory-sessions', [backoffice]);
    expect(sessions).toMatchObject({ risk: 'outage', trafficShare: 0.2, rps: 50 });
    expect(sessions.summary).toBe('a restart or a lost instance logs out the users behind 20% of traffic (50 req/s)');
    expect(sessions.score).toBe(28);
  });

  it('weighs an entry point below target by its traffic and how far it misses', () => {
    const missed = impactOf(project, 'redundancy/availability-below-target', [shoppers]);
    expect(missed).toMatchObject({ risk: 'outage', trafficShare: 0.8, rps: 200 });
    // web 99.9% × orders-db 99.9% (each in one unstated zone of 99.99%): about 2.2 times the 43.2-minute budget
    expect(missed.summary).toMatch(/^down about 9\d minutes a month against 43.2 allowed, for 80% of traffic \(200 req\/s\)$/);
    expect(missed.score).toBeGreaterThan(50);
    expect(missed.score).toBeLessThan(60);
  });

  it('finds the third-party API behind a finding that names only its caller and the connection', () => {
    let call = '';
    const withStripe = shop((m, ids) => {
      const stripe = m.component('stripe', 'external-api');
      call = m.connect(ids.backoffice, stripe);
    });
    const vendor = impactOf(withStripe.project, 'resilience/external-without-fallback', [withStripe.backoffice], 'warning', [call]);
    expect(vendor).toMatchObject({ risk: 'outage', trafficShare: 0.2, rps: 50 });
    expect(vendor.summary).toBe('an outage of the third-party API fails 20% of traffic (50 req/s)');
  });
});

describe('capacity impact', () => {
  it("breaks at the growth analysis's headroom", () => {
    const { project, db } = shop();
    const rewrite = impactOf(project, 'growth/rewrite-required', [db], 'error');
    expect(rewrite).toMatchObject({ risk: 'capacity', breaksAt: 1.12, trafficShare: 1, dataAtRisk: null });
    expect(rewrite.summary).toBe("breaks at 1.1× today's load and needs a redesign, not more instances");
    expect(rewrite.score).toBeGreaterThan(85);
  });

  it("ranks a limit that rests on a kind's default capacity below the same limit stated, and says so", () => {
    const stated = shop();
    const assumed = shop((m, ids) => m.update(ids.db, (c) => ({ ...c, capacity: undefined })));
    const fromModel = impactOf(stated.project, 'growth/rewrite-required', [stated.db], 'error');
    const fromDefault = impactOf(assumed.project, 'growth/rewrite-required', [assumed.db], 'error');
    // orders-db at the database default of 2,000/s: 250 of 1,400 at the 70% target, headroom 5.6×
    expect(fromDefault.breaksAt).toBe(5.6);
    expect(fromDefault.summary).toBe("breaks at 5.6× today's load and needs a redesign, not more instances (on a default capacity)");
    const sameMultiple = shop((m, ids) => m.update(ids.db, (c) => ({ ...c, capacity: { ratePerInstance: 2000 } })));
    const statedSame = impactOf(sameMultiple.project, 'growth/rewrite-required', [sameMultiple.db], 'error');
    expect(statedSame.breaksAt).toBe(5.6);
    expect(fromDefault.score).toBeCloseTo(statedSame.score * 0.6, 0);
    expect(fromModel.summary).not.toContain('default');
  });

  it('is past its limit today when saturated now', () => {
    const { project, web } = shop((m, ids) => m.update(ids.web, (c) => ({ ...c, capacity: { ratePerInstance: 220 } })));
    const saturated = impactOf(project, 'growth/saturated-now', [web]);
    expect(saturated.breaksAt).toBe(0.77);
    expect(saturated.summary).toBe('already runs at 90.9% of its capacity today (target 70%)');
    // 90 + 10 × (1 − 0.77), weighted by the 80% of traffic web carries
    expect(saturated.score).toBe(86.8);
  });

  it('ranks data that monthly growth fills within the horizon as breaking at the growth target', () => {
    const { project, db } = shop((m, ids) => m.update(ids.db, (c) => ({ ...c, data: { sizeGb: 100, singleNodeLimitGb: 2000, growthGbPerMonth: 200 } })));
    const data = impactOf(project, 'growth/data-outgrows-node', [db]);
    expect(data.breaksAt).toBe(20);
    expect(data.summary).toBe("its data outgrows one node at 20× today's size (in about 10 months at 200 GB a month)");
    expect(data.score).toBe(40);
  });

  it('runs out of connections where pooled connections cross the limit', () => {
    // 2 web instances today, pool 10 each = 20 of 30 allowed; more instances at 10× push past it.
    const { project, db } = shop((m, ids) => {
      m.update(ids.web, (c) => ({ ...c, deployment: { instances: 2 }, capacity: { ratePerInstance: 100, poolSize: 10 } }));
      m.update(ids.backoffice, (c) => ({ ...c, capacity: { poolSize: 0 + 1 } }));
      m.update(ids.db, (c) => ({ ...c, capacity: { ratePerInstance: 400, maxConnections: 30 } }));
    });
    const connections = impactOf(project, 'growth/connection-exhaustion', [db]);
    expect(connections.risk).toBe('capacity');
    expect(connections.breaksAt).toBeGreaterThan(1);
    expect(connections.breaksAt).toBeLessThan(10);
    expect(connections.summary).toMatch(/^runs out of connections at \d\.\d× today's load$/);
  });
});

describe('data-loss impact', () => {
  function stores() {
    return shop((m, ids) => {
      const files = m.component('files', 'object-storage');
      const search = m.component('search', 'search');
      const backedUp = m.component('ledger', 'database', { data: { backups: { enabled: true } } });
      m.connect(ids.web, files, 'read');
      m.connect(ids.backoffice, search, 'write');
      m.connect(ids.backoffice, backedUp, 'write');
      Object.assign(ids, { files, search, backedUp });
    });
  }

  it('counts the stores whose data can be lost, weighted by the busiest', () => {
    const { project, db, web, backoffice } = stores();
    const [files, search] = project.components.filter((c) => c.name === 'files' || c.name === 'search').map((c) => c.id);
    const lost = impactOf(project, 'redundancy/no-backup', [db, files!, search!], 'error');
    expect(lost).toMatchObject({ risk: 'data-loss', dataAtRisk: 3, trafficShare: 1, rps: 250, score: 65 });
    expect(lost.summary).toBe('the data of 3 stores can be lost for good: no backups; 100% of traffic uses them');
    // Compute targets of a data rule are not stores: they are left out of the count.
    expect(impactOf(project, 'redundancy/no-backup', [db, web, backoffice], 'error').dataAtRisk).toBe(1);
  });

  it('loses less when backups exist, and a side store weighs less than the main one', () => {
    const { project, db } = stores();
    const ledger = project.components.find((c) => c.name === 'ledger')!.id;
    const partial = impactOf(project, 'redundancy/no-backup', [ledger]);
    expect(partial.summary).toBe('changes since its last backup can be lost; 20% of traffic uses it');
    expect(partial.score).toBeLessThan(impactOf(project, 'redundancy/no-backup', [db]).score);
    expect(partial.score).toBe(16.5);
  });
});

describe('hygiene impact', () => {
  it('is one shared object per rule and severity, scored by severity', () => {
    const { project, web, db } = shop();
    const timeouts = impactAssessor(createRuleContext(project))('resilience/no-timeout');
    const first = timeouts({ components: [web], connections: [] }, 'warning');
    expect(first).toEqual({
      risk: 'hygiene',
      summary: 'a slow dependency ties up its callers',
      score: 2,
      trafficShare: null,
      rps: null,
      breaksAt: null,
      dataAtRisk: null,
    });
    expect(timeouts({ components: [db], connections: [] }, 'warning')).toBe(first);
    expect(timeouts({ components: [db], connections: [] }, 'error').score).toBe(3);
  });

  it('treats a rule the table does not know as hygiene', () => {
    const { project, web } = shop();
    expect(impactOf(project, 'made-up/rule', [web], 'error')).toMatchObject({ risk: 'hygiene', score: 3 });
  });
});
