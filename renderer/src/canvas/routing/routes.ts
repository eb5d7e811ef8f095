import { BoxIndex } from './boxIndex';
import { inflate, portPoint, segmentCrosses, sides, simplify, union, type Point, type Rect, type Side } from './geometry';
import { defaultRouteOptions, routeBetween, type Port, type RoutedPath, type RouteOptions } from './orthogonalRoute';

/**
 * Routes for every connection of a diagram: first each route picks the sides of its two boxes
 * that give the shortest route with the fewest bends; then the connections sharing a side are
 * spread along it, ordered by where their other ends lie so they do not cross at the box, and
 * routed again from those ports. Pure: the same boxes and connections give the same routes.
 */
export interface RouteRequest {
  readonly id: string;
  readonly from: string;
  readonly to: string;
}

export interface Route {
  readonly points: readonly Point[];
  readonly fromSide: Side;
  readonly toSide: Side;
}

const allSides: Port[] = sides.map((side) => ({ side, at: 0.5 }));

/** Routes with obstacle avoidance; from this many boxes on, direct routes (see directRoute) instead. */
export const ROUTED_LIMIT = 150;

function around(index: BoxIndex, from: Rect, to: Rect, fromId: string, toId: string, reach: number): Rect[] {
  const region = inflate(union(from, to), reach + 2 * defaultRouteOptions.margin);
  return index
    .within(region)
    .filter((id) => id !== fromId && id !== toId)
    .map((id) => index.boxes.get(id)!);
}

/**
 * Routes already found, by everything a route depends on: its two boxes, its ports and the boxes
 * around it. Moving one component then re-routes only the connections near it; the rest are
 * looked up. Pass the same memo to successive routeAll calls of one diagram.
 */
export class RouteMemo {
  private previous = new Map<string, RoutedPath | null>();
  private current = new Map<string, RoutedPath | null>();

  get(key: string): RoutedPath | null | undefined {
    const found = this.current.get(key) ?? this.previous.get(key);
    if (found !== undefined) this.current.set(key, found);
    return found;
  }

  set(key: string, route: RoutedPath | null): void {
    this.current.set(key, route);
  }

  /** Ends one routeAll: routes it did not use are forgotten after the next. */
  settle(): void {
    this.previous = this.current;
    this.current = new Map();
  }
}

const rectKey = (r: Rect): string => `${r.x},${r.y},${r.width},${r.height}`;

/** Two 32-bit FNV-1a hashes of the boxes' numbers: a short key for what may be a hundred boxes. */
function boxesHash(boxes: readonly Rect[]): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  const mix = (value: number) => {
    const v = Math.round(value * 8) | 0;
    a = Math.imul(a ^ v, 0x01000193);
    b = Math.imul(b ^ (v + 0x9e3779b9), 0x85ebca6b);
  };
  for (const r of boxes) {
    mix(r.x);
    mix(r.y);
    mix(r.width);
    mix(r.height);
  }
  return `${boxes.length}:${(a >>> 0).toString(36)}${(b >>> 0).toString(36)}`;
}
const portsKey = (ports: readonly Port[]): string => ports.map((p) => `${p.side}${p.at}`).join(' ');

function routeOne(
  index: BoxIndex,
  request: RouteRequest,
  fromPorts: readonly Port[],
  toPorts: readonly Port[],
  options: RouteOptions,
  memo: RouteMemo,
): RoutedPath | null {
  const from = index.boxes.get(request.from)!;
  const to = index.boxes.get(request.to)!;
  // A wider search when the boxes near the two ends close every way round them.
  for (const reach of [options.reach, options.reach * 4]) {
    const others = around(index, from, to, request.from, request.to, reach);
    const key = `${rectKey(from)}>${rectKey(to)}|${portsKey(fromPorts)}|${portsKey(toPorts)}|${reach}|${boxesHash(others)}`;
    let routed = memo.get(key);
    if (routed === undefined) {
      routed = routeBetween(from, to, fromPorts, toPorts, others, { ...options, reach });
      memo.set(key, routed);
    }
    if (routed) return routed;
  }
  return null;
}

export function routeAll(
  boxes: ReadonlyMap<string, Rect>,
  requests: readonly RouteRequest[],
  memo: RouteMemo = new RouteMemo(),
  options: RouteOptions = defaultRouteOptions,
): Map<string, Route> {
  const routes = new Map<string, Route>();
  const routable = requests.filter((r) => r.from !== r.to && boxes.has(r.from) && boxes.has(r.to));
  if (boxes.size >= ROUTED_LIMIT) {
    for (const r of routable) routes.set(r.id, directRoute(boxes.get(r.from)!, boxes.get(r.to)!));
    return routes;
  }
  const index = new BoxIndex(boxes);
  const first = new Map<string, RoutedPath>();
  for (const request of routable) {
    const routed = routeOne(index, request, allSides, allSides, options, memo);
    if (routed) first.set(request.id, routed);
  }
  const ports = spreadPorts(boxes, routable, first);
  for (const request of routable) {
    const chosen = first.get(request.id);
    if (!chosen) {
      routes.set(request.id, directRoute(boxes.get(request.from)!, boxes.get(request.to)!));
      continue;
    }
    const spread = ports.get(request.id)!;
    // A connection alone on both its sides keeps the route it found.
    const moved = spread.from.at !== 0.5 || spread.to.at !== 0.5;
    const again = moved ? routeOne(index, request, [spread.from], [spread.to], options, memo) : chosen;
    routes.set(request.id, again ?? chosen);
  }
  memo.settle();
  return routes;
}

/**
 * Where each connection meets its boxes once the ones sharing a side are spread along it: in the
 * order of their other ends along that side (so neighbours do not cross), evenly spaced.
 */
function spreadPorts(
  boxes: ReadonlyMap<string, Rect>,
  requests: readonly RouteRequest[],
  first: ReadonlyMap<string, RoutedPath>,
): Map<string, { from: Port; to: Port }> {
  interface Attachment {
    readonly request: string;
    readonly end: 'from' | 'to';
    /** Where the route heads after leaving the side: its next bend, or the other box's centre. */
    readonly toward: Point;
  }
  const bySide = new Map<string, Attachment[]>();
  const attach = (box: string, side: Side, attachment: Attachment) => {
    const key = `${box} ${side}`;
    const list = bySide.get(key) ?? [];
    list.push(attachment);
    bySide.set(key, list);
  };
  for (const request of requests) {
    const routed = first.get(request.id);
    if (!routed) continue;
    const points = routed.points;
    attach(request.from, routed.fromSide, { request: request.id, end: 'from', toward: points[Math.min(2, points.length - 1)]! });
    attach(request.to, routed.toSide, { request: request.id, end: 'to', toward: points[Math.max(0, points.length - 3)]! });
  }
  const result = new Map<string, { from: Port; to: Port }>();
  for (const request of requests) {
    const routed = first.get(request.id);
    if (routed) result.set(request.id, { from: { side: routed.fromSide, at: 0.5 }, to: { side: routed.toSide, at: 0.5 } });
  }
  for (const [key, list] of bySide) {
    if (list.length < 2) continue;
    const [box, side] = key.split(' ') as [string, Side];
    const rect = boxes.get(box)!;
    const along = side === 'top' || side === 'bottom' ? (p: Point) => p.x : (p: Point) => p.y;
    const centre = along(portPoint(rect, side));
    list.sort((a, b) => along(a.toward) - along(b.toward) || a.toward.x + a.toward.y - (b.toward.x + b.toward.y) || (a.request < b.request ? -1 : 1));
    // Within the middle 80% of the side, and no further apart than the routes need.
    const length = side === 'top' || side === 'bottom' ? rect.width : rect.height;
    const gap = Math.min((length * 0.8) / (list.length - 1), 16);
    list.forEach((attachment, k) => {
      const offset = (k - (list.length - 1) / 2) * gap;
      const at = (centre + offset - (side === 'top' || side === 'bottom' ? rect.x : rect.y)) / length;
      const ports = result.get(attachment.request)!;
      result.set(attachment.request, { ...ports, [attachment.end]: { side, at } });
    });
  }
  return result;
}

/**
 * A route without obstacle avoidance, for large diagrams and for the connections of a box being
 * dragged: from the facing sides of the two boxes, with one bend pair in the middle of the gap.
 */
export function directRoute(from: Rect, to: Rect): Route {
  const gapX = to.x > from.x + from.width ? to.x - (from.x + from.width) : from.x > to.x + to.width ? from.x - (to.x + to.width) : -1;
  const gapY = to.y > from.y + from.height ? to.y - (from.y + from.height) : from.y > to.y + to.height ? from.y - (to.y + to.height) : -1;
  if (gapX >= 0 && gapX >= gapY) {
    const rightward = to.x > from.x;
    const a = portPoint(from, rightward ? 'right' : 'left');
    const b = portPoint(to, rightward ? 'left' : 'right');
    const mx = (a.x + b.x) / 2;
    return { points: simplify([a, { x: mx, y: a.y }, { x: mx, y: b.y }, b]), fromSide: rightward ? 'right' : 'left', toSide: rightward ? 'left' : 'right' };
  }
  if (gapY >= 0) {
    const downward = to.y > from.y;
    const a = portPoint(from, downward ? 'bottom' : 'top');
    const b = portPoint(to, downward ? 'top' : 'bottom');
    const my = (a.y + b.y) / 2;
    return { points: simplify([a, { x: a.x, y: my }, { x: b.x, y: my }, b]), fromSide: downward ? 'bottom' : 'top', toSide: downward ? 'top' : 'bottom' };
  }
  // Overlapping boxes: out of the right side of both and round.
  const a = portPoint(from, 'right');
  const b = portPoint(to, 'right');
  const x = Math.max(from.x + from.width, to.x + to.width) + defaultRouteOptions.margin * 2;
  return { points: simplify([a, { x, y: a.y }, { x, y: b.y }, b]), fromSide: 'right', toSide: 'right' };
}

/** Whether any segment of a route passes through the inside of any of the boxes (for tests and checks). */
export function crossesBoxes(points: readonly Point[], boxes: Iterable<Rect>): boolean {
  for (const box of boxes) {
    for (let i = 1; i < points.length; i++) if (segmentCrosses(points[i - 1]!, points[i]!, box)) return true;
  }
  return false;
}
