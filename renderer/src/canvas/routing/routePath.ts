import { intersects, type Point, type Rect } from './geometry';

/**
 * How a route is drawn: an SVG path with rounded corners, and where its label sits so that it
 * covers no box.
 */

/** The route as an SVG path, each corner rounded with a radius that fits both of its segments. */
export function roundedPath(points: readonly Point[], radius = 8): string {
  if (points.length === 0) return '';
  const first = points[0]!;
  let d = `M${first.x},${first.y}`;
  for (let i = 1; i < points.length - 1; i++) {
    const prev = points[i - 1]!;
    const corner = points[i]!;
    const next = points[i + 1]!;
    const r = Math.min(radius, distance(prev, corner) / 2, distance(corner, next) / 2);
    const a = toward(corner, prev, r);
    const b = toward(corner, next, r);
    d += `L${a.x},${a.y}Q${corner.x},${corner.y} ${b.x},${b.y}`;
  }
  const last = points[points.length - 1]!;
  return `${d}L${last.x},${last.y}`;
}

function distance(a: Point, b: Point): number {
  return Math.abs(a.x - b.x) + Math.abs(a.y - b.y);
}

function toward(from: Point, to: Point, by: number): Point {
  const length = distance(from, to) || 1;
  return { x: from.x + ((to.x - from.x) / length) * by, y: from.y + ((to.y - from.y) / length) * by };
}

/** Rough width of a label's text at the canvas's edge-label size (11 px), padding included. */
export function labelWidth(text: string): number {
  return text.length * 6.2 + 10;
}
export const LABEL_HEIGHT = 16;

/**
 * Where a label goes on a route: the middle of the longest segment on which the label, centred,
 * covers none of `boxes`; horizontal segments are preferred (the label reads along them). Falls
 * back to the middle of the longest segment.
 */
export function labelPoint(points: readonly Point[], width: number, boxes: Iterable<Rect>): Point {
  const segments: { a: Point; b: Point; length: number; horizontal: boolean }[] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    segments.push({ a, b, length: distance(a, b), horizontal: a.y === b.y });
  }
  if (segments.length === 0) return points[0] ?? { x: 0, y: 0 };
  const obstacles = [...boxes];
  const fits = (s: (typeof segments)[number]) => s.length >= (s.horizontal ? width + 8 : LABEL_HEIGHT + 8);
  const ordered = [...segments].sort((x, y) => Number(fits(y)) - Number(fits(x)) || Number(y.horizontal) - Number(x.horizontal) || y.length - x.length);
  for (const s of ordered) {
    const centre = { x: (s.a.x + s.b.x) / 2, y: (s.a.y + s.b.y) / 2 };
    const rect = { x: centre.x - width / 2, y: centre.y - LABEL_HEIGHT / 2, width, height: LABEL_HEIGHT };
    if (!obstacles.some((box) => intersects(box, rect))) return centre;
  }
  const longest = segments.reduce((x, y) => (y.length > x.length ? y : x));
  return { x: (longest.a.x + longest.b.x) / 2, y: (longest.a.y + longest.b.y) / 2 };
}
