import type { LargeLayoutInput } from './largeLayout';
import type { LayoutResult } from './layoutGraph';

/**
 * The large-layout worker's answer as it crosses to the page. A record of `{ x, y }` objects is
 * deserialised on the page's main thread as one long task; the components' coordinates as one
 * transferred Float64Array (in the order of the input the page sent) cost nothing to receive,
 * and rebuilding the record is cheap. Zone boxes are few and travel as they are.
 */
export interface PackedLayout {
  /** x and y of `input.components[i]` at 2i and 2i + 1. */
  readonly coordinates: Float64Array;
  readonly zones: LayoutResult['zones'];
}

export function packLayout(input: LargeLayoutInput, result: LayoutResult): PackedLayout {
  const coordinates = new Float64Array(input.components.length * 2);
  input.components.forEach(({ id }, i) => {
    const p = result.components[id]!;
    coordinates[2 * i] = p.x;
    coordinates[2 * i + 1] = p.y;
  });
  return { coordinates, zones: result.zones };
}

export function unpackLayout(input: LargeLayoutInput, packed: PackedLayout): LayoutResult {
  const components: Record<string, { x: number; y: number }> = {};
  input.components.forEach(({ id }, i) => {
    components[id] = { x: packed.coordinates[2 * i]!, y: packed.coordinates[2 * i + 1]! };
  });
  return { components, zones: packed.zones };
}
