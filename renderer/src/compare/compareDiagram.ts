import type { Project } from '../../../shared/model/project';
import type { ConnectionKind } from '../../../shared/model/connection';
import type { ChangeMark } from './compareModel';

/** Size of a component's box in the comparison diagrams, in diagram units. */
export const NODE_WIDTH = 170;
export const NODE_HEIGHT = 48;
const GRID_X = 230;
const GRID_Y = 90;

export interface DiagramNode {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly x: number;
  readonly y: number;
  readonly mark?: ChangeMark;
}

export interface DiagramEdge {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly kind: ConnectionKind;
  readonly mark?: ChangeMark;
}

export interface DiagramModel {
  readonly nodes: readonly DiagramNode[];
  readonly edges: readonly DiagramEdge[];
  /** The drawing's bounds, for the SVG viewBox. */
  readonly box: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
  /** Unchanged components left out of a large project's drawing. */
  readonly omitted: number;
}

/**
 * One side of the comparison as a static diagram: components where the project's layout puts
 * them (those without a position on a grid below), marked by change. A large project draws
 * only the changed components and their neighbours, so the changes stay readable.
 */
export function diagramModel(project: Project, marks: ReadonlyMap<string, ChangeMark>, edgeMarks: ReadonlyMap<string, ChangeMark>, limit = 400): DiagramModel {
  let shown: ReadonlySet<string> | null = null;
  if (project.components.length > limit) {
    const keep = new Set(marks.keys());
    for (const c of project.connections) {
      if (keep.size >= limit) break;
      if (marks.has(c.from) || marks.has(c.to) || edgeMarks.has(c.id)) {
        keep.add(c.from);
        keep.add(c.to);
      }
    }
    shown = keep;
  }
  const components = shown === null ? project.components : project.components.filter((c) => shown.has(c.id));
  const placed = components.map((c) => project.layout.components[c.id]).filter((p) => p !== undefined);
  const bottom = placed.length === 0 ? 0 : Math.max(...placed.map((p) => p.y)) + GRID_Y * 1.5;
  const left = placed.length === 0 ? 0 : Math.min(...placed.map((p) => p.x));
  const perRow = Math.max(4, Math.ceil(Math.sqrt(components.length)));
  let unplaced = 0;
  const nodes: DiagramNode[] = components.map((c) => {
    let at = project.layout.components[c.id];
    if (at === undefined) {
      at = { x: left + (unplaced % perRow) * GRID_X, y: bottom + Math.floor(unplaced / perRow) * GRID_Y };
      unplaced++;
    }
    const mark = marks.get(c.id);
    return { id: c.id, name: c.name, kind: c.kind, x: at.x, y: at.y, ...(mark ? { mark } : {}) };
  });
  const drawn = new Set(nodes.map((n) => n.id));
  const edges: DiagramEdge[] = project.connections
    .filter((c) => drawn.has(c.from) && drawn.has(c.to))
    .map((c) => {
      const mark = edgeMarks.get(c.id);
      return { id: c.id, from: c.from, to: c.to, kind: c.kind, ...(mark ? { mark } : {}) };
    });
  const pad = 24;
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  const minX = nodes.length === 0 ? 0 : Math.min(...xs) - pad;
  const minY = nodes.length === 0 ? 0 : Math.min(...ys) - pad;
  const maxX = nodes.length === 0 ? NODE_WIDTH : Math.max(...xs) + NODE_WIDTH + pad;
  const maxY = nodes.length === 0 ? NODE_HEIGHT : Math.max(...ys) + NODE_HEIGHT + pad;
  return { nodes, edges, box: { x: minX, y: minY, width: maxX - minX, height: maxY - minY }, omitted: project.components.length - nodes.length };
}
