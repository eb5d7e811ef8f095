import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf, targetsOf } from '../../testing/ruleTester';
import { dataOutgrowsNode } from './data-outgrows-node';

describe('growth/data-outgrows-node', () => {
  it('reports data that outgrows one node at the growth factor and after the horizon', () => {
    const m = new ModelBuilder();
    const db = m.component('events-db', 'database', { data: { sizeGb: 800, growthGbPerMonth: 150 } });
    const reports = reportsOf(dataOutgrowsNode, m.build());
    expect(targetsOf(reports)).toEqual([[db]]);
    expect(reports[0]!.keyTargets).toEqual([]);
    expect(reports[0]!.message).toBe(
      "events-db holds 800 GB today and would reach 8,000 GB at 10× today's size and 2,600 GB after 12 months of growth, beyond the 2,000 GB one node can hold; it is neither partitioned nor archived.",
    );
    expect(reports[0]!.evidence).toEqual({
      stores: 1,
      dataSizeGb: 800,
      dataAtGrowthGb: 8000,
      dataAtHorizonGb: 2600,
      singleNodeLimitGb: 2000,
      horizonMonths: 12,
    });
    expect(reports[0]!.assumed).toEqual(['single-node limit of events-db: database default 2,000 GB']);
  });

  it('names only the figure that exceeds a stated limit', () => {
    const m = new ModelBuilder();
    m.component('docs', 'search', { data: { sizeGb: 60, singleNodeLimitGb: 500 } });
    const reports = reportsOf(dataOutgrowsNode, m.build());
    expect(reports[0]!.message).toContain("would reach 600 GB at 10× today's size, beyond the 500 GB");
    expect(reports[0]!.assumed).toBeUndefined();
  });

  it("reports every store that outgrows one node in one finding keyed by the rule, with each one's sizes and the furthest past its limit in the evidence", () => {
    const m = new ModelBuilder();
    const events = m.component('events-db', 'database', { data: { sizeGb: 800, growthGbPerMonth: 150 } });
    const docs = m.component('docs', 'search', { data: { sizeGb: 60, singleNodeLimitGb: 500 } });
    const orders = m.component('orders-db', 'database', { data: { sizeGb: 300 } });
    const reports = reportsOf(dataOutgrowsNode, m.build());
    expect(targetsOf(reports)).toEqual([[events, docs, orders]]);
    expect(reports[0]!.keyTargets).toEqual([]);
    expect(reports[0]!.message).toBe(
      '3 stores will outgrow one node and are neither partitioned nor archived: events-db (800 GB today, 8,000 GB at 10× and 2,600 GB in 12 months; one node holds 2,000 GB), docs (60 GB today, 600 GB at 10×; one node holds 500 GB) and orders-db (300 GB today, 3,000 GB at 10×; one node holds 2,000 GB).',
    );
    expect(reports[0]!.evidence).toEqual({
      stores: 3,
      worst: 'events-db',
      dataSizeGb: 800,
      dataAtGrowthGb: 8000,
      dataAtHorizonGb: 2600,
      singleNodeLimitGb: 2000,
      horizonMonths: 12,
    });
    expect(reports[0]!.assumed).toEqual(['single-node limit of events-db and orders-db: database default 2,000 GB']);
  });

  it('does not report partitioned, archived, small or unsized stores', () => {
    const m = new ModelBuilder();
    m.component('a', 'database', { data: { sizeGb: 800, partitioned: true } });
    m.component('b', 'database', { data: { sizeGb: 800, retention: true } });
    m.component('c', 'database', { data: { sizeGb: 50 } });
    m.component('d', 'database');
    expect(reportsOf(dataOutgrowsNode, m.build())).toEqual([]);
  });
});
