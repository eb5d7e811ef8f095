import { MarkerType, Position, type Edge, type Node, type NodeHandle } from '@xyflow/react';
import type { Component } from '../../../shared/model/component';
import type { Connection } from '../../../shared/model/connection';
import { effectiveDeployment } from '../../../shared/model/defaults';
import type { Project } from '../../../shared/model/project';
import type { Zone } from '../../../shared/model/zone';
import type { Note } from '../../../shared/model/layout';
import { COMPONENT_HEIGHT, COMPONENT_WIDTH, GRID_COLUMNS, GRID_GAP_X, GRID_GAP_Y, type Box } from '../diagram/geometry';
import { boxZone, zoneBoxes, zoneChips } from '../diagram/zones';

/**
 * The only place that knows both the domain and React Flow. The domain never sees React Flow's
 * types and the layout never stores them: nodes and edges are rebuilt from the project.
 */
/** What the latest check marks on a component (badge, highlight) is not here: see canvasMarks.ts. */
export type ComponentNodeData = {
  readonly component: Component;
  readonly instances: number;
  /** Its zones' names when it is in two or more (see zones.ts); null otherwise. */
  readonly zones: readonly string[] | null;
};
export type ZoneNodeData = { readonly zone: Zone; readonly memberCount: number };
export type NoteNodeData = { readonly note: Note };
export type ConnectionEdgeData = {
  readonly connection: Connection;
  readonly fromName: string;
  readonly toName: string;
};
export type ComponentNode = Node<ComponentNodeData, 'component'>;
export type ZoneNode = Node<ZoneNodeData, 'zone'>;
export type NoteNode = Node<NoteNodeData, 'note'>;
export type FlowNode = ComponentNode | ZoneNode | NoteNode;
export type ConnectionEdge = Edge<ConnectionEdgeData, 'connection'>;

export interface Point {
  readonly x: number;
  readonly y: number;
}

/**
 * Absolute position of every component: the stored one, or a grid slot below the placed ones
 * for components that have none yet (they keep it only once moved or laid out).
 */
export function componentPositions(project: Project): Map<string, Point> {
  const positions = new Map<string, Point>();
  const unplaced: string[] = [];
  let maxY = -Infinity;
  let minX = Infinity;
  for (const component of project.components) {
    const stored = project.layout.components[component.id];
    if (stored) {
      positions.set(component.id, stored);
      maxY = Math.max(maxY, stored.y + COMPONENT_HEIGHT);
      minX = Math.min(minX, stored.x);
    } else unplaced.push(component.id);
  }
  const origin = Number.isFinite(maxY) ? { x: minX, y: maxY + GRID_GAP_Y * 2 } : { x: 0, y: 0 };
  unplaced.forEach((id, index) => {
    positions.set(id, {
      x: origin.x + (index % GRID_COLUMNS) * (COMPONENT_WIDTH + GRID_GAP_X),
      y: origin.y + Math.floor(index / GRID_COLUMNS) * (COMPONENT_HEIGHT + GRID_GAP_Y),
    });
  });
  return positions;
}

export interface FlowModel {
  readonly nodes: FlowNode[];
  readonly edges: ConnectionEdge[];
  readonly positions: Map<string, Point>;
  readonly boxes: Map<string, Box>;
}

/**
 * Node and edge data from the previous call, reused when equal so that moving one component (or
 * a whole auto-layout) does not re-render every memoized node on a large canvas.
 */
export interface FlowCache {
  components: Map<string, ComponentNodeData>;
  connections: Map<string, ConnectionEdgeData>;
  zones: Map<string, ZoneNodeData>;
  /** Whole node and edge objects: React Flow re-renders a node or edge whose object changed. */
  nodes: Map<string, FlowNode>;
  edges: Map<string, ConnectionEdge>;
  /** Zone chips per component, kept while the names are the same. */
  chips: Map<string, readonly string[]>;
  /**
   * The lists of the previous call, returned again when every item is the same: React Flow
   * rebuilds its lookups of all nodes or all edges whenever it gets a new list (a check result
   * that changes a few badges leaves the 2,800 edges of a 1,000-component model alone).
   */
  nodeList: FlowNode[];
  edgeList: ConnectionEdge[];
  /**
   * Positions and zone boxes of the previous call, kept while the components, zones and layout
   * are the same objects: a check result or a selection then hands the canvas the same maps, and
   * what is drawn from them (the overview's connections) is not rebuilt.
   */
  geometry: {
    readonly components: readonly Component[];
    readonly zones: Project['zones'];
    readonly layout: Project['layout'];
    readonly positions: Map<string, Point>;
    readonly boxes: Map<string, Box>;
  } | null;
}

/**
 * True when `now` places every component where `before` did: the same ids in the same order
 * (unplaced components take grid slots by order), each drawn in the same zone box. A property edit
 * replaces one component object and keeps both, so the positions and zone boxes stand, without
 * rebuilding them for every component on every keystroke.
 */
function samePlacement(before: readonly Component[], now: readonly Component[]): boolean {
  if (before.length !== now.length) return false;
  for (let i = 0; i < now.length; i++) {
    const a = before[i]!;
    const b = now[i]!;
    if (a !== b && (a.id !== b.id || boxZone(a) !== boxZone(b))) return false;
  }
  return true;
}

export function createFlowCache(): FlowCache {
  return {
    components: new Map(),
    connections: new Map(),
    zones: new Map(),
    nodes: new Map(),
    edges: new Map(),
    chips: new Map(),
    nodeList: [],
    edgeList: [],
    geometry: null,
  };
}

/** Same keys in the same order, with equal values. */
function sameEntries<T>(a: ReadonlyMap<string, T>, b: ReadonlyMap<string, T>, same: (x: T, y: T) => boolean): boolean {
  if (a.size !== b.size) return false;
  const other = b.entries();
  for (const [key, value] of a) {
    const next = other.next();
    if (next.done || next.value[0] !== key || !same(value, next.value[1])) return false;
  }
  return true;
}

const samePoint = (a: Point, b: Point): boolean => a.x === b.x && a.y === b.y;
const sameBox = (a: Box, b: Box): boolean => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

function sameList<T>(previous: T[], next: T[]): T[] {
  if (previous.length !== next.length) return next;
  for (let i = 0; i < next.length; i++) if (previous[i] !== next[i]) return next;
  return previous;
}

const arrow = { type: MarkerType.ArrowClosed, width: 16, height: 16 };

/** Size of a component's connection handles (canvas.module.css `.handle`, border-box). */
export const HANDLE_SIZE = 10;
/**
 * A component's size and handles as the canvas CSS draws them: a fixed 200 × 72 box with a
 * connection handle at the middle of each side (a connection may start from any side) and a
 * target handle over the whole body (a connection dropped anywhere on a component ends there).
 * Given to React Flow up front, they spare it measuring every node and handle in the DOM on open.
 * Where a connection meets its boxes is decided by the router (routing/routes.ts), not by these.
 */
const componentMeasured = { width: COMPONENT_WIDTH, height: COMPONENT_HEIGHT };
const half = HANDLE_SIZE / 2;
const componentHandles: NodeHandle[] = [
  { id: 'right', type: 'source', position: Position.Right, x: COMPONENT_WIDTH - half, y: COMPONENT_HEIGHT / 2 - half, width: HANDLE_SIZE, height: HANDLE_SIZE },
  {
    id: 'bottom',
    type: 'source',
    position: Position.Bottom,
    x: COMPONENT_WIDTH / 2 - half,
    y: COMPONENT_HEIGHT - half,
    width: HANDLE_SIZE,
    height: HANDLE_SIZE,
  },
  { id: 'left', type: 'source', position: Position.Left, x: -half, y: COMPONENT_HEIGHT / 2 - half, width: HANDLE_SIZE, height: HANDLE_SIZE },
  { id: 'top', type: 'source', position: Position.Top, x: COMPONENT_WIDTH / 2 - half, y: -half, width: HANDLE_SIZE, height: HANDLE_SIZE },
  { id: 'body', type: 'target', position: Position.Left, x: 0, y: 0, width: COMPONENT_WIDTH, height: COMPONENT_HEIGHT },
];

function sameNode(a: FlowNode, b: FlowNode): boolean {
  return (
    a.data === b.data &&
    a.position.x === b.position.x &&
    a.position.y === b.position.y &&
    a.selected === b.selected &&
    a.width === b.width &&
    a.height === b.height &&
    a.ariaLabel === b.ariaLabel
  );
}

function sameEdge(a: ConnectionEdge, b: ConnectionEdge): boolean {
  return a.data === b.data && a.source === b.source && a.target === b.target && a.selected === b.selected && a.ariaLabel === b.ariaLabel;
}

function reuseWhole<T extends FlowNode | ConnectionEdge>(cache: Map<string, T>, fresh: T, same: (a: T, b: T) => boolean): T {
  const old = cache.get(fresh.id);
  if (old && same(old, fresh)) return old;
  cache.set(fresh.id, fresh);
  return fresh;
}

function reuse<T extends object>(cache: Map<string, T>, id: string, fresh: T): T {
  const old = cache.get(id);
  if (old && shallowEqual(old, fresh)) return old;
  cache.set(id, fresh);
  return fresh;
}

function shallowEqual(a: object, b: object): boolean {
  const ka = Object.keys(a) as (keyof typeof a)[];
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => a[k] === b[k]);
}

type Geometry = NonNullable<FlowCache['geometry']>;

/** The positions and zone boxes of `project`, reusing those of the previous call where they stand. */
function geometryFor(project: Project, before: Geometry | null): Geometry {
  const from = { components: project.components, zones: project.zones, layout: project.layout };
  if (before && before.zones === project.zones && before.layout === project.layout && samePlacement(before.components, project.components)) {
    return before.components === project.components ? before : { ...before, components: project.components };
  }
  const positions = componentPositions(project);
  const boxes = zoneBoxes(project, positions);
  // Recomputed (a component added, moved into another zone, the layout changed), the maps stay
  // the same objects when nothing in them moved, so the overview's connections are not redrawn.
  if (before && sameEntries(before.positions, positions, samePoint) && sameEntries(before.boxes, boxes, sameBox)) {
    return { ...from, positions: before.positions, boxes: before.boxes };
  }
  return { ...from, positions, boxes };
}

export function toFlow(project: Project, selection: ReadonlySet<string>, cache: FlowCache = createFlowCache()): FlowModel {
  cache.geometry = geometryFor(project, cache.geometry);
  const { positions, boxes } = cache.geometry;
  const memberCounts = new Map<string, number>();
  for (const c of project.components) {
    const zone = boxZone(c);
    if (zone) memberCounts.set(zone, (memberCounts.get(zone) ?? 0) + 1);
  }
  const chips = zoneChips(project);
  const nodes: FlowNode[] = [];
  // Zones first, so they draw under the components; only zones with members have a box.
  for (const zone of project.zones) {
    const box = boxes.get(zone.id);
    if (!box) continue;
    nodes.push(
      reuseWhole<FlowNode>(
        cache.nodes,
        {
          id: zone.id,
          type: 'zone',
          position: { x: box.x, y: box.y },
          width: box.width,
          height: box.height,
          style: { width: box.width, height: box.height },
          zIndex: -1,
          selected: selection.has(zone.id),
          ariaLabel: `Zone ${zone.name}`,
          data: reuse(cache.zones, zone.id, { zone, memberCount: memberCounts.get(zone.id) ?? 0 }),
        },
        sameNode,
      ),
    );
  }
  for (const component of project.components) {
    const { x, y } = positions.get(component.id)!;
    const selected = selection.has(component.id);
    const zones = sameChips(cache.chips.get(component.id), chips.get(component.id));
    if (zones) cache.chips.set(component.id, zones);
    else cache.chips.delete(component.id);
    // The same component, place, zones and selection: the cached node as it is, without building
    // and comparing a new one (every component on every keystroke otherwise).
    const cached = cache.nodes.get(component.id);
    if (
      cached?.type === 'component' &&
      cached.data.component === component &&
      cached.data.zones === (zones ?? null) &&
      cached.selected === selected &&
      cached.position.x === x &&
      cached.position.y === y
    ) {
      nodes.push(cached);
      continue;
    }
    nodes.push(
      reuseWhole<FlowNode>(
        cache.nodes,
        {
          id: component.id,
          type: 'component',
          position: { x, y },
          width: COMPONENT_WIDTH,
          height: COMPONENT_HEIGHT,
          measured: componentMeasured,
          handles: componentHandles,
          selected,
          ariaLabel: `${component.name}, ${component.kind}`,
          data: reuse(cache.components, component.id, {
            component,
            instances: effectiveDeployment(component).instances,
            zones: zones ?? null,
          }),
        },
        sameNode,
      ),
    );
  }
  for (const [id, note] of Object.entries(project.layout.notes ?? {})) {
    const cached = cache.nodes.get(id);
    const selected = selection.has(id);
    if (cached?.type === 'note' && cached.data.note === note && cached.selected === selected) {
      nodes.push(cached);
      continue;
    }
    nodes.push({
      id,
      type: 'note',
      position: { x: note.x, y: note.y },
      width: note.width,
      height: note.height,
      style: { width: note.width, height: note.height },
      selected,
      ariaLabel: `Note: ${note.text.slice(0, 80)}`,
      data: { note },
    });
    cache.nodes.set(id, nodes[nodes.length - 1]!);
  }
  const names = new Map(project.components.map((c) => [c.id as string, c.name]));
  const edges: ConnectionEdge[] = project.connections.map((connection) => {
    const fromName = names.get(connection.from) ?? '?';
    const toName = names.get(connection.to) ?? '?';
    const selected = selection.has(connection.id);
    // As for nodes: an unchanged connection between unrenamed components keeps its cached edge.
    const cached = cache.edges.get(connection.id);
    if (
      cached?.data &&
      cached.data.connection === connection &&
      cached.data.fromName === fromName &&
      cached.data.toName === toName &&
      cached.selected === selected
    )
      return cached;
    return reuseWhole<ConnectionEdge>(
      cache.edges,
      {
        id: connection.id,
        type: 'connection',
        source: connection.from,
        target: connection.to,
        selected,
        markerEnd: arrow,
        ariaLabel: `${connection.kind} connection from ${fromName} to ${toName}`,
        data: reuse(cache.connections, connection.id, { connection, fromName, toName }),
      },
      sameEdge,
    );
  });
  cache.nodeList = sameList(cache.nodeList, nodes);
  cache.edgeList = sameList(cache.edgeList, edges);
  return { nodes: cache.nodeList, edges: cache.edgeList, positions, boxes };
}

/** The previous chip list when the names are the same, so the node's data stays the same object. */
function sameChips(before: readonly string[] | undefined, now: readonly string[] | undefined): readonly string[] | undefined {
  if (!now) return undefined;
  if (before && before.length === now.length && before.every((name, i) => name === now[i])) return before;
  return now;
}

/**
 * The nodes with a drag applied: components where they are now, zone boxes as liveGeometry draws
 * them. Unchanged nodes stay the same objects, so React Flow re-renders only what moved.
 */
export function withLiveGeometry(
  nodes: FlowNode[],
  settled: { positions: ReadonlyMap<string, Point>; boxes: ReadonlyMap<string, Box> },
  live: { positions: ReadonlyMap<string, Point>; boxes: ReadonlyMap<string, Box> },
): FlowNode[] {
  if (live.positions === settled.positions && live.boxes === settled.boxes) return nodes;
  return nodes.map((node): FlowNode => {
    if (node.type === 'zone') {
      const box = live.boxes.get(node.id);
      if (!box || box === settled.boxes.get(node.id)) return node;
      return { ...node, position: { x: box.x, y: box.y }, width: box.width, height: box.height, style: { width: box.width, height: box.height } };
    }
    if (node.type === 'note') return node;
    const p = live.positions.get(node.id);
    if (!p || p === settled.positions.get(node.id)) return node;
    return { ...node, position: p };
  });
}
