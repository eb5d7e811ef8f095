/** Plain geometry for routing: rectangles, sides and points, in flow coordinates. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export type Side = 'top' | 'right' | 'bottom' | 'left';
export const sides: readonly Side[] = ['right', 'bottom', 'left', 'top'];

/** The unit vector pointing out of a box through a side. */
export const outward: Readonly<Record<Side, Point>> = { top: { x: 0, y: -1 }, right: { x: 1, y: 0 }, bottom: { x: 0, y: 1 }, left: { x: -1, y: 0 } };

export function inflate(rect: Rect, by: number): Rect {
  return { x: rect.x - by, y: rect.y - by, width: rect.width + 2 * by, height: rect.height + 2 * by };
}

export function union(a: Rect, b: Rect): Rect {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Strictly inside: a point on the border is outside, so routes may run along an inflated border. */
export function strictlyInside(rect: Rect, x: number, y: number): boolean {
  return x > rect.x && x < rect.x + rect.width && y > rect.y && y < rect.y + rect.height;
}

/**
 * A point on a side of a box: `at` is the fraction along the side (0.5 is its middle), from the
 * left for top and bottom, from the top for left and right.
 */
export function portPoint(rect: Rect, side: Side, at = 0.5): Point {
  switch (side) {
    case 'top':
      return { x: rect.x + rect.width * at, y: rect.y };
    case 'bottom':
      return { x: rect.x + rect.width * at, y: rect.y + rect.height };
    case 'left':
      return { x: rect.x, y: rect.y + rect.height * at };
    case 'right':
      return { x: rect.x + rect.width, y: rect.y + rect.height * at };
  }
}

/** Whether an axis-parallel segment passes through the inside of a rectangle. */
export function segmentCrosses(a: Point, b: Point, rect: Rect): boolean {
  if (a.y === b.y) {
    const [x1, x2] = a.x < b.x ? [a.x, b.x] : [b.x, a.x];
    return a.y > rect.y && a.y < rect.y + rect.height && x1 < rect.x + rect.width && x2 > rect.x;
  }
  const [y1, y2] = a.y < b.y ? [a.y, b.y] : [b.y, a.y];
  return a.x > rect.x && a.x < rect.x + rect.width && y1 < rect.y + rect.height && y2 > rect.y;
}

/** Drops points that lie on the straight line between their neighbours, and repeated points. */
export function simplify(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && last.x === p.x && last.y === p.y) continue;
    const before = out[out.length - 2];
    if (before && last && ((before.x === last.x && last.x === p.x) || (before.y === last.y && last.y === p.y))) out[out.length - 1] = p;
    else out.push(p);
  }
  return out;
}
