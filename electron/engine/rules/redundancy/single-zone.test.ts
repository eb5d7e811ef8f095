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
    expect(targetsOf(reports)).toEqual([[api], [web]]);
    expect(reports[0]!.message).toBe('api runs 3 instances all in eu-west-1a; losing that zone takes all of them.');
    expect(reports[0]!.evidence).toEqual({ instances: 3, zones: 1, projectZones: 2 });
    expect(reports[1]!.message).toContain('with no zone stated');
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
