import { intersects, type Rect } from './geometry';

/** Side of the index's square cells, in flow units: a few component widths. */
const CELL = 512;

/**
 * Boxes bucketed by the cells they cover, so a route looks only at the boxes near it: routing a
 * connection across a 1,000-component diagram must not test every box.
 */
export class BoxIndex {
  private readonly cells = new Map<string, string[]>();

  constructor(readonly boxes: ReadonlyMap<string, Rect>) {
    for (const [id, box] of boxes) {
      for (const key of cellKeys(box)) {
        const list = this.cells.get(key);
        if (list) list.push(id);
        else this.cells.set(key, [id]);
      }
    }
  }

  /** Ids of the boxes that overlap `region`, each once, in a stable order. */
  within(region: Rect): string[] {
    const found = new Set<string>();
    for (const key of cellKeys(region)) {
      for (const id of this.cells.get(key) ?? []) {
        if (!found.has(id) && intersects(this.boxes.get(id)!, region)) found.add(id);
      }
    }
    return [...found].sort();
  }
}

function cellKeys(rect: Rect): string[] {
  const keys: string[] = [];
  const x0 = Math.floor(rect.x / CELL);
  const x1 = Math.floor((rect.x + rect.width) / CELL);
  const y0 = Math.floor(rect.y / CELL);
  const y1 = Math.floor((rect.y + rect.height) / CELL);
  for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) keys.push(`${x},${y}`);
  return keys;
}
