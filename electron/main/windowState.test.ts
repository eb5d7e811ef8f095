import { describe, expect, it } from 'vitest';
import { DEFAULT_BOUNDS, restoreBounds, serializeBounds } from './windowState';

const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }];

describe('window bounds', () => {
  it('restores a saved size and position that is on a display', () => {
    const saved = serializeBounds({ x: 100, y: 80, width: 1200, height: 800, maximized: false });
    expect(restoreBounds(saved, screen)).toEqual({ x: 100, y: 80, width: 1200, height: 800, maximized: false });
  });

  it('drops a position on a display that is gone, keeping the size', () => {
    const saved = serializeBounds({ x: 3000, y: 100, width: 1200, height: 800 });
    expect(restoreBounds(saved, screen)).toEqual({ width: 1200, height: 800, maximized: false });
  });

  it('clamps tiny sizes and ignores garbage', () => {
    expect(restoreBounds(serializeBounds({ width: 10, height: 10 }), screen)).toMatchObject({ width: 900, height: 600 });
    expect(restoreBounds('{not json', screen)).toBe(DEFAULT_BOUNDS);
    expect(restoreBounds(undefined, screen)).toBe(DEFAULT_BOUNDS);
    expect(restoreBounds('"text"', screen)).toBe(DEFAULT_BOUNDS);
  });
});
