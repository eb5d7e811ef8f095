import { inflate, outward, portPoint, simplify, union, type Point, type Rect, type Side } from './geometry';

/**
 * One connection routed with right angles around the boxes near it: an A* search over the
 * sparse grid of lines through the boxes' borders (kept a margin away), the ports and the middle
 * of the gap between the two ends. Each bend costs as much as a stretch of line, so the shortest
 * route with the fewest bends wins. Pure and deterministic.
 */
export interface Port {
  readonly side: Side;
  /** Fraction along the side: 0.5 is its middle. */
  readonly at: number;
}

export interface RoutedPath {
  readonly points: Point[];
  readonly fromSide: Side;
  readonly toSide: Side;
}

export interface RouteOptions {
  /** Clearance kept from every box, and the length of the straight stub out of a port. */
  readonly margin: number;
  /** Cost of a bend, in flow units of length. */
  readonly bend: number;
  /** How far beyond the two ends the search may go round obstacles. */
  readonly reach: number;
}

export const defaultRouteOptions: RouteOptions = { margin: 16, bend: 40, reach: 96 };

/** Direction indexes: right, down, left, up. */
const DX = [1, 0, -1, 0];
const DY = [0, 1, 0, -1];
const sideDirection: Readonly<Record<Side, number>> = { right: 0, bottom: 1, left: 2, top: 3 };

interface Grid {
  readonly xs: number[];
  readonly ys: number[];
  /** 1 where a node lies inside an obstacle. */
  readonly blocked: Uint8Array;
  /** 1 where the step from a node to its right (or lower) neighbour crosses an obstacle. */
  readonly blockedRight: Uint8Array;
  readonly blockedDown: Uint8Array;
}

function sortedUnique(values: number[]): number[] {
  const sorted = values.sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of sorted) if (out.length === 0 || v - out[out.length - 1]! > 1e-6) out.push(v);
  return out;
}

/** First index whose value is >= v (binary search). */
function lowerBound(values: readonly number[], v: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < v - 1e-6) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function buildGrid(region: Rect, obstacles: readonly Rect[], xLines: number[], yLines: number[]): Grid {
  const inRegionX = (x: number) => x >= region.x && x <= region.x + region.width;
  const inRegionY = (y: number) => y >= region.y && y <= region.y + region.height;
  const xs = [region.x, region.x + region.width, ...xLines.filter(inRegionX)];
  const ys = [region.y, region.y + region.height, ...yLines.filter(inRegionY)];
  for (const o of obstacles) {
    if (inRegionX(o.x)) xs.push(o.x);
    if (inRegionX(o.x + o.width)) xs.push(o.x + o.width);
    if (inRegionY(o.y)) ys.push(o.y);
    if (inRegionY(o.y + o.height)) ys.push(o.y + o.height);
  }
  const gx = sortedUnique(xs);
  const gy = sortedUnique(ys);
  const nx = gx.length;
  const size = nx * gy.length;
  const blocked = scratch.bytes(0, size);
  const blockedRight = scratch.bytes(1, size);
  const blockedDown = scratch.bytes(2, size);
  for (const o of obstacles) {
    // Grid lines strictly inside the obstacle, and the spans between lines that lie within it.
    const i0 = lowerBound(gx, o.x);
    const i1 = lowerBound(gx, o.x + o.width);
    const j0 = lowerBound(gy, o.y);
    const j1 = lowerBound(gy, o.y + o.height);
    const iStart = gx[i0] !== undefined && gx[i0] <= o.x + 1e-6 ? i0 + 1 : i0;
    const jStart = gy[j0] !== undefined && gy[j0] <= o.y + 1e-6 ? j0 + 1 : j0;
    for (let j = jStart; j < j1; j++) {
      for (let i = iStart; i < i1; i++) blocked[i + j * nx] = 1;
      // Horizontal spans at a row inside the obstacle, between its left and right borders.
      for (let i = Math.max(0, iStart - 1); i < i1; i++) if (gx[i]! >= o.x - 1e-6 && gx[i + 1]! <= o.x + o.width + 1e-6) blockedRight[i + j * nx] = 1;
    }
    for (let i = iStart; i < i1; i++) {
      for (let j = Math.max(0, jStart - 1); j < j1; j++) if (gy[j]! >= o.y - 1e-6 && gy[j + 1]! <= o.y + o.height + 1e-6) blockedDown[i + j * nx] = 1;
    }
  }
  return { xs: gx, ys: gy, blocked, blockedRight, blockedDown };
}

/**
 * Buffers shared by every search, grown as needed and cleared per use: routing a diagram runs
 * hundreds of searches, and fresh typed arrays for each made garbage collection most of the time.
 */
const scratch = {
  byteBuffers: [new Uint8Array(1024), new Uint8Array(1024), new Uint8Array(1024)],
  costBuffer: new Float64Array(4096),
  previousBuffer: new Int32Array(4096),
  bytes(which: number, size: number): Uint8Array {
    let buffer = this.byteBuffers[which]!;
    if (buffer.length < size) buffer = this.byteBuffers[which] = new Uint8Array(size * 2);
    const view = buffer.subarray(0, size);
    view.fill(0);
    return view;
  },
  costs(size: number): Float64Array {
    if (this.costBuffer.length < size) this.costBuffer = new Float64Array(size * 2);
    const view = this.costBuffer.subarray(0, size);
    view.fill(Infinity);
    return view;
  },
  previous(size: number): Int32Array {
    if (this.previousBuffer.length < size) this.previousBuffer = new Int32Array(size * 2);
    const view = this.previousBuffer.subarray(0, size);
    view.fill(-1);
    return view;
  },
};

/** A binary min-heap of state indexes by priority, in typed arrays reused from search to search. */
class Heap {
  private items = new Int32Array(1024);
  private keys = new Float64Array(1024);
  size = 0;
  clear(): void {
    this.size = 0;
  }
  peekKey(): number {
    return this.size > 0 ? this.keys[0]! : Infinity;
  }
  push(item: number, key: number): void {
    if (this.size === this.items.length) {
      const items = new Int32Array(this.size * 2);
      items.set(this.items);
      this.items = items;
      const keys = new Float64Array(this.size * 2);
      keys.set(this.keys);
      this.keys = keys;
    }
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.keys[parent]! <= key) break;
      this.items[i] = this.items[parent]!;
      this.keys[i] = this.keys[parent]!;
      i = parent;
    }
    this.items[i] = item;
    this.keys[i] = key;
  }
  pop(): number {
    const top = this.items[0]!;
    const size = --this.size;
    if (size > 0) {
      const item = this.items[size]!;
      const key = this.keys[size]!;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= size) break;
        const r = l + 1;
        const m = r < size && this.keys[r]! < this.keys[l]! ? r : l;
        if (this.keys[m]! >= key) break;
        this.items[i] = this.items[m]!;
        this.keys[i] = this.keys[m]!;
        i = m;
      }
      this.items[i] = item;
      this.keys[i] = key;
    }
    return top;
  }
}

const heap = new Heap();

interface End {
  readonly port: Port;
  readonly point: Point;
  readonly stub: Point;
}

function endsOf(rect: Rect, ports: readonly Port[], margin: number): End[] {
  return ports.map((port) => {
    const point = portPoint(rect, port.side, port.at);
    const out = outward[port.side];
    return { port, point, stub: { x: point.x + out.x * margin, y: point.y + out.y * margin } };
  });
}

/**
 * The route from `from` to `to` leaving through one of `fromPorts` and arriving through one of
 * `toPorts`, around `others` (the boxes near the two ends); null when the search region holds no
 * route (the caller widens it or falls back).
 */
export function routeBetween(
  from: Rect,
  to: Rect,
  fromPorts: readonly Port[],
  toPorts: readonly Port[],
  others: readonly Rect[],
  options: RouteOptions = defaultRouteOptions,
): RoutedPath | null {
  const { margin, bend, reach } = options;
  const starts = endsOf(from, fromPorts, margin);
  const goals = endsOf(to, toPorts, margin);
  const obstacles = [from, to, ...others].map((r) => inflate(r, margin));
  const region = inflate(union(inflate(from, margin), inflate(to, margin)), reach);
  const xLines: number[] = [];
  const yLines: number[] = [];
  for (const end of [...starts, ...goals]) {
    xLines.push(end.stub.x);
    yLines.push(end.stub.y);
  }
  // The middle of the gap between the two ends: where a Z-shaped route turns.
  if (to.x > from.x + from.width) xLines.push((from.x + from.width + to.x) / 2);
  else if (from.x > to.x + to.width) xLines.push((to.x + to.width + from.x) / 2);
  if (to.y > from.y + from.height) yLines.push((from.y + from.height + to.y) / 2);
  else if (from.y > to.y + to.height) yLines.push((to.y + to.height + from.y) / 2);
  const grid = buildGrid(region, obstacles, xLines, yLines);
  return search(grid, starts, goals, bend, margin);
}

function search(grid: Grid, starts: readonly End[], goals: readonly End[], bend: number, margin: number): RoutedPath | null {
  const { xs, ys, blocked, blockedRight, blockedDown } = grid;
  const nx = xs.length;
  const nodeAt = (p: Point): number => {
    const i = lowerBound(xs, p.x);
    const j = lowerBound(ys, p.y);
    return i < nx && j < ys.length && Math.abs(xs[i]! - p.x) < 1e-6 && Math.abs(ys[j]! - p.y) < 1e-6 ? i + j * nx : -1;
  };
  const goalAt = new Map<number, { end: End; inward: number }[]>();
  for (const end of goals) {
    const node = nodeAt(end.stub);
    if (node < 0) continue;
    const list = goalAt.get(node) ?? [];
    list.push({ end, inward: (sideDirection[end.port.side] + 2) % 4 });
    goalAt.set(node, list);
  }
  const goalPoints = goals.map((g) => g.stub);
  const heuristic = (node: number): number => {
    const x = xs[node % nx]!;
    const y = ys[Math.floor(node / nx)]!;
    let best = Infinity;
    for (const g of goalPoints) best = Math.min(best, Math.abs(g.x - x) + Math.abs(g.y - y));
    return best;
  };
  const states = nx * ys.length * 4;
  const cost = scratch.costs(states);
  const previous = scratch.previous(states);
  const startOf = new Map<number, End>();
  heap.clear();
  for (const start of starts) {
    const node = nodeAt(start.stub);
    if (node < 0) continue;
    const state = node * 4 + sideDirection[start.port.side];
    if (margin < cost[state]!) {
      cost[state] = margin;
      startOf.set(state, start);
      heap.push(state, margin + heuristic(node));
    }
  }
  let best = Infinity;
  let bestState = -1;
  let bestGoal: End | null = null;
  while (heap.size > 0 && heap.peekKey() < best) {
    const state = heap.pop();
    const node = state >> 2;
    const dir = state & 3;
    const g = cost[state]!;
    const arrivals = goalAt.get(node);
    if (arrivals) {
      for (const { end, inward } of arrivals) {
        if (dir === (inward + 2) % 4) continue;
        const total = g + margin + (dir === inward ? 0 : bend);
        if (total < best) {
          best = total;
          bestState = state;
          bestGoal = end;
        }
      }
    }
    const i = node % nx;
    const j = (node - i) / nx;
    for (let d = 0; d < 4; d++) {
      if (d === (dir + 2) % 4) continue;
      const ni = i + DX[d]!;
      const nj = j + DY[d]!;
      if (ni < 0 || nj < 0 || ni >= nx || nj >= ys.length) continue;
      const next = ni + nj * nx;
      if (blocked[next]) continue;
      if (d === 0 && blockedRight[node]) continue;
      if (d === 2 && blockedRight[next]) continue;
      if (d === 1 && blockedDown[node]) continue;
      if (d === 3 && blockedDown[next]) continue;
      const step = Math.abs(xs[ni]! - xs[i]!) + Math.abs(ys[nj]! - ys[j]!) + (d === dir ? 0 : bend);
      const nextState = next * 4 + d;
      const ng = g + step;
      if (ng < cost[nextState]!) {
        cost[nextState] = ng;
        previous[nextState] = state;
        heap.push(nextState, ng + heuristic(next));
      }
    }
  }
  if (bestState < 0 || !bestGoal) return null;
  const trail: Point[] = [];
  let state = bestState;
  let first = state;
  while (state >= 0) {
    const node = state >> 2;
    trail.push({ x: xs[node % nx]!, y: ys[Math.floor(node / nx)]! });
    first = state;
    state = previous[state]!;
  }
  const start = startOf.get(first);
  if (!start) return null;
  trail.reverse();
  return { points: simplify([start.point, ...trail, bestGoal.point]), fromSide: start.port.side, toSide: bestGoal.port.side };
}
