import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../../electron/engine/testing/modelBuilder';
import { Project } from '../../../shared/model/project';
import { COMPONENT_HEIGHT, COMPONENT_WIDTH } from '../diagram/geometry';
import { applyLayoutResult, buildElkGraph, layoutDirection, readElkResult } from './layoutGraph';
import { zoneBoxes } from '../diagram/zones';

function sample() {
  const m = new ModelBuilder();
  const zone = m.zone('eu-1');
  const web = m.component('web', 'service', { zoneIds: [zone] as never });
  const api = m.component('api', 'service', { zoneIds: [zone] as never });
  const db = m.component('db', 'database');
  m.connect(web, api);
  m.connect(api, db, 'read');
  return { project: m.build(), zone, web, api, db };
}

function overlaps(a: { x: number; y: number }, b: { x: number; y: number }): boolean {
  return Math.abs(a.x - b.x) < COMPONENT_WIDTH && Math.abs(a.y - b.y) < COMPONENT_HEIGHT;
}

describe('auto-layout graph', () => {
  it('keeps every non-member out of each zone box and leaves room for routes between components', async () => {
    const m = new ModelBuilder();
    const a = m.zone('AZ a');
    const b = m.zone('AZ b');
    const c = m.zone('AZ c');
    const browser = m.component('browser', 'client');
    const lb = m.component('lb', 'load-balancer');
    const web1 = m.component('web-1', 'service', { zoneIds: [a] as never });
    const web2 = m.component('web-2', 'service', { zoneIds: [b] as never });
    const db = m.component('db', 'database', { zoneIds: [a, b] as never });
    const queue = m.component('queue', 'queue', { zoneIds: [c] as never });
    const worker = m.component('worker', 'worker', { zoneIds: [c] as never });
    m.connect(browser, lb);
    m.connect(lb, web1);
    m.connect(lb, web2);
    m.connect(web1, db, 'write');
    m.connect(web2, db, 'write');
    m.connect(web1, queue, 'async');
    m.connect(queue, worker, 'async');
    const project = m.build();
    const result = readElkResult(project, await new ELK().layout(buildElkGraph(project, 'full')), 'full');
    const laidOut = applyLayoutResult(project, result, 'full');
    const positions = new Map(Object.entries(laidOut.layout.components));
    const boxes = zoneBoxes(laidOut, positions);
    for (const component of laidOut.components) {
      const p = positions.get(component.id)!;
      for (const [zone, box] of boxes) {
        const inside = p.x + COMPONENT_WIDTH > box.x && p.x < box.x + box.width && p.y + COMPONENT_HEIGHT > box.y && p.y < box.y + box.height;
        if (component.zoneIds?.[0] !== zone) expect(inside, `${component.name} inside zone ${zone}`).toBe(false);
      }
    }
    // The queue and its worker, in one zone, are far enough apart for their connection to be seen and clicked.
    const q = positions.get(queue)!;
    const w = positions.get(worker)!;
    const gap = Math.max(w.x - (q.x + COMPONENT_WIDTH), q.x - (w.x + COMPONENT_WIDTH), w.y - (q.y + COMPONENT_HEIGHT), q.y - (w.y + COMPONENT_HEIGHT));
    expect(gap).toBeGreaterThanOrEqual(80);
    expect(laidOut.layout.zones).toEqual({});
  });

  it('lays out every component in a full layout, zone members inside their zone box, without overlaps', async () => {
    const { project, zone, web, api, db } = sample();
    const result = readElkResult(project, await new ELK().layout(buildElkGraph(project, 'full')), 'full');
    const box = result.zones[zone]!;
    expect(box).toBeDefined();
    for (const id of [web, api]) {
      const p = result.components[id]!;
      expect(p.x).toBeGreaterThanOrEqual(box.x);
      expect(p.x + COMPONENT_WIDTH).toBeLessThanOrEqual(box.x + box.width);
      expect(p.y + COMPONENT_HEIGHT).toBeLessThanOrEqual(box.y + box.height);
    }
    const points = [web, api, db].map((id) => result.components[id]!);
    expect(overlaps(points[0]!, points[1]!) || overlaps(points[1]!, points[2]!) || overlaps(points[0]!, points[2]!)).toBe(false);
    // Layered left to right: the caller sits left of what it calls.
    expect(result.components[web]!.x).toBeLessThan(result.components[api]!.x);
    expect(Project.safeParse(applyLayoutResult(project, result, 'full')).success).toBe(true);
  });

  it("places only components without a position in 'new' mode, below the existing ones", async () => {
    const { project, web, api, db } = sample();
    const placed = { ...project, layout: { components: { [web]: { x: 500, y: 300 }, [api]: { x: 800, y: 300 } }, zones: {} } };
    const graph = buildElkGraph(placed, 'new');
    expect(graph.children!.map((c) => c.id)).toEqual([db]);
    const result = readElkResult(placed, await new ELK().layout(graph), 'new');
    expect(Object.keys(result.components)).toEqual([db]);
    expect(result.components[db]!.y).toBeGreaterThan(300 + COMPONENT_HEIGHT);
    const next = applyLayoutResult(placed, result, 'new');
    expect(next.layout.components[web]).toEqual({ x: 500, y: 300 });
  });

  it("keeps ELK's default crossing minimisation and places components for orthogonal routes, with room for them", () => {
    const graph = buildElkGraph(sample().project, 'full');
    expect(graph.layoutOptions?.['elk.layered.crossingMinimization.strategy']).toBeUndefined();
    expect(graph.layoutOptions?.['elk.edgeRouting']).toBe('ORTHOGONAL');
    expect(Number(graph.layoutOptions?.['elk.layered.spacing.nodeNodeBetweenLayers'])).toBeGreaterThanOrEqual(80);
  });

  it('runs a long chain down a window it would fit across only below the detail zoom, and a short or broad diagram across', () => {
    const chain = new ModelBuilder();
    const ids = Array.from({ length: 9 }, (_, i) => chain.component(`c${i}`, 'service'));
    for (let i = 1; i < ids.length; i++) chain.connect(ids[i - 1]!, ids[i]!);
    const project = chain.build();
    const all = new Set(project.components.map((c) => c.id as string));
    expect(layoutDirection(project, all, { width: 840, height: 820 })).toBe('DOWN');
    expect(layoutDirection(project, all, { width: 3200, height: 800 })).toBe('RIGHT');
    expect(buildElkGraph(project, 'full', { width: 840, height: 820 }).layoutOptions?.['elk.direction']).toBe('DOWN');

    const fan = new ModelBuilder();
    const root = fan.component('lb', 'load-balancer');
    for (let i = 0; i < 8; i++) fan.connect(root, fan.component(`web-${i}`, 'service'));
    const broad = fan.build();
    expect(layoutDirection(broad, new Set(broad.components.map((c) => c.id as string)), { width: 840, height: 820 })).toBe('RIGHT');
  });
});
