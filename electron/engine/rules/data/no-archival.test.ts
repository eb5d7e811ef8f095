import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf, targetsOf } from '../../testing/ruleTester';
import { noArchival } from './no-archival';

describe('data/no-archival', () => {
  it('reports growing data without retention, with its size at the growth horizon', () => {
    const m = new ModelBuilder().withWorkload({ growthHorizonMonths: 24 });
    const db = m.component('events-db', 'database', { data: { sizeGb: 200, growthGbPerMonth: 25 } });
    const bucket = m.component('uploads', 'object-storage', { data: { growthGbPerMonth: 3 } });
    const reports = reportsOf(noArchival, m.build());
    expect(targetsOf(reports)).toEqual([[db, bucket]]);
    expect(reports[0]!.keyTargets).toEqual([]);
    expect(reports[0]!.message).toBe(
      '2 stores grow with no retention or archival plan, 28 GB a month together: events-db (25 GB a month, from 200 GB to 800 GB in 24 months) and uploads (3 GB a month).',
    );
    expect(reports[0]!.evidence).toEqual({ stores: 2, growthGbPerMonth: 28, largestAtHorizonGb: 800, horizonMonths: 24 });
  });

  it('says how large one growing store gets by the growth horizon', () => {
    const m = new ModelBuilder().withWorkload({ growthHorizonMonths: 24 });
    const db = m.component('events-db', 'database', { data: { sizeGb: 200, growthGbPerMonth: 25 } });
    const reports = reportsOf(noArchival, m.build());
    expect(targetsOf(reports)).toEqual([[db]]);
    expect(reports[0]!.message).toBe('events-db grows 25 GB a month (from 200 GB to 800 GB in 24 months) with no retention or archival plan.');
  });

  it('does not report stores with retention, static data, caches or queues', () => {
    const m = new ModelBuilder();
    m.component('a', 'database', { data: { growthGbPerMonth: 25, retention: true } });
    m.component('b', 'database', { data: { sizeGb: 500 } });
    m.component('c', 'cache', { data: { growthGbPerMonth: 1 } });
    m.component('d', 'queue', { data: { growthGbPerMonth: 1 } });
    expect(reportsOf(noArchival, m.build())).toEqual([]);
  });
});
