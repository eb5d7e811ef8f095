import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../testing/modelBuilder';
import { reportsOf, targetsOf } from '../../testing/ruleTester';
import { singleZone } from './single-zone';

describe('redundancy/single-zone', () => {
  it('reports redundant components in one zone or in no stated zone', () => {
    const m = new ModelBuilder();
    const a = m.zone('eu-west-1a');
    m.zone('eu-west-1b');
    const api = m.component('api', 'service', { deployment: { instances: 3 }, zoneIds: [a] });
    const web = m.component('web', 'service', { deployment: { instances: 2 } });
    const reports = reportsOf(singleZone, m.build());
    expect(targetsOf(reports)).toEqual([[api, web]]);
    expect(reports[0]!.keyTargets).toEqual([]);
    expect(reports[0]!.message).toBe(
      '2 redundant components keep all their instances in one zone (or state none), so losing that zone takes all of them: api (3 instances in eu-west-1a) and web (2 instances, no zone stated).',
    );
    expect(reports[0]!.evidence).toEqual({ components: 2, instances: 5, projectZones: 2 });
  });

  it('says where the instances of one component are', () => {
    const m = new ModelBuilder();
    const a = m.zone('eu-west-1a');
    m.zone('eu-west-1b');
    m.component('api', 'service', { deployment: { instances: 3 }, zoneIds: [a] });
    expect(reportsOf(singleZone, m.build())[0]!.message).toBe('api runs 3 instances all in eu-west-1a; losing that zone takes all of them.');
    const unplaced = new ModelBuilder();
    unplaced.zone('eu-west-1a');
    unplaced.component('web', 'service', { deployment: { instances: 2 } });
    expect(reportsOf(singleZone, unplaced.build())[0]!.message).toContain('with no zone stated');
  });

  it('does not report spread, single-instance or managed-elastic components, or projects without zones', () => {
    const m = new ModelBuilder();
    const a = m.zone('a');
    const b = m.zone('b');
    m.component('api', 'service', { deployment: { instances: 2 }, zoneIds: [a, b] });
    m.component('db', 'database', { zoneIds: [a] });
    m.component('cdn', 'cdn', { deployment: { instances: 4 } });
    m.component('fn', 'function', { deployment: { instances: 5 } });
    expect(reportsOf(singleZone, m.build())).toEqual([]);

    const noZones = new ModelBuilder();
    noZones.component('api', 'service', { deployment: { instances: 3 } });
    expect(reportsOf(singleZone, noZones.build())).toEqual([]);
  });
});
