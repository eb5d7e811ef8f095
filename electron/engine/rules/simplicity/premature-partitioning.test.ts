import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf, targetsOf } from '../../testing/ruleTester';
import { prematurePartitioning } from './premature-partitioning';

describe('simplicity/premature-partitioning', () => {
  it('reports a sharded store whose data at G× fits one node, naming the default limit', () => {
    const m = new ModelBuilder().withWorkload({ availabilityTarget: 0.999 });
    const db = m.component('orders-db', 'database', { data: { sizeGb: 30, partitioned: true } });
    const reports = reportsOf(prematurePartitioning, m.build());
    expect(targetsOf(reports)).toEqual([[db]]);
    expect(reports[0]!.message).toBe(
      "orders-db is sharded, yet at 10× it would hold about 300 GB, within one node's 2,000 GB, and the availability target is 99.9%.",
    );
    expect(reports[0]!.evidence).toEqual({ dataAtGrowthGb: 300, singleNodeLimitGb: 2000, availabilityTarget: 0.999 });
    expect(reports[0]!.assumed).toEqual(['single-node limit of orders-db: database default 2,000 GB']);
  });

  it('reports components spread over two regions in one finding', () => {
    const m = new ModelBuilder().withWorkload({ availabilityTarget: 0.995 });
    const east = m.zone('east-1a', { region: 'us-east' });
    const west = m.zone('west-1a', { region: 'us-west' });
    const api = m.component('api', 'service', { zoneIds: [east, west] });
    const db = m.component('db', 'database', { zoneIds: [east, west], data: { sizeGb: 10 } });
    m.component('worker', 'worker', { zoneIds: [east] });
    const reports = reportsOf(prematurePartitioning, m.build());
    expect(targetsOf(reports)).toEqual([[api, db]]);
    expect(reports[0]!.message).toBe(
      'api and db run in 2 regions (us-east and us-west) although the availability target is 99.5% and the data at 10× fits one node; several zones in one region meet that target.',
    );
  });

  it('does not report when the target is above 99.9%, data outgrows a node, or writes need shards', () => {
    const strict = new ModelBuilder().withWorkload({ availabilityTarget: 0.9999 });
    strict.component('a', 'database', { data: { sizeGb: 30, partitioned: true } });
    expect(reportsOf(prematurePartitioning, strict.build())).toEqual([]);

    const big = new ModelBuilder();
    big.component('b', 'database', { data: { sizeGb: 300, partitioned: true } });
    expect(reportsOf(prematurePartitioning, big.build())).toEqual([]);

    const busy = new ModelBuilder();
    const users = busy.component('users', 'client');
    const api = busy.component('api', 'service', { deployment: { instances: 50 } });
    const db = busy.component('c', 'database', { data: { sizeGb: 10, partitioned: true, readShare: 0.2 } });
    busy.connect(users, api);
    busy.connect(api, db, 'write');
    busy.entry(users, 1000);
    expect(reportsOf(prematurePartitioning, busy.build())).toEqual([]);
  });

  it('does not report one region, or sharded stores of unknown size', () => {
    const m = new ModelBuilder();
    const a = m.zone('a', { region: 'eu' });
    const b = m.zone('b', { region: 'eu' });
    m.component('api', 'service', { zoneIds: [a, b] });
    m.component('db', 'database', { data: { partitioned: true } });
    expect(reportsOf(prematurePartitioning, m.build())).toEqual([]);
  });
});
