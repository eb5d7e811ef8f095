/** Window size and position, remembered in the library's settings between runs. */
export interface WindowBounds {
  readonly x?: number;
  readonly y?: number;
  readonly width: number;
  readonly height: number;
  readonly maximized?: boolean;
}

export interface DisplayArea {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export const DEFAULT_BOUNDS: WindowBounds = { width: 1440, height: 900 };
const MIN_WIDTH = 900;
const MIN_HEIGHT = 600;

/** Settings key the bounds are stored under. */
export const WINDOW_BOUNDS_SETTING = 'window.bounds';

/**
 * Parses saved bounds and keeps the window usable: a saved position that is on no display any more
 * (monitor unplugged) is dropped so the OS centers the window; sizes are clamped to the minimum.
 */
export function restoreBounds(saved: string | undefined, displays: readonly DisplayArea[]): WindowBounds {
  if (!saved) return DEFAULT_BOUNDS;
  let value: unknown;
  try {
    value = JSON.parse(saved);
  } catch {
    return DEFAULT_BOUNDS;
  }
  if (typeof value !== 'object' || value === null) return DEFAULT_BOUNDS;
  const v = value as Record<string, unknown>;
  const num = (key: string): number | undefined => (typeof v[key] === 'number' && Number.isFinite(v[key]) ? v[key] : undefined);
  const width = Math.max(MIN_WIDTH, num('width') ?? DEFAULT_BOUNDS.width);
  const height = Math.max(MIN_HEIGHT, num('height') ?? DEFAULT_BOUNDS.height);
  const x = num('x');
  const y = num('y');
  const maximized = v.maximized === true;
  const visible =
    x !== undefined && y !== undefined && displays.some((d) => x + 100 > d.x && x < d.x + d.width - 100 && y >= d.y - 10 && y < d.y + d.height - 100);
  return visible ? { x, y, width, height, maximized } : { width, height, maximized };
}

export function serializeBounds(bounds: WindowBounds): string {
  return JSON.stringify(bounds);
}
