import { describe, expect, it } from 'vitest';
import { intersects } from './geometry';
import { labelPoint, labelWidth, LABEL_HEIGHT, roundedPath } from './routePath';

describe('route path', () => {
  it('rounds each corner within its segments', () => {
    expect(
      roundedPath([
        { x: 0, y: 0 },
        { x: 100, y: 0 },
        { x: 100, y: 100 },
      ]),
    ).toBe('M0,0L92,0Q100,0 100,8L100,100');
    expect(
      roundedPath([
        { x: 0, y: 0 },
        { x: 6, y: 0 },
        { x: 6, y: 100 },
      ]),
    ).toBe('M0,0L3,0Q6,0 6,3L6,100');
    expect(
      roundedPath([
        { x: 0, y: 0 },
        { x: 10, y: 0 },
      ]),
    ).toBe('M0,0L10,0');
  });

  it('puts the label on a segment where it covers no box', () => {
    const route = [
      { x: 0, y: 36 },
      { x: 300, y: 36 },
      { x: 300, y: 400 },
      { x: 500, y: 400 },
    ];
    const box = { x: 60, y: 0, width: 200, height: 72 };
    const width = labelWidth('write ×0.5');
    const at = labelPoint(route, width, [box]);
    expect(intersects(box, { x: at.x - width / 2, y: at.y - LABEL_HEIGHT / 2, width, height: LABEL_HEIGHT })).toBe(false);
  });
});
