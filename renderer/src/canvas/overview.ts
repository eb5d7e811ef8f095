import { getViewportForBounds, type Viewport } from '@xyflow/react';
import type { ComponentKind } from '../../../shared/model/component';
import type { ConnectionKind } from '../../../shared/model/connection';
import type { ComponentMarks } from './canvasMarks';
import type { Point } from './flowAdapter';
import { directRoute } from './routing/routes';
import { bandColor, severityColor } from './highlight';
import { kindColor } from './kindIcons';
import { COMPONENT_HEIGHT, COMPONENT_WIDTH, type Box } from '../diagram/geometry';

/**
 * Below this zoom a large diagram is drawn as an overview: components as plain coloured boxes,
 * connections as a few SVG paths. A large diagram then has a few DOM elements per component instead
 * of React Flow's dozens (and no separately painted layer per edge), which is what keeps opening and
 * panning a large project fast.
 */
export const OVERVIEW_ZOOM = 0.35;
/**
 * A diagram this small stays cheap to draw in full: it keeps its names (semantic zoom enlarges
 * them) down to SMALL_OVERVIEW_ZOOM, where a name would need a font as wide as its box.
 */
export const SMALL_DIAGRAM = 200;
export const SMALL_OVERVIEW_ZOOM = 0.15;

/** The zoom below which a diagram of this many components is drawn as an overview. */
export function overviewBelow(componentCount: number): number {
  return componentCount <= SMALL_DIAGRAM ? SMALL_OVERVIEW_ZOOM : OVERVIEW_ZOOM;
}

/** Line styles of the overview's connections. */
export type OverviewLine = 'solid' | 'dashed' | 'dotted' | 'selected';

const lineOf: Readonly<Record<ConnectionKind, OverviewLine>> = { sync: 'solid', read: 'solid', write: 'solid', async: 'dashed', replication: 'dotted' };

export interface OverviewConnection {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly kind: ConnectionKind;
}

/** One SVG path of the overview: connections of one line style whose bounds span the same cells. */
export interface OverviewPath {
  readonly key: string;
  readonly line: OverviewLine;
  readonly d: string;
}

/** Side, in flow units, of the cells the overview groups its connections by (see overviewPaths). */
export const OVERVIEW_PATH_CELL = 1000;

const lineOrder: readonly OverviewLine[] = ['solid', 'dashed', 'dotted', 'selected'];

/**
 * The overview's connections as SVG paths: the direct routes between the facing sides of the two
 * components (routing/routes.ts), grouped by line style and by the cells
 * (OVERVIEW_PATH_CELL) their ends span. Not one path per style: when one component changes colour,
 * Chromium rasters again every path whose bounds cross the changed spot, and a path of every
 * connection crosses every spot, so a single changed box would raster them all. Paths come in drawing order (selected last,
 * on top). Connections to a component with no position (none in a valid project) are left out
 * rather than drawn to the origin.
 */
export function overviewPaths(
  connections: readonly OverviewConnection[],
  positions: ReadonlyMap<string, Point>,
  selection: ReadonlySet<string>,
): OverviewPath[] {
  const groups = new Map<string, { line: OverviewLine; parts: string[] }>();
  const cell = (value: number): number => Math.floor(value / OVERVIEW_PATH_CELL);
  for (const connection of connections) {
    const from = positions.get(connection.from);
    const to = positions.get(connection.to);
    if (!from || !to) continue;
    const { points } = directRoute({ ...from, width: COMPONENT_WIDTH, height: COMPONENT_HEIGHT }, { ...to, width: COMPONENT_WIDTH, height: COMPONENT_HEIGHT });
    const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x},${p.y}`).join('');
    const sourceX = points[0]!.x;
    const sourceY = points[0]!.y;
    const targetX = points[points.length - 1]!.x;
    const targetY = points[points.length - 1]!.y;
    const line = selection.has(connection.id) ? 'selected' : lineOf[connection.kind];
    const key = `${line} ${cell(Math.min(sourceX, targetX))} ${cell(Math.min(sourceY, targetY))} ${cell(Math.max(sourceX, targetX))} ${cell(Math.max(sourceY, targetY))}`;
    const group = groups.get(key);
    if (group) group.parts.push(path);
    else groups.set(key, { line, parts: [path] });
  }
  return [...groups]
    .map(([key, { line, parts }]) => ({ key, line, d: parts.join('') }))
    .sort((a, b) => lineOrder.indexOf(a.line) - lineOrder.indexOf(b.line) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * The viewport that fits every component and zone into a canvas of this size, computed before the
 * first render. React Flow's own `fitView` measures every node at zoom 1 first, which would render
 * a large diagram in full detail once only to throw that away.
 */
export function fittedViewport(
  positions: ReadonlyMap<string, Point>,
  boxes: ReadonlyMap<string, Box>,
  width: number,
  height: number,
  options: { minZoom: number; maxZoom: number; padding: number },
): Viewport {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const include = (x: number, y: number, w: number, h: number): void => {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x + w);
    maxY = Math.max(maxY, y + h);
  };
  for (const p of positions.values()) include(p.x, p.y, COMPONENT_WIDTH, COMPONENT_HEIGHT);
  for (const b of boxes.values()) include(b.x, b.y, b.width, b.height);
  if (minX === Infinity || width <= 0 || height <= 0) return { x: 0, y: 0, zoom: 1 };
  return getViewportForBounds({ x: minX, y: minY, width: maxX - minX, height: maxY - minY }, width, height, options.minZoom, options.maxZoom, options.padding);
}

/**
 * An overview component's colours: filled with what the highlight shows — worst open finding,
 * utilization band or SPOF — and otherwise its kind's colour (light when it has no finding), so a
 * whole large diagram reads at a glance. A selected component is filled with the primary colour
 * and outlined in the text colour.
 */
export function overviewFill(kind: ComponentKind, marks: ComponentMarks | undefined, selected: boolean): { fill: string; stroke: string } {
  const highlight = marks?.highlight ?? 'findings';
  const badge = marks?.badge ?? null;
  const color =
    highlight === 'utilization'
      ? marks?.band
        ? bandColor[marks.band]
        : 'gray'
      : highlight === 'spof'
        ? marks?.spof
          ? 'red'
          : 'gray'
        : badge
          ? severityColor[badge.severity]
          : kindColor(kind);
  // Selected: the primary colour, outlined in the text colour so it stands apart from an info finding's blue.
  if (selected) return { fill: 'var(--mantine-primary-color-filled)', stroke: 'var(--mantine-color-text)' };
  return { fill: `var(--mantine-color-${color}-${highlight === 'findings' && !badge ? 'light' : 'filled'})`, stroke: `var(--mantine-color-${color}-filled)` };
}

/** The components wholly inside a rectangle (flow coordinates), as React Flow's selection box takes nodes. */
export function componentsInside(positions: ReadonlyMap<string, Point>, rect: Box): Set<string> {
  const inside = new Set<string>();
  for (const [id, p] of positions) {
    if (p.x >= rect.x && p.y >= rect.y && p.x + COMPONENT_WIDTH <= rect.x + rect.width && p.y + COMPONENT_HEIGHT <= rect.y + rect.height) inside.add(id);
  }
  return inside;
}
