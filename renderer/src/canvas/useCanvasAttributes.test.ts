import { describe, expect, it } from 'vitest';
import { MIN_NAME_PX, nameSize } from './useCanvasAttributes';

describe('semantic zoom', () => {
  it('keeps names at 14 px when zoomed in, and at least MIN_NAME_PX on screen when zoomed out', () => {
    expect(nameSize(1)).toBe(14);
    expect(nameSize(0.75)).toBe(14);
    for (const zoom of [0.6, 0.5, 0.45, 0.4, 0.35]) expect(nameSize(zoom) * zoom).toBeGreaterThanOrEqual(MIN_NAME_PX);
    expect(nameSize(0.5)).toBe(20);
  });
});
