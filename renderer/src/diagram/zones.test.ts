import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../../electron/engine/testing/modelBuilder';
import { COMPONENT_HEIGHT, COMPONENT_WIDTH, ZONE_LABEL_HEIGHT, ZONE_PADDING } from './geometry';
import { emptyZones, followingZones, zoneAt, zoneBoxes, zoneChips, zonesAfterDrag } from './zones';

function shop() {
  const m = new ModelBuilder();
  const a = m.zone('AZ a');
  const b = m.zone('AZ b');
  const c = m.zone('AZ c');
  const web1 = m.component('web-1', 'service', { zoneIds: [a] as never });
  const web2 = m.component('web-2', 'service', { zoneIds: [b] as never });
  const db = m.component('db', 'database', { zoneIds: [a, b] as never });
  const lb = m.component('lb', 'load-balancer');
  const positions = new Map([
    [web1, { x: 0, y: 0 }],
    [db, { x: 0, y: 200 }],
    [web2, { x: 400, y: 0 }],
    [lb, { x: -400, y: 100 }],
  ]);
  return { project: m.build(), positions, a, b, c, web1, web2, db, lb };
}

describe('zones', () => {
  it('draws a zone around the components in it alone, and no box for an empty zone', () => {
    const { project, positions, a, b, c } = shop();
    const boxes = zoneBoxes(project, positions);
    // db runs in both zones: it is in neither box.
    expect(boxes.get(a)).toEqual({
      x: -ZONE_PADDING,
      y: -ZONE_PADDING - ZONE_LABEL_HEIGHT,
      width: COMPONENT_WIDTH + 2 * ZONE_PADDING,
      height: COMPONENT_HEIGHT + 2 * ZONE_PADDING + ZONE_LABEL_HEIGHT,
    });
    expect(boxes.get(b)!.x).toBe(400 - ZONE_PADDING);
    expect(boxes.has(c)).toBe(false);
    expect(emptyZones(project).map((z) => z.id)).toEqual([c]);
    // The balancer is no member: it lies outside every box.
    expect(zoneAt(positions.get([...positions.keys()][3]!)!, boxes)).toBeNull();
  });

  it('gives a component in two zones a chip for each', () => {
    const { project, db, web1 } = shop();
    const chips = zoneChips(project);
    expect(chips.get(db)).toEqual(['AZ a', 'AZ b']);
    expect(chips.has(web1)).toBe(false);
  });

  it('shortens chips of zones named alike to what tells them apart', () => {
    const m = new ModelBuilder();
    const zones = ['us-east-1a', 'us-east-1b', 'us-east-1c'].map((name) => m.zone(name));
    const api = m.component('api', 'service', { zoneIds: zones });
    const odd = m.component('odd', 'service', { zoneIds: [zones[0], m.zone('Frankfurt')] as never });
    const chips = zoneChips(m.build());
    expect(chips.get(api)).toEqual(['us-east-1a', '1b', '1c']);
    expect(chips.get(odd)).toEqual(['us-east-1a', 'Frankfurt']);
  });

  it('moves a component into the zone it is dropped in, and out of its zone when dropped outside every box', () => {
    const { project, positions, a, b, web1, web2 } = shop();
    const boxes = zoneBoxes(project, positions);
    expect(zonesAfterDrag([a], { x: 400, y: 10 }, boxes)).toEqual([b]);
    expect(zonesAfterDrag(undefined, { x: 400, y: 10 }, boxes)).toEqual([b]);
    expect(zonesAfterDrag([a], { x: -800, y: 600 }, boxes)).toEqual([]);
    expect(zonesAfterDrag([a], { x: 10, y: 5 }, boxes)).toBeNull();
    // A component in two zones keeps both wherever it is dropped.
    expect(zonesAfterDrag([a, b], { x: 400, y: 10 }, boxes)).toBeNull();
    expect(zonesAfterDrag([a, b], { x: -800, y: 600 }, boxes)).toBeNull();
    // A zone whose members are all dragged follows them: no change wherever they go.
    const following = followingZones(project, new Set([web1]));
    expect([...following]).toEqual([a]);
    const rest = new Map([...boxes].filter(([id]) => !following.has(id)));
    expect(zonesAfterDrag([a], { x: -900, y: 900 }, rest)).toBeNull();
    expect(followingZones(project, new Set([web2])).has(b)).toBe(true);
  });
});
