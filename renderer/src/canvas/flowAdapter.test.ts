import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../../../electron/engine/testing/modelBuilder';
import { createFlowCache, toFlow, withLiveGeometry } from './flowAdapter';

function sample() {
  const m = new ModelBuilder();
  const zone = m.zone('eu-1');
  const web = m.component('web', 'service', { zoneIds: [zone] as never, deployment: { instances: 3 } });
  const db = m.component('db', 'database');
  const read = m.connect(web, db, 'read', { callsPerRequest: 2 });
  const project = m.build();
  return { project: { ...project, layout: { components: { [web]: { x: 100, y: 100 } }, zones: {} } }, zone, web, db, read };
}

describe('flow adapter', () => {
  it('keeps the positions and zone boxes while the components, zones and layout are unchanged', () => {
    const { project, web } = sample();
    const cache = createFlowCache();
    const first = toFlow(project, new Set(), cache);
    const selected = toFlow(project, new Set([web]), cache);
    expect(selected.positions).toBe(first.positions);
    expect(selected.boxes).toBe(first.boxes);
    const moved = toFlow({ ...project, layout: { ...project.layout, components: { [web]: { x: 300, y: 100 } } } }, new Set(), cache);
    expect(moved.positions).not.toBe(first.positions);
    expect(moved.positions.get(web)).toEqual({ x: 300, y: 100 });
  });

  it('keeps the positions and zone boxes after a property edit, and not after a zone change', () => {
    const { project, web, db } = sample();
    const cache = createFlowCache();
    const first = toFlow(project, new Set(), cache);
    const edit = (change: (c: (typeof project.components)[number]) => (typeof project.components)[number]) => ({
      ...project,
      components: project.components.map((c) => (c.id === db ? change(c) : c)),
    });
    const edited = toFlow(
      edit((c) => ({ ...c, deployment: { instances: 4 } })),
      new Set(),
      cache,
    );
    expect(edited.positions).toBe(first.positions);
    expect(edited.boxes).toBe(first.boxes);
    // web leaves its zone: every component stays where it was, the zone's box (drawn around its members) changes.
    const { zoneIds: _zones, ...outside } = project.components.find((c) => c.id === web)!;
    const left = toFlow({ ...project, components: project.components.map((c) => (c.id === web ? outside : c)) }, new Set(), cache);
    expect(left.positions).toEqual(first.positions);
    expect(left.boxes).not.toBe(first.boxes);
    // As many components as before, but one is another component: it gets a place of its own.
    const other = { ...project.components.find((c) => c.id === db)!, id: 'other-db' as never };
    const replaced = toFlow({ ...project, components: project.components.map((c) => (c.id === db ? other : c)) }, new Set(), cache);
    expect(replaced.positions.has('other-db')).toBe(true);
    expect(replaced.positions.has(db)).toBe(false);
  });

  it('puts zone nodes first, at the box round their members, and every component at its absolute position', () => {
    const { project, zone, web, db } = sample();
    const flow = toFlow(project, new Set([db]));
    expect(flow.nodes.map((n) => n.id)).toEqual([zone, web, db]);
    const webNode = flow.nodes[1]!;
    expect(webNode.parentId).toBeUndefined();
    expect(webNode.position).toEqual({ x: 100, y: 100 });
    const box = flow.boxes.get(zone)!;
    expect(flow.nodes[0]!.position).toEqual({ x: box.x, y: box.y });
    expect(box.x).toBeLessThan(100);
    expect(flow.nodes[2]!.selected).toBe(true);
    // db has no position: placed on the grid below the placed ones, not on top of web.
    expect(flow.positions.get(db)!.y).toBeGreaterThan(100);
    if (webNode.type === 'component') expect(webNode.data.instances).toBe(3);
  });

  it('draws no box for a zone without members, and chips on a component in two zones', () => {
    const { project, zone, web } = sample();
    const other = { id: '00000000-0000-4000-8000-00000000e001' as never, name: 'eu-2' };
    const twoZones = {
      ...project,
      zones: [...project.zones, other],
      components: project.components.map((c) => (c.id === web ? { ...c, zoneIds: [zone, other.id] as never } : c)),
    };
    const flow = toFlow(twoZones, new Set());
    // web, its only member, runs in both zones: neither zone has a component of its own to box.
    expect(flow.nodes.filter((n) => n.type === 'zone')).toEqual([]);
    const webNode = flow.nodes.find((n) => n.id === web)!;
    expect(webNode.type === 'component' && webNode.data.zones).toEqual(['eu-1', 'eu-2']);
  });

  it('shows a drag by moving only the nodes that moved', () => {
    const { project, web, db } = sample();
    const flow = toFlow(project, new Set());
    const settled = { positions: flow.positions, boxes: flow.boxes };
    const live = { positions: new Map([...flow.positions, [web, { x: 150, y: 120 }]]), boxes: flow.boxes };
    const nodes = withLiveGeometry(flow.nodes, settled, live);
    expect(nodes.find((n) => n.id === web)!.position).toEqual({ x: 150, y: 120 });
    expect(nodes.find((n) => n.id === db)).toBe(flow.nodes.find((n) => n.id === db));
    expect(withLiveGeometry(flow.nodes, settled, settled)).toBe(flow.nodes);
  });

  it('reuses node data when nothing about a component changed, so moves do not re-render every node', () => {
    const { project, web, db } = sample();
    const cache = createFlowCache();
    const first = toFlow(project, new Set(), cache);
    const moved = { ...project, layout: { ...project.layout, components: { ...project.layout.components, [db]: { x: 900, y: 900 } } } };
    const second = toFlow(moved, new Set(), cache);
    const dataOf = (flow: typeof first, id: string) => flow.nodes.find((n) => n.id === id)!.data;
    expect(dataOf(second, web)).toBe(dataOf(first, web));
    expect(dataOf(second, db)).toBe(dataOf(first, db));
    const nodeOf = (flow: typeof first, id: string) => flow.nodes.find((n) => n.id === id)!;
    expect(nodeOf(second, web)).toBe(nodeOf(first, web));
    expect(nodeOf(second, db)).not.toBe(nodeOf(first, db));
    expect(second.edges[0]).toBe(first.edges[0]);
    // Same items, same list: React Flow keeps its edge lookups; a changed node makes a new node list.
    expect(second.edges).toBe(first.edges);
    expect(second.nodes).not.toBe(first.nodes);
    const renamed = { ...moved, components: moved.components.map((c) => (c.id === web ? { ...c, name: 'web-2' } : c)) };
    const third = toFlow(renamed, new Set(), cache);
    expect(dataOf(third, web)).not.toBe(dataOf(second, web));
    expect(dataOf(third, db)).toBe(dataOf(second, db));
    // The connection's edge names its ends: renaming one gives it a new label.
    expect(third.edges[0]).not.toBe(second.edges[0]);
    expect(third.edges[0]!.ariaLabel).toContain('web-2');
    const selected = toFlow(renamed, new Set([db, third.edges[0]!.id]), cache);
    expect(nodeOf(selected, db).selected).toBe(true);
    expect(selected.edges[0]!.selected).toBe(true);
    expect(nodeOf(selected, web)).toBe(nodeOf(third, web));
  });

  it('labels edges and carries the connection for styling', () => {
    const { project, read } = sample();
    const flow = toFlow(project, new Set());
    expect(flow.edges).toHaveLength(1);
    expect(flow.edges[0]!.id).toBe(read);
    expect(flow.edges[0]!.ariaLabel).toBe('read connection from web to db');
    expect(flow.edges[0]!.data!.fromName).toBe('web');
  });
});
