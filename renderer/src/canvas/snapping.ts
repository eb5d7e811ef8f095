import type { Rect } from './routing/geometry';
import type { Point } from '../diagram/zones';

/**
 * Snapping while a component is dragged: its left edge, centre or right edge (top, middle or
 * bottom) lines up with another component's when it comes within `threshold`, and an alignment
 * guide shows the line; otherwise it lands on the 8-unit grid. Each axis snaps on its own.
 */
export const GRID = 8;

export interface Guides {
  /** A vertical guide at this x, drawn from y1 to y2. */
  readonly vertical: { readonly x: number; readonly y1: number; readonly y2: number } | null;
  readonly horizontal: { readonly y: number; readonly x1: number; readonly x2: number } | null;
}

export const noGuides: Guides = { vertical: null, horizontal: null };

interface Axis {
  readonly value: number;
  readonly guide: number | null;
  readonly other: Rect | null;
}

function snapAxis(start: number, size: number, others: readonly Rect[], along: 'x' | 'y', threshold: number): Axis {
  const mine = [start, start + size / 2, start + size];
  let best: { delta: number; line: number; other: Rect } | null = null;
  for (const other of others) {
    const o = along === 'x' ? other.x : other.y;
    const os = along === 'x' ? other.width : other.height;
    for (const line of [o, o + os / 2, o + os]) {
      for (const edge of mine) {
        const delta = line - edge;
        if (Math.abs(delta) <= threshold && (!best || Math.abs(delta) < Math.abs(best.delta))) best = { delta, line, other };
      }
    }
  }
  if (best) return { value: start + best.delta, guide: best.line, other: best.other };
  return { value: Math.round(start / GRID) * GRID, guide: null, other: null };
}

/** Where a dragged box of `size` at `position` lands among `others`, and the guides to draw. */
export function snapBox(
  position: Point,
  size: { width: number; height: number },
  others: readonly Rect[],
  threshold: number,
): { position: Point; guides: Guides } {
  const x = snapAxis(position.x, size.width, others, 'x', threshold);
  const y = snapAxis(position.y, size.height, others, 'y', threshold);
  const snapped = { x: x.value, y: y.value };
  const vertical =
    x.guide === null || !x.other ? null : { x: x.guide, y1: Math.min(snapped.y, x.other.y), y2: Math.max(snapped.y + size.height, x.other.y + x.other.height) };
  const horizontal =
    y.guide === null || !y.other ? null : { y: y.guide, x1: Math.min(snapped.x, y.other.x), x2: Math.max(snapped.x + size.width, y.other.x + y.other.width) };
  return { position: snapped, guides: { vertical, horizontal } };
}
