import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf, targetsOf } from '../../testing/ruleTester';
import { unreviewedIndexes } from './unreviewed-indexes';

describe('data/unreviewed-indexes', () => {
  it('reports growing or large databases and search indexes with unreviewed indexes', () => {
    const m = new ModelBuilder();
    const db = m.component('orders-db', 'database', { data: { sizeGb: 120, growthGbPerMonth: 8 } });
    const search = m.component('products', 'search', { data: { sizeGb: 40, indexesReviewed: false } });
    const reports = reportsOf(unreviewedIndexes, m.build());
    expect(targetsOf(reports)).toEqual([[db, search]]);
    expect(reports[0]!.keyTargets).toEqual([]);
    expect(reports[0]!.message).toBe(
      '2 growing or large stores have never had their indexes reviewed against their queries: orders-db (120 GB, +8 GB a month) and products (40 GB).',
    );
    expect(reports[0]!.evidence).toEqual({ stores: 2, largestGb: 120, fastestGrowthGbPerMonth: 8 });
  });

  it('says what one store holds and how fast it grows', () => {
    const m = new ModelBuilder();
    const db = m.component('orders-db', 'database', { data: { sizeGb: 120, growthGbPerMonth: 8 } });
    const reports = reportsOf(unreviewedIndexes, m.build());
    expect(targetsOf(reports)).toEqual([[db]]);
    expect(reports[0]!.message).toBe('orders-db holds 120 GB and grows 8 GB a month, but its indexes have never been reviewed against its queries.');
    expect(reports[0]!.evidence).toEqual({ stores: 1, largestGb: 120, fastestGrowthGbPerMonth: 8 });
  });

  it('does not report reviewed, small and static, unstated, or non-indexed stores', () => {
    const m = new ModelBuilder();
    m.component('a', 'database', { data: { growthGbPerMonth: 5, indexesReviewed: true } });
    m.component('b', 'database', { data: { sizeGb: 2 } });
    m.component('c', 'database');
    m.component('d', 'object-storage', { data: { sizeGb: 5000, growthGbPerMonth: 100 } });
    expect(reportsOf(unreviewedIndexes, m.build())).toEqual([]);
  });
});
