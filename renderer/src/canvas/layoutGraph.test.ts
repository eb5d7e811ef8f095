import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../../electron/engine/testing/modelBuilder';
import { Project } from '../../../shared/model/project';
import { COMPONENT_HEIGHT, COMPONENT_WIDTH } from './geometry';
import { applyLayoutResult, buildElkGraph, readElkResult } from './layoutGraph';

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

  it("keeps ELK's default crossing minimisation and edge routing for small diagrams", () => {
    const graph = buildElkGraph(sample().project, 'full');
    expect(graph.layoutOptions?.['elk.layered.crossingMinimization.strategy']).toBeUndefined();
    expect(graph.layoutOptions?.['elk.edgeRouting']).toBeUndefined();
  });
});
