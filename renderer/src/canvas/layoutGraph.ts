import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import type { Project } from '../../../shared/model/project';
import type { AutoLayoutMode } from '../editor/editorApi';
import { COMPONENT_HEIGHT, COMPONENT_WIDTH, GRID_GAP_X, ZONE_LABEL_HEIGHT, ZONE_PADDING } from './geometry';
import { barycentricOrder } from './layoutOrder';

/**
 * Turns a project into an ELK graph and ELK's answer back into layout positions. Pure, so it is
 * tested under Node with the real elkjs; the worker only runs `elk.layout` on what this builds.
 */
const layoutOptions = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
  'elk.spacing.nodeNode': '40',
  'elk.layered.spacing.nodeNodeBetweenLayers': '80',
  'elk.spacing.componentComponent': '60',
  'elk.padding': `[top=${ZONE_LABEL_HEIGHT + ZONE_PADDING},left=${ZONE_PADDING},bottom=${ZONE_PADDING},right=${ZONE_PADDING}]`,
} as const;

/**
 * From this many placed components on, ELK's default pipeline takes seconds in a fresh (cold)
 * worker: 5 s for 500 components, mostly crossing minimisation over ~2,000 long-edge dummy nodes,
 * orthogonal edge routing and Brandes-Köpf placement. Smaller diagrams keep the default options,
 * which lay out templates in well under a second.
 */
export const LARGE_LAYOUT = 150;

/**
 * Options for large diagrams. The canvas draws its own curves from node to node and discards
 * ELK's edge routes, so the cheapest router will do (orthogonal routing also widened the gaps
 * between layers for routing channels nobody sees). Simple placement stacks each layer instead
 * of stretching it along long edges: Brandes-Köpf made 500 components 28,000 px tall, simple
 * placement 11,500. Crossing minimisation keeps the order `barycentricOrder` gives as node
 * positions; with it the drawing has fewer crossings than with ELK's own sweeps (109k against
 * 130k straight-line crossings at 500 components). Thoroughness 1 caps layering iterations.
 */
const largeLayoutOptions = {
  'elk.edgeRouting': 'POLYLINE',
  'elk.layered.nodePlacement.strategy': 'SIMPLE',
  'elk.layered.crossingMinimization.strategy': 'INTERACTIVE',
  'elk.layered.thoroughness': '1',
} as const;

/** Components the layout moves: all of them, or only those without a stored position. */
export function componentsToPlace(project: Project, mode: AutoLayoutMode): Set<string> {
  if (mode === 'full') return new Set(project.components.map((c) => c.id));
  return new Set(project.components.filter((c) => !project.layout.components[c.id]).map((c) => c.id));
}

export function buildElkGraph(project: Project, mode: AutoLayoutMode): ElkNode {
  const placing = componentsToPlace(project, mode);
  // Zones become compound nodes only in a full layout; placing a few new components must not
  // move zone boxes the user arranged.
  const zoneIds = new Set(mode === 'full' ? project.zones.map((z) => z.id as string) : []);
  const zoneChildren = new Map<string, ElkNode[]>();
  const root: ElkNode[] = [];
  for (const component of project.components) {
    if (!placing.has(component.id)) continue;
    const node: ElkNode = { id: component.id, width: COMPONENT_WIDTH, height: COMPONENT_HEIGHT };
    const zone = component.zoneIds?.[0];
    if (zone && zoneIds.has(zone)) {
      const list = zoneChildren.get(zone) ?? [];
      list.push(node);
      zoneChildren.set(zone, list);
    } else root.push(node);
  }
  const large = placing.size >= LARGE_LAYOUT;
  // Crossing minimisation runs per graph, so each zone's graph needs the large options as well.
  const zoneOptions = { 'elk.padding': layoutOptions['elk.padding'], ...(large ? largeLayoutOptions : {}) };
  for (const [zone, children] of zoneChildren) root.push({ id: zone, children, layoutOptions: zoneOptions });
  const connections = project.connections.filter((c) => placing.has(c.from) && placing.has(c.to) && c.from !== c.to);
  const edges: ElkExtendedEdge[] = connections.map((c) => ({ id: c.id, sources: [c.from], targets: [c.to] }));
  if (!large) return { id: 'root', layoutOptions: { ...layoutOptions }, children: root, edges };
  placeInOrder(root, connections);
  // Without zone boxes the graph is flat: hierarchy-aware layout only adds work.
  const hierarchy = zoneChildren.size > 0 ? {} : { 'elk.hierarchyHandling': 'SEPARATE_CHILDREN' };
  return { id: 'root', layoutOptions: { ...layoutOptions, ...largeLayoutOptions, ...hierarchy }, children: root, edges };
}

/** Horizontal distance per layer in the order hints; only their relative values matter to ELK. */
const HINT_LAYER_WIDTH = COMPONENT_WIDTH + 100;
/** Vertical extent of the order hints: fractions of a layer become coordinates ELK can compare. */
const HINT_HEIGHT = 20_000;

/**
 * Gives every node the position ELK's interactive crossing minimisation orders by. Long-edge
 * dummies are placed by interpolating between their ends' positions, so x follows the layers
 * (and stays above 0: ELK ignores x = 0 when it averages a layer's position). A zone box sits at
 * its members' average height.
 */
function placeInOrder(root: ElkNode[], connections: readonly { from: string; to: string }[]): void {
  const components = root.flatMap((node) => (node.children ? node.children : [node]));
  const order = barycentricOrder(components.map((c) => c.id), connections);
  for (const node of components) {
    const hint = order.get(node.id);
    if (!hint) continue;
    node.x = 1 + hint.layer * HINT_LAYER_WIDTH;
    node.y = hint.position * HINT_HEIGHT;
  }
  for (const zone of root) {
    if (!zone.children?.length) continue;
    zone.x = Math.min(...zone.children.map((c) => c.x ?? 0));
    zone.y = zone.children.reduce((sum, c) => sum + (c.y ?? 0), 0) / zone.children.length;
  }
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
      zones[node.id] = { x: Math.round(x), y: Math.round(y), width: Math.round(node.width ?? COMPONENT_WIDTH), height: Math.round(node.height ?? COMPONENT_HEIGHT) };
      for (const child of node.children) components[child.id] = { x: Math.round(x + (child.x ?? 0)), y: Math.round(y + (child.y ?? 0)) };
    } else {
      components[node.id] = { x: Math.round(x), y: Math.round(y) };
    }
  }
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

/** The project with the layout result merged in; zones no longer laid out keep their boxes. */
export function applyLayoutResult(project: Project, result: LayoutResult, mode: AutoLayoutMode): Project {
  const zones = mode === 'full' ? dropEmptyZoneBoxes(project, result) : project.layout.zones;
  return {
    ...project,
    layout: {
      components: { ...project.layout.components, ...result.components },
      zones: { ...zones, ...result.zones },
    },
  };
}

/** In a full layout zones with members get fresh boxes from ELK; an empty zone keeps the box it had. */
function dropEmptyZoneBoxes(project: Project, result: LayoutResult): Project['layout']['zones'] {
  const kept: Project['layout']['zones'] = {};
  for (const [id, box] of Object.entries(project.layout.zones)) if (!result.zones[id] && !hasMembers(project, id)) kept[id] = box;
  return kept;
}

function hasMembers(project: Project, zoneId: string): boolean {
  return project.components.some((c) => c.zoneIds?.[0] === zoneId);
}
