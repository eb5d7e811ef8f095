import { describe, expect, it } from 'vitest';
import { snapBox } from './snapping';

const size = { width: 200, height: 72 };
const others = [{ x: 0, y: 0, width: 200, height: 72 }];

describe('snapping', () => {
  it('lines a box up with a neighbour within the threshold, and shows a guide', () => {
    const { position, guides } = snapBox({ x: 3, y: 203 }, size, others, 6);
    expect(position).toEqual({ x: 0, y: 200 });
    expect(guides.vertical).toEqual({ x: 0, y1: 0, y2: 272 });
    expect(guides.horizontal).toBeNull();
  });

  it('aligns centres and opposite edges too', () => {
    expect(snapBox({ x: 305, y: 33 }, { width: 100, height: 10 }, others, 6).position).toEqual({ x: 304, y: 31 });
    expect(snapBox({ x: 198, y: 500 }, size, others, 6).position.x).toBe(200);
  });

  it('lands on the grid when nothing is near', () => {
    const { position, guides } = snapBox({ x: 413, y: 611 }, size, others, 6);
    expect(position).toEqual({ x: 416, y: 608 });
    expect(guides).toEqual({ vertical: null, horizontal: null });
  });
});
