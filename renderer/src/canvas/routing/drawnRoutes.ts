import type { Connection } from '../../../../shared/model/connection';
import { connectionLabel } from '../connectionLabel';
import { COMPONENT_HEIGHT, COMPONENT_WIDTH } from '../../diagram/geometry';
import { BoxIndex } from './boxIndex';
import { intersects, type Point, type Rect } from './geometry';
import { LABEL_HEIGHT, labelPoint, labelWidth, roundedPath } from './routePath';
import { directRoute, RouteMemo, ROUTED_LIMIT, routeAll, type Route } from './routes';

/** A connection as the canvas draws it: its path, its bends, and where its label sits. */
export interface DrawnRoute {
  readonly d: string;
  readonly points: readonly Point[];
  readonly label: Point;
}

export function componentRects(positions: ReadonlyMap<string, Point>): Map<string, Rect> {
  const rects = new Map<string, Rect>();
  for (const [id, p] of positions) rects.set(id, { x: p.x, y: p.y, width: COMPONENT_WIDTH, height: COMPONENT_HEIGHT });
  return rects;
}

function samePoints(a: readonly Point[], b: readonly Point[]): boolean {
  return a.length === b.length && a.every((p, i) => p.x === b[i]!.x && p.y === b[i]!.y);
}

function drawn(route: Route, connection: Connection, index: BoxIndex | null, before: DrawnRoute | undefined, labels: Rect[]): DrawnRoute {
  const text = connectionLabel(connection);
  const width = labelWidth(text);
  if (before && samePoints(before.points, route.points) && !(text && overlapsAny(labelRect(before.label, width), labels))) {
    if (text) labels.push(labelRect(before.label, width));
    return before;
  }
  // Clear of the boxes near the route and of the labels placed before it.
  const nearby = index && text ? [...index.within(bounds(route.points)).map((id) => index.boxes.get(id)!), ...labels] : labels;
  const label = labelPoint(route.points, width, nearby);
  if (text) labels.push(labelRect(label, width));
  return { d: roundedPath(route.points), points: route.points, label };
}

function labelRect(at: Point, width: number): Rect {
  return { x: at.x - width / 2, y: at.y - LABEL_HEIGHT / 2, width, height: LABEL_HEIGHT };
}

function overlapsAny(rect: Rect, others: readonly Rect[]): boolean {
  return others.some((o) => intersects(o, rect));
}

function bounds(points: readonly Point[]): Rect {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const x = Math.min(...xs) - 60;
  const y = Math.min(...ys) - 20;
  return { x, y, width: Math.max(...xs) + 60 - x, height: Math.max(...ys) + 20 - y };
}

/**
 * The drawn routes of every connection, keeping the previous object of each route whose bends did
 * not change (its edge then does not re-render).
 */
export function drawRoutes(
  positions: ReadonlyMap<string, Point>,
  connections: readonly Connection[],
  memo: RouteMemo,
  previous: ReadonlyMap<string, DrawnRoute>,
): Map<string, DrawnRoute> {
  const rects = componentRects(positions);
  const routes = routeAll(rects, connections, memo);
  // Labels keep clear of boxes where routes do; on a large diagram they sit mid-route.
  const index = rects.size < ROUTED_LIMIT ? new BoxIndex(rects) : null;
  const result = new Map<string, DrawnRoute>();
  const labels: Rect[] = [];
  for (const connection of connections) {
    const route = routes.get(connection.id);
    if (route) result.set(connection.id, drawn(route, connection, index, previous.get(connection.id), labels));
  }
  return result;
}

/**
 * Draws every route of a diagram again and again as it changes, reusing the routing of its last
 * drawing and its drawn routes: an unchanged connection keeps its route object, so its edge does
 * not render again.
 */
export class RouteDrawer {
  private readonly memo = new RouteMemo();
  private last: ReadonlyMap<string, DrawnRoute> = new Map();

  draw(positions: ReadonlyMap<string, Point>, connections: readonly Connection[]): ReadonlyMap<string, DrawnRoute> {
    this.last = drawRoutes(positions, connections, this.memo, this.last);
    return this.last;
  }
}

/**
 * Routes of the connections touching `moving` while they are dragged: direct routes from where
 * the boxes are now (routing round obstacles on every pointer move would cost too much); the
 * router takes over again when the drag ends.
 */
export function dragRoutes(
  routes: ReadonlyMap<string, DrawnRoute>,
  positions: ReadonlyMap<string, Point>,
  connections: readonly Connection[],
  moving: ReadonlySet<string>,
): Map<string, DrawnRoute> {
  if (moving.size === 0) return new Map(routes);
  const result = new Map(routes);
  for (const connection of connections) {
    if (!moving.has(connection.from) && !moving.has(connection.to)) continue;
    const from = positions.get(connection.from);
    const to = positions.get(connection.to);
    if (!from || !to || connection.from === connection.to) continue;
    const route = directRoute({ ...from, width: COMPONENT_WIDTH, height: COMPONENT_HEIGHT }, { ...to, width: COMPONENT_WIDTH, height: COMPONENT_HEIGHT });
    result.set(connection.id, drawn(route, connection, null, undefined, []));
  }
  return result;
}
