import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import type { Project } from '../../../shared/model/project';
import { COMPONENT_HEIGHT, COMPONENT_WIDTH, GRID_GAP_X, ZONE_LABEL_HEIGHT, ZONE_PADDING } from '../diagram/geometry';
import type { LargeLayoutInput } from './largeLayout';
import { boxZone } from '../diagram/zones';

/**
 * Turns a project into an ELK graph and ELK's answer back into layout positions. Pure, so it is
 * tested under Node with the real elkjs; the worker only runs `elk.layout` on what this builds.
 */

/** What an auto-layout places: every component, or only those without a position yet. */
export type AutoLayoutMode = 'full' | 'new';
/**
 * Layered, left to right or top to bottom (layoutDirection), with zones as groups. ELK places the components for orthogonal routes,
 * with room between layers and between the boxes of a layer for the routes the canvas draws
 * (routing/): a connection never ends up a few pixels long or squeezed between two boxes.
 */
const layoutOptions = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.spacing.nodeNode': '48',
  'elk.layered.spacing.nodeNodeBetweenLayers': '96',
  'elk.spacing.edgeNode': '24',
  'elk.spacing.edgeEdge': '12',
  'elk.layered.spacing.edgeNodeBetweenLayers': '32',
  'elk.layered.spacing.edgeEdgeBetweenLayers': '12',
  'elk.spacing.componentComponent': '64',
  'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
  'elk.padding': `[top=${ZONE_LABEL_HEIGHT + ZONE_PADDING},left=${ZONE_PADDING},bottom=${ZONE_PADDING},right=${ZONE_PADDING}]`,
} as const;

const spacingOptions = Object.fromEntries(Object.entries(layoutOptions).filter(([key]) => key.includes('spacing')));

/**
 * From this many placed components on, the layout is our own (largeLayout.ts) rather than ELK's:
 * ELK's layered pipeline in a fresh worker takes seconds there (docs/performance.md). Smaller
 * diagrams keep ELK with its default options.
 */
export const LARGE_LAYOUT = 150;

/** Components the layout moves: all of them, or only those without a stored position. */
export function componentsToPlace(project: Project, mode: AutoLayoutMode): Set<string> {
  if (mode === 'full') return new Set(project.components.map((c) => c.id));
  return new Set(project.components.filter((c) => !project.layout.components[c.id]).map((c) => c.id));
}

/** The canvas the layout is for, in screen pixels. */
export interface CanvasSize {
  readonly width: number;
  readonly height: number;
}

/** Below this zoom a component's details are hidden (useCanvasAttributes' DETAIL_ZOOM). */
const DETAILED = 0.75;

/**
 * Left to right, as architecture diagrams read, unless that drawing would fit the canvas only
 * below the zoom that shows details and top to bottom fits clearly larger: a chain of nine layers
 * then runs down the window. Estimated from the longest-path layering (the count of layers and
 * the widest layer) before ELK runs.
 */
export function layoutDirection(project: Project, placing: ReadonlySet<string>, canvas: CanvasSize): 'RIGHT' | 'DOWN' {
  const next = new Map<string, string[]>();
  for (const c of project.connections) {
    if (!placing.has(c.from) || !placing.has(c.to) || c.from === c.to) continue;
    next.set(c.from, [...(next.get(c.from) ?? []), c.to]);
  }
  // Longest path from each component, ignoring the edge that closes a cycle.
  const depth = new Map<string, number>();
  const visiting = new Set<string>();
  const walk = (id: string): number => {
    const known = depth.get(id);
    if (known !== undefined) return known;
    if (visiting.has(id)) return 0;
    visiting.add(id);
    let d = 0;
    for (const to of next.get(id) ?? []) d = Math.max(d, walk(to) + 1);
    visiting.delete(id);
    depth.set(id, d);
    return d;
  };
  const perLayer = new Map<number, number>();
  for (const id of placing) perLayer.set(walk(id), (perLayer.get(walk(id)) ?? 0) + 1);
  const layers = perLayer.size;
  const widest = Math.max(1, ...perLayer.values());
  const between = Number(layoutOptions['elk.layered.spacing.nodeNodeBetweenLayers']);
  const within = Number(layoutOptions['elk.spacing.nodeNode']);
  const zoomFor = (width: number, height: number) => Math.min(1, canvas.width / width, canvas.height / height);
  const right = zoomFor(layers * (COMPONENT_WIDTH + between), widest * (COMPONENT_HEIGHT + within));
  const down = zoomFor(widest * (COMPONENT_WIDTH + within), layers * (COMPONENT_HEIGHT + between));
  return right < DETAILED && down > right * 1.1 ? 'DOWN' : 'RIGHT';
}

/** `canvas` is the size of the canvas in screen pixels, which the layout's direction suits. */
export function buildElkGraph(project: Project, mode: AutoLayoutMode, canvas: CanvasSize = { width: 1280, height: 800 }): ElkNode {
  const placing = componentsToPlace(project, mode);
  // Zones become compound nodes only in a full layout; placing a few new components must not
  // move zone boxes the user arranged.
  const zoneIds = new Set(mode === 'full' ? project.zones.map((z) => z.id as string) : []);
  const zoneChildren = new Map<string, ElkNode[]>();
  const root: ElkNode[] = [];
  for (const component of project.components) {
    if (!placing.has(component.id)) continue;
    const node: ElkNode = { id: component.id, width: COMPONENT_WIDTH, height: COMPONENT_HEIGHT };
    // Grouped with the components of its zone's box; one spread over several zones sits outside them.
    const zone = boxZone(component);
    if (zone && zoneIds.has(zone)) {
      const list = zoneChildren.get(zone) ?? [];
      list.push(node);
      zoneChildren.set(zone, list);
    } else root.push(node);
  }
  // Spacing options apply to the children of the graph that states them: each zone restates them,
  // or ELK packs a zone's members with its defaults (a queue and its worker 12 px apart).
  for (const [zone, children] of zoneChildren)
    root.push({ id: zone, children, layoutOptions: { ...spacingOptions, 'elk.padding': layoutOptions['elk.padding'] } });
  const edges: ElkExtendedEdge[] = project.connections
    .filter((c) => placing.has(c.from) && placing.has(c.to) && c.from !== c.to)
    .map((c) => ({ id: c.id, sources: [c.from], targets: [c.to] }));
  return { id: 'root', layoutOptions: { ...layoutOptions, 'elk.direction': layoutDirection(project, placing, canvas) }, children: root, edges };
}

/**
 * What the large-diagram layout needs (largeLayout.ts), and no more: the worker receives ids,
 * zones and connection ends instead of a structured clone of the whole project. Zones box their
 * members only in a full layout, as in buildElkGraph.
 */
export function largeLayoutInput(project: Project, mode: AutoLayoutMode): LargeLayoutInput {
  const placing = componentsToPlace(project, mode);
  const zoneIds = new Set(mode === 'full' ? project.zones.map((z) => z.id as string) : []);
  const components = project.components
    .filter((c) => placing.has(c.id))
    .map((c) => {
      const zone = boxZone(c);
      return { id: c.id, zone: zone && zoneIds.has(zone) ? zone : null };
    });
  const connections = project.connections.filter((c) => placing.has(c.from) && placing.has(c.to) && c.from !== c.to).map((c) => ({ from: c.from, to: c.to }));
  return { components, connections };
}

export interface LayoutResult {
  readonly components: Record<string, { x: number; y: number }>;
  readonly zones: Record<string, { x: number; y: number; width: number; height: number }>;
}

/**
 * Absolute positions from ELK's answer (children are relative to their zone). In 'new' mode
 * the placed group goes below everything already on the canvas so nothing overlaps.
 */
export function readElkResult(project: Project, result: ElkNode, mode: AutoLayoutMode): LayoutResult {
  const components: Record<string, { x: number; y: number }> = {};
  const zones: Record<string, { x: number; y: number; width: number; height: number }> = {};
  const zoneIds = new Set(project.zones.map((z) => z.id as string));
  const offset = mode === 'new' ? belowExisting(project) : { x: 0, y: 0 };
  for (const node of result.children ?? []) {
    const x = (node.x ?? 0) + offset.x;
    const y = (node.y ?? 0) + offset.y;
    if (zoneIds.has(node.id) && node.children) {
      zones[node.id] = {
        x: Math.round(x),
        y: Math.round(y),
        width: Math.round(node.width ?? COMPONENT_WIDTH),
        height: Math.round(node.height ?? COMPONENT_HEIGHT),
      };
      for (const child of node.children) components[child.id] = { x: Math.round(x + (child.x ?? 0)), y: Math.round(y + (child.y ?? 0)) };
    } else {
      components[node.id] = { x: Math.round(x), y: Math.round(y) };
    }
  }
  return { components, zones };
}

/**
 * A large layout's answer (largeLayout.ts, drawn from (0, 0)) moved where readElkResult puts
 * ELK's: in 'new' mode below everything already on the canvas.
 */
export function placeLargeResult(project: Project, result: LayoutResult, mode: AutoLayoutMode): LayoutResult {
  if (mode !== 'new') return result;
  const offset = belowExisting(project);
  const components: Record<string, { x: number; y: number }> = {};
  const zones: Record<string, { x: number; y: number; width: number; height: number }> = {};
  for (const [id, p] of Object.entries(result.components)) components[id] = { x: p.x + offset.x, y: p.y + offset.y };
  for (const [id, box] of Object.entries(result.zones)) zones[id] = { ...box, x: box.x + offset.x, y: box.y + offset.y };
  return { components, zones };
}

function belowExisting(project: Project): { x: number; y: number } {
  let maxY = -Infinity;
  let minX = Infinity;
  for (const p of Object.values(project.layout.components)) {
    maxY = Math.max(maxY, p.y + COMPONENT_HEIGHT);
    minX = Math.min(minX, p.x);
  }
  for (const b of Object.values(project.layout.zones)) {
    maxY = Math.max(maxY, b.y + b.height);
    minX = Math.min(minX, b.x);
  }
  return Number.isFinite(maxY) ? { x: minX, y: maxY + GRID_GAP_X } : { x: 0, y: 0 };
}

/**
 * The project with the layout result's positions merged in. Zone boxes are drawn round their
 * members (zones.ts), never stored: a layout clears boxes older files kept.
 */
export function applyLayoutResult(project: Project, result: LayoutResult, _mode: AutoLayoutMode): Project {
  const { notes, ...rest } = project.layout;
  return {
    ...project,
    layout: {
      ...rest,
      components: { ...project.layout.components, ...result.components },
      zones: {},
      ...(notes ? { notes } : {}),
    },
  };
}
