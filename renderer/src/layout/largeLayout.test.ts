import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../../electron/engine/testing/modelBuilder';
import { Project } from '../../../shared/model/project';
import { COMPONENT_HEIGHT, COMPONENT_WIDTH } from '../diagram/geometry';
import { closestInOrder, largeLayout } from './largeLayout';
import { applyLayoutResult, LARGE_LAYOUT, largeLayoutInput, placeLargeResult } from './layoutGraph';

function overlaps(a: { x: number; y: number }, b: { x: number; y: number }): boolean {
  return Math.abs(a.x - b.x) < COMPONENT_WIDTH && Math.abs(a.y - b.y) < COMPONENT_HEIGHT;
}

function inside(p: { x: number; y: number }, box: { x: number; y: number; width: number; height: number }): boolean {
  return p.x >= box.x && p.x + COMPONENT_WIDTH <= box.x + box.width && p.y >= box.y && p.y + COMPONENT_HEIGHT <= box.y + box.height;
}

function boxesMeet(a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Clients → gateways → two tiers of services (each tier in a zone) → databases, and a few loners. */
function tiered() {
  const m = new ModelBuilder();
  const zones = [m.zone('tier-1'), m.zone('tier-2')];
  const clients = Array.from({ length: 5 }, (_, i) => m.component(`client-${i}`, 'client'));
  const gateways = Array.from({ length: 5 }, (_, i) => m.component(`gw-${i}`, 'api-gateway'));
  const tiers = zones.map((zone, t) => Array.from({ length: 60 }, (_, i) => m.component(`svc-${t}-${i}`, 'service', { zoneIds: [zone] })));
  const dbs = Array.from({ length: 40 }, (_, i) => m.component(`db-${i}`, 'database'));
  const loners = Array.from({ length: 7 }, (_, i) => m.component(`loner-${i}`, 'external-api'));
  clients.forEach((c, i) => m.connect(c, gateways[i]!));
  tiers[0]!.forEach((s, i) => m.connect(gateways[i % 5]!, s));
  tiers[0]!.forEach((s, i) => m.connect(s, tiers[1]![(i * 7) % 60]!));
  tiers[0]!.forEach((s, i) => i % 3 === 0 && m.connect(s, tiers[0]![(i + 1) % 60]!));
  tiers[1]!.forEach((s, i) => m.connect(s, dbs[(i * 13) % 40]!, 'read'));
  tiers[0]!.forEach((s, i) => m.connect(s, dbs[(i * 11) % 40]!, 'write'));
  return { project: m.build(), zones, tiers, loners };
}

describe('the layout of large diagrams', () => {
  it('places every component once, members inside their zone box, everything else outside, callers left, no overlaps', () => {
    const { project, zones, tiers } = tiered();
    expect(project.components.length).toBeGreaterThanOrEqual(LARGE_LAYOUT);
    const result = largeLayout(largeLayoutInput(project, 'full'));
    expect(Object.keys(result.components).sort()).toEqual(project.components.map((c) => c.id).sort());
    expect(Object.keys(result.zones).sort()).toEqual([...zones].sort());
    const members = new Set(tiers.flat());
    for (const [id, p] of Object.entries(result.components)) {
      zones.forEach((zone, t) => expect(inside(p, result.zones[zone]!)).toBe(tiers[t]!.includes(id)));
      if (!members.has(id))
        for (const box of Object.values(result.zones)) expect(boxesMeet({ ...p, width: COMPONENT_WIDTH, height: COMPONENT_HEIGHT }, box)).toBe(false);
    }
    expect(boxesMeet(result.zones[zones[0]!]!, result.zones[zones[1]!]!)).toBe(false);
    // Across zones and between loose components the graph has no cycle, so those connections point right.
    const zoneOf = (id: string) => project.components.find((c) => c.id === id)!.zoneIds?.[0];
    for (const c of project.connections)
      if (zoneOf(c.from) !== zoneOf(c.to) || !zoneOf(c.from)) expect(result.components[c.from]!.x).toBeLessThan(result.components[c.to]!.x);
    const points = Object.values(result.components);
    expect(points.filter((a, i) => points.slice(i + 1).some((b) => overlaps(a, b)))).toEqual([]);
    expect(Project.safeParse(applyLayoutResult(project, result, 'full')).success).toBe(true);
  });

  it('puts components without connections in rows below the drawing, not in its first column', () => {
    const { project, loners } = tiered();
    const result = largeLayout(largeLayoutInput(project, 'full'));
    const connected = project.components.filter((c) => !loners.includes(c.id)).map((c) => result.components[c.id]!);
    const bottom = Math.max(...connected.map((p) => p.y + COMPONENT_HEIGHT), ...Object.values(result.zones).map((b) => b.y + b.height));
    const rows = new Set(loners.map((id) => result.components[id]!.y));
    for (const id of loners) expect(result.components[id]!.y).toBeGreaterThan(bottom);
    expect(rows.size).toBeLessThan(loners.length);
  });

  it('draws a chain as a straight line and a fan-out centred on its source', () => {
    const result = largeLayout({
      components: ['a', 'b', 'c', 'x', 'y', 'z'].map((id) => ({ id, zone: null })),
      connections: [
        { from: 'a', to: 'b' },
        { from: 'b', to: 'c' },
        { from: 'x', to: 'y' },
        { from: 'x', to: 'z' },
      ],
    });
    const { a, b, c, x, y, z } = result.components as Record<string, { x: number; y: number }>;
    expect(a!.y).toBe(b!.y);
    expect(b!.y).toBe(c!.y);
    expect(a!.x).toBeLessThan(b!.x);
    expect(Math.abs((y!.y + z!.y) / 2 - x!.y)).toBeLessThanOrEqual(1);
  });

  it('splits a layer far taller than the rest into side-by-side columns: a wide tree is not drawn as a thin line', () => {
    // A tree of 300 where each component calls three more: its last layer holds 179 leaves.
    const ids = Array.from({ length: 300 }, (_, i) => `n${i}`);
    const connections = ids.slice(1).map((to, i) => ({ from: ids[Math.floor(i / 3)]!, to }));
    const result = largeLayout({ components: ids.map((id) => ({ id, zone: null })), connections });
    const points = Object.values(result.components);
    const width = Math.max(...points.map((p) => p.x)) + COMPONENT_WIDTH;
    const height = Math.max(...points.map((p) => p.y)) + COMPONENT_HEIGHT;
    // One column per layer: 179 × (72 + 40) px ≈ 20,000 tall against 6 × 280 px wide.
    expect(height).toBeLessThan(3 * width);
    expect(points.filter((a, i) => points.slice(i + 1).some((b) => overlaps(a, b)))).toEqual([]);
    for (const c of connections) expect(result.components[c.from]!.x).toBeLessThan(result.components[c.to]!.x);
  });

  it('draws two systems that never call each other apart, the larger first, instead of sharing columns', () => {
    const system = (prefix: string, size: number) => {
      const ids = Array.from({ length: size }, (_, i) => `${prefix}${i}`);
      return { ids, connections: ids.slice(1).map((to, i) => ({ from: ids[Math.floor(i / 2)]!, to })) };
    };
    const small = system('s', 15);
    const large = system('l', 40);
    const result = largeLayout({
      components: [...small.ids, ...large.ids].map((id) => ({ id, zone: null })),
      connections: [...small.connections, ...large.connections],
    });
    const box = (ids: string[]) => {
      const points = ids.map((id) => result.components[id]!);
      const x = Math.min(...points.map((p) => p.x));
      const y = Math.min(...points.map((p) => p.y));
      return { x, y, width: Math.max(...points.map((p) => p.x)) + COMPONENT_WIDTH - x, height: Math.max(...points.map((p) => p.y)) + COMPONENT_HEIGHT - y };
    };
    expect(boxesMeet(box(small.ids), box(large.ids))).toBe(false);
    expect(box(large.ids).y).toBe(0);
    expect(box(large.ids).x).toBe(0);
  });

  it('gives the same answer on every run', () => {
    const input = largeLayoutInput(tiered().project, 'full');
    expect(largeLayout(input)).toEqual(largeLayout(input));
  });

  it("places only components without a position in 'new' mode, below the existing ones, zones unboxed", () => {
    const { project, zones, tiers } = tiered();
    const kept = tiers[0]![0]!;
    const placed = { ...project, layout: { components: { [kept]: { x: 500, y: 300 } }, zones: {} } };
    const input = largeLayoutInput(placed, 'new');
    expect(input.components.map((c) => c.id)).not.toContain(kept);
    expect(input.components.every((c) => c.zone === null)).toBe(true);
    const result = placeLargeResult(placed, largeLayout(input), 'new');
    expect(result.zones).toEqual({});
    for (const p of Object.values(result.components)) expect(p.y).toBeGreaterThan(300 + COMPONENT_HEIGHT);
    expect(applyLayoutResult(placed, result, 'new').layout.components[kept]).toEqual({ x: 500, y: 300 });
    expect(zones.length).toBe(2);
  });
});

describe('closest centres in order', () => {
  it('keeps wanted centres that leave room, and spreads clashing ones evenly around their mean', () => {
    expect(closestInOrder([0, 200, 400], [112, 112])).toEqual([0, 200, 400]);
    // Two boxes wanting the same centre end their separation apart, centred on it.
    expect(closestInOrder([10, 10], [112])).toEqual([-46, 66]);
  });

  it('never reorders: a box wanting to be above an earlier one stays below it', () => {
    const placed = closestInOrder([100, 0, 50], [112, 90]);
    expect(placed[1]! - placed[0]!).toBeGreaterThanOrEqual(112 - 1e-9);
    expect(placed[2]! - placed[1]!).toBeGreaterThanOrEqual(90 - 1e-9);
  });
});
