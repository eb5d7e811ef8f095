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
    expect(reports[0]!.message).toBe('events-db holds 800 GB today and would reach 8,000 GB at 10× today\'s size and 2,600 GB after 12 months of growth, beyond the 2,000 GB one node can hold; it is neither partitioned nor archived.');
    expect(reports[0]!.evidence).toEqual({ dataSizeGb: 800, dataAtGrowthGb: 8000, dataAtHorizonGb: 2600, singleNodeLimitGb: 2000, horizonMonths: 12 });
    expect(reports[0]!.assumed).toEqual(['single-node limit of events-db: database default 2,000 GB']);
  });

  it('names only the figure that exceeds a stated limit', () => {
    const m = new ModelBuilder();
    m.component('docs', 'search', { data: { sizeGb: 60, singleNodeLimitGb: 500 } });
    const reports = reportsOf(dataOutgrowsNode, m.build());
    expect(reports[0]!.message).toContain('would reach 600 GB at 10× today\'s size, beyond the 500 GB');
    expect(reports[0]!.assumed).toBeUndefined();
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
