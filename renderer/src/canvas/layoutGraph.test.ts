import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../../electron/engine/testing/modelBuilder';
import { Project } from '../../../shared/model/project';
import { COMPONENT_HEIGHT, COMPONENT_WIDTH } from './geometry';
import { applyLayoutResult, buildElkGraph, LARGE_LAYOUT, readElkResult } from './layoutGraph';

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

  it('lays out a large diagram with its options: every component placed, zones around members, callers left, no overlaps', async () => {
    // Clients → gateways → two tiers of services → databases, the services of each tier in a zone.
    const m = new ModelBuilder();
    const zones = [m.zone('tier-1'), m.zone('tier-2')];
    const clients = Array.from({ length: 5 }, (_, i) => m.component(`client-${i}`, 'client'));
    const gateways = Array.from({ length: 5 }, (_, i) => m.component(`gw-${i}`, 'api-gateway'));
    const tiers = zones.map((zone, t) => Array.from({ length: 60 }, (_, i) => m.component(`svc-${t}-${i}`, 'service', { zoneIds: [zone] })));
    const dbs = Array.from({ length: 40 }, (_, i) => m.component(`db-${i}`, 'database'));
    clients.forEach((c, i) => m.connect(c, gateways[i]!));
    tiers[0]!.forEach((s, i) => m.connect(gateways[i % 5]!, s));
    tiers[0]!.forEach((s, i) => m.connect(s, tiers[1]![(i * 7) % 60]!));
    tiers[1]!.forEach((s, i) => m.connect(s, dbs[(i * 13) % 40]!, 'read'));
    tiers[0]!.forEach((s, i) => m.connect(s, dbs[(i * 11) % 40]!, 'write'));
    const project = m.build();
    expect(project.components.length).toBeGreaterThanOrEqual(LARGE_LAYOUT);

    const graph = buildElkGraph(project, 'full');
    expect(graph.layoutOptions?.['elk.layered.crossingMinimization.strategy']).toBe('INTERACTIVE');
    const result = readElkResult(project, await new ELK().layout(graph), 'full');
    expect(Object.keys(result.components).sort()).toEqual(project.components.map((c) => c.id).sort());
    zones.forEach((zone, t) => {
      const box = result.zones[zone]!;
      for (const id of tiers[t]!) {
        const p = result.components[id]!;
        expect(p.x >= box.x && p.x + COMPONENT_WIDTH <= box.x + box.width && p.y >= box.y && p.y + COMPONENT_HEIGHT <= box.y + box.height).toBe(true);
      }
    });
    // The graph has no cycle, so every connection points right.
    for (const c of project.connections) expect(result.components[c.from]!.x).toBeLessThan(result.components[c.to]!.x);
    const points = Object.values(result.components);
    const overlapping = points.filter((a, i) => points.slice(i + 1).some((b) => overlaps(a, b)));
    expect(overlapping).toEqual([]);
  });

  it('keeps the default options below the large-diagram threshold', () => {
    const graph = buildElkGraph(sample().project, 'full');
    expect(graph.layoutOptions?.['elk.layered.crossingMinimization.strategy']).toBeUndefined();
    expect(graph.layoutOptions?.['elk.edgeRouting']).toBeUndefined();
  });
});
