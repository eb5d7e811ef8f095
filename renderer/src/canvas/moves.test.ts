import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../../electron/engine/testing/modelBuilder';
import { applyMoves, liveGeometry, moveLabel } from './moves';
import { zoneBoxes } from '../diagram/zones';

function shop() {
  const m = new ModelBuilder();
  const a = m.zone('AZ a');
  const b = m.zone('AZ b');
  const web1 = m.component('web-1', 'service', { zoneIds: [a] as never });
  const api = m.component('api', 'service', { zoneIds: [a] as never });
  const web2 = m.component('web-2', 'service', { zoneIds: [b] as never });
  const lb = m.component('lb', 'load-balancer');
  const built = m.build();
  const layout = { [web1]: { x: 0, y: 0 }, [api]: { x: 0, y: 200 }, [web2]: { x: 400, y: 0 }, [lb]: { x: -400, y: 100 } };
  const project = { ...built, layout: { ...built.layout, components: layout } };
  const positions = new Map(Object.entries(layout));
  return { project, geometry: { positions, boxes: zoneBoxes(project, positions) }, a, b, web1, api, web2, lb };
}

describe('moves', () => {
  it('moves a zone with its members, as one edit', () => {
    const { project, geometry, a, web1, api, web2 } = shop();
    const box = geometry.boxes.get(a)!;
    const next = applyMoves(project, geometry, new Map([[a, { x: box.x + 50, y: box.y - 20 }]]));
    expect(next.layout.components[web1]).toEqual({ x: 50, y: -20 });
    expect(next.layout.components[api]).toEqual({ x: 50, y: 180 });
    expect(next.layout.components[web2]).toEqual({ x: 400, y: 0 });
    expect(next.layout.zones).toEqual(project.layout.zones);
    expect(moveLabel(project, new Map([[a, { x: 0, y: 0 }]]))).toBe('Move AZ a');
  });

  it('puts a component dropped into a zone in it, and takes one dragged out of its zone out', () => {
    const { project, geometry, a, b, api, lb } = shop();
    const joined = applyMoves(project, geometry, new Map([[lb, { x: 420, y: 30 }]]));
    expect(joined.components.find((c) => c.id === lb)!.zoneIds).toEqual([b]);
    const left = applyMoves(project, geometry, new Map([[api, { x: -900, y: 600 }]]));
    expect(left.components.find((c) => c.id === api)!.zoneIds).toBeUndefined();
    expect(project.components.find((c) => c.id === api)!.zoneIds).toEqual([a]);
  });

  it('keeps a zone’s box in place while a member is dragged out, and lets a zone follow its only member', () => {
    const { project, geometry, a, b, api, web2 } = shop();
    const live = liveGeometry(project, geometry, new Map([[api, { x: -900, y: 600 }]]));
    expect(live.positions.get(api)).toEqual({ x: -900, y: 600 });
    expect(live.boxes.get(a)).toEqual(geometry.boxes.get(a));
    const alone = liveGeometry(project, geometry, new Map([[web2, { x: 900, y: 900 }]]));
    expect(alone.boxes.get(b)!.x).toBeGreaterThan(800);
  });
});
