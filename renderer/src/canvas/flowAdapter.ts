import { MarkerType, Position, type Edge, type Node, type NodeHandle } from '@xyflow/react';
import type { Component } from '../../../shared/model/component';
import type { Connection } from '../../../shared/model/connection';
import { effectiveDeployment } from '../../../shared/model/defaults';
import type { Project } from '../../../shared/model/project';
import type { Zone } from '../../../shared/model/zone';
import { COMPONENT_HEIGHT, COMPONENT_WIDTH, contains, GRID_COLUMNS, GRID_GAP_X, GRID_GAP_Y, ZONE_LABEL_HEIGHT, ZONE_PADDING, type Box } from './geometry';

/**
 * The only place that knows both the domain and React Flow. The domain never sees React Flow's
 * types and the layout never stores them: nodes and edges are rebuilt from the project.
 */
/** What the latest check marks on a component (badge, highlight) is not here: see canvasMarks.ts. */
export type ComponentNodeData = {
  readonly component: Component;
  readonly instances: number;
};
export type ZoneNodeData = { readonly zone: Zone; readonly memberCount: number };
export type ConnectionEdgeData = {
  readonly connection: Connection;
  readonly fromName: string;
  readonly toName: string;
};
export type ComponentNode = Node<ComponentNodeData, 'component'>;
export type ZoneNode = Node<ZoneNodeData, 'zone'>;
export type FlowNode = ComponentNode | ZoneNode;
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

/** Each zone's box: the stored one, else the smallest box around the components whose first zone it is. */
export function zoneBoxes(project: Project, positions: ReadonlyMap<string, Point>): Map<string, Box> {
  const boxes = new Map<string, Box>();
  const members = new Map<string, Point[]>();
  for (const component of project.components) {
    const zone = component.zoneIds?.[0];
    const p = positions.get(component.id);
    if (!zone || !p) continue;
    const list = members.get(zone) ?? [];
    list.push(p);
    members.set(zone, list);
  }
  let emptyIndex = 0;
  for (const zone of project.zones) {
    const stored = project.layout.zones[zone.id];
    if (stored) {
      boxes.set(zone.id, stored);
      continue;
    }
    const points = members.get(zone.id);
    if (points && points.length > 0) {
      const minX = Math.min(...points.map((p) => p.x));
      const minY = Math.min(...points.map((p) => p.y));
      const maxX = Math.max(...points.map((p) => p.x + COMPONENT_WIDTH));
      const maxY = Math.max(...points.map((p) => p.y + COMPONENT_HEIGHT));
      boxes.set(zone.id, { x: minX - ZONE_PADDING, y: minY - ZONE_PADDING - ZONE_LABEL_HEIGHT, width: maxX - minX + 2 * ZONE_PADDING, height: maxY - minY + 2 * ZONE_PADDING + ZONE_LABEL_HEIGHT });
    } else {
      // An empty zone with no box yet: a small box above the diagram, in a row with the others.
      boxes.set(zone.id, { x: emptyIndex * (COMPONENT_WIDTH + 2 * ZONE_PADDING + GRID_GAP_X), y: -COMPONENT_HEIGHT * 3, width: COMPONENT_WIDTH + 2 * ZONE_PADDING, height: COMPONENT_HEIGHT + 2 * ZONE_PADDING + ZONE_LABEL_HEIGHT });
      emptyIndex += 1;
    }
  }
  return boxes;
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
 * (unplaced components take grid slots by order), each in the same first zone. A property edit
 * replaces one component object and keeps both, so the positions and zone boxes stand, without
 * rebuilding them for 1,000 components on every keystroke (measured: ~6 ms of the edit's render).
 */
function samePlacement(before: readonly Component[], now: readonly Component[]): boolean {
  if (before.length !== now.length) return false;
  for (let i = 0; i < now.length; i++) {
    const a = before[i]!;
    const b = now[i]!;
    if (a !== b && (a.id !== b.id || a.zoneIds?.[0] !== b.zoneIds?.[0])) return false;
  }
  return true;
}

export function createFlowCache(): FlowCache {
  return { components: new Map(), connections: new Map(), zones: new Map(), nodes: new Map(), edges: new Map(), nodeList: [], edgeList: [], geometry: null };
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
 * A component's size and handles as the canvas CSS draws them: a fixed 200 × 72 box with a 1 px
 * border, the target handle centred on its left border and the source handle on its right.
 * Given to React Flow up front, they spare it measuring every node and handle in the DOM on
 * open (a forced layout per node on a large diagram), and edges can be drawn on the first frame.
 */
const componentMeasured = { width: COMPONENT_WIDTH, height: COMPONENT_HEIGHT };
const handleTop = COMPONENT_HEIGHT / 2 - HANDLE_SIZE / 2;
// id null, as React Flow reads it from a handle's DOM: it finds the handle a connection is dropped
// on by a data-id built from the id, so undefined here would never match the element.
const componentHandles: NodeHandle[] = [
  { id: null, type: 'target', position: Position.Left, x: 1 - HANDLE_SIZE / 2, y: handleTop, width: HANDLE_SIZE, height: HANDLE_SIZE },
  { id: null, type: 'source', position: Position.Right, x: COMPONENT_WIDTH - 1 - HANDLE_SIZE / 2, y: handleTop, width: HANDLE_SIZE, height: HANDLE_SIZE },
];
/** Where connections end on a component, relative to its top-left corner (as React Flow computes them). */
export const CONNECTION_END = { sourceX: COMPONENT_WIDTH - 1 + HANDLE_SIZE / 2, targetX: 1 - HANDLE_SIZE / 2, y: COMPONENT_HEIGHT / 2 };

function sameNode(a: FlowNode, b: FlowNode): boolean {
  return (
    a.data === b.data &&
    a.position.x === b.position.x &&
    a.position.y === b.position.y &&
    a.parentId === b.parentId &&
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
    const zone = c.zoneIds?.[0];
    if (zone) memberCounts.set(zone, (memberCounts.get(zone) ?? 0) + 1);
  }
  const nodes: FlowNode[] = [];
  // Parents must come before their children in React Flow's node list.
  for (const zone of project.zones) {
    const box = boxes.get(zone.id)!;
    nodes.push(reuseWhole<FlowNode>(cache.nodes, {
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
    }, sameNode));
  }
  for (const component of project.components) {
    const absolute = positions.get(component.id)!;
    const zone = component.zoneIds?.[0];
    const box = zone ? boxes.get(zone) : undefined;
    const selected = selection.has(component.id);
    const x = box ? absolute.x - box.x : absolute.x;
    const y = box ? absolute.y - box.y : absolute.y;
    // The same component, place and selection: the cached node as it is, without building and
    // comparing a new one (every component on every keystroke otherwise).
    const cached = cache.nodes.get(component.id);
    if (cached?.type === 'component' && cached.data.component === component && cached.selected === selected && cached.position.x === x && cached.position.y === y && cached.parentId === (box ? zone : undefined)) {
      nodes.push(cached);
      continue;
    }
    nodes.push(reuseWhole<FlowNode>(cache.nodes, {
      id: component.id,
      type: 'component',
      position: box ? { x, y } : absolute,
      ...(box ? { parentId: zone } : {}),
      width: COMPONENT_WIDTH,
      height: COMPONENT_HEIGHT,
      measured: componentMeasured,
      handles: componentHandles,
      selected,
      ariaLabel: `${component.name}, ${component.kind}`,
      data: reuse(cache.components, component.id, {
        component,
        instances: effectiveDeployment(component).instances,
      }),
    }, sameNode));
  }
  const names = new Map(project.components.map((c) => [c.id as string, c.name]));
  const edges: ConnectionEdge[] = project.connections.map((connection) => {
    const fromName = names.get(connection.from) ?? '?';
    const toName = names.get(connection.to) ?? '?';
    const selected = selection.has(connection.id);
    // As for nodes: an unchanged connection between unrenamed components keeps its cached edge.
    const cached = cache.edges.get(connection.id);
    if (cached?.data && cached.data.connection === connection && cached.data.fromName === fromName && cached.data.toName === toName && cached.selected === selected) return cached;
    return reuseWhole<ConnectionEdge>(cache.edges, {
      id: connection.id,
      type: 'connection',
      source: connection.from,
      target: connection.to,
      selected,
      markerEnd: arrow,
      ariaLabel: `${connection.kind} connection from ${fromName} to ${toName}`,
      data: reuse(cache.connections, connection.id, { connection, fromName, toName }),
    }, sameEdge);
  });
  cache.nodeList = sameList(cache.nodeList, nodes);
  cache.edgeList = sameList(cache.edgeList, edges);
  return { nodes: cache.nodeList, edges: cache.edgeList, positions, boxes };
}

/** The absolute position of a node React Flow reports relative to its parent zone. */
export function toAbsolute(position: Point, parentId: string | undefined, boxes: ReadonlyMap<string, Box>): Point {
  const box = parentId ? boxes.get(parentId) : undefined;
  return box ? { x: position.x + box.x, y: position.y + box.y } : position;
}

/**
 * The zone a component dropped at `position` (absolute, top-left) belongs in: the smallest zone
 * box containing its centre, or null outside every zone.
 */
export function zoneAt(position: Point, boxes: ReadonlyMap<string, Box>): string | null {
  const cx = position.x + COMPONENT_WIDTH / 2;
  const cy = position.y + COMPONENT_HEIGHT / 2;
  let best: { id: string; area: number } | null = null;
  for (const [id, box] of boxes) {
    if (!contains(box, cx, cy)) continue;
    const area = box.width * box.height;
    if (!best || area < best.area) best = { id, area };
  }
  return best?.id ?? null;
}

/**
 * New zone list after a drop: entering a zone makes it the first (others kept); leaving the
 * first zone's box for no zone removes only that zone. Returns null when nothing changes.
 */
export function zonesAfterDrop(current: readonly string[] | undefined, dropped: string | null): string[] | null {
  const list = current ?? [];
  const first = list[0];
  if (dropped === null) return first === undefined ? null : list.slice(1);
  if (first === dropped) return null;
  return [dropped, ...list.filter((z) => z !== dropped)];
}

