import { COMPONENT_HEIGHT, COMPONENT_WIDTH, ZONE_LABEL_HEIGHT, ZONE_PADDING } from '../diagram/geometry';
import type { LayoutResult } from './layoutGraph';
import { barycentricOrder, type OrderEdge } from './layoutOrder';

/**
 * The layered layout of a large diagram, computed by our own code instead of ELK.
 *
 * ELK's layered algorithm in a fresh worker spends most of its time running its compiled Java
 * cold, and most of its work on long-edge dummy nodes whose only product, the edge routes, the
 * canvas throws away (it draws its own curves from box to box); docs/performance.md has the
 * figures. For large diagrams
 * the layers and their order already came from `barycentricOrder`; this module adds what ELK
 * still did: stacking each layer, pulling boxes towards the boxes they connect to, zone boxes
 * around their members and keeping unconnected components out of the way. It is plain,
 * deterministic TypeScript, fast even cold.
 *
 * Spacing matches the ELK options small diagrams use (layoutGraph.ts).
 */
const NODE_GAP = 40;
const LAYER_GAP = 80;
const COMPONENT_GAP = 60;
/** Between the columns of a layer split for height (columnsPerLayer). */
const COLUMN_GAP = 40;
/** A layer's column may be this many times the side of a square holding every block... */
const TALLEST_COLUMN = 2;
/** ...and is never split below this many components. */
const MIN_COLUMN_BLOCKS = 12;
const SWEEPS = 8;

export interface LargeLayoutInput {
  /** Components to place, with the zone that boxes them (null: none). */
  readonly components: readonly { readonly id: string; readonly zone: string | null }[];
  readonly connections: readonly OrderEdge[];
}

interface Block {
  readonly id: string;
  readonly width: number;
  readonly height: number;
}

interface Placement {
  /** Top-left corners, the drawing's top-left at (0, 0). */
  readonly positions: Map<string, { x: number; y: number }>;
  readonly width: number;
  readonly height: number;
}

/**
 * Positions for every component (and a box for every zone with members), with the drawing's
 * top-left corner at (0, 0). Each zone's members are laid out on their own first; the zone's box
 * then takes part in the outer layout as one block, connections to its members counting as
 * connections to the box (as ELK lays out a compound node's children before the node itself).
 */
export function largeLayout(input: LargeLayoutInput): LayoutResult {
  const members = new Map<string, Block[]>();
  const zoneOf = new Map<string, string>();
  const outer: Block[] = [];
  for (const { id, zone } of input.components) {
    const block = { id, width: COMPONENT_WIDTH, height: COMPONENT_HEIGHT };
    if (zone === null) {
      outer.push(block);
      continue;
    }
    zoneOf.set(id, zone);
    const list = members.get(zone) ?? [];
    list.push(block);
    members.set(zone, list);
  }
  const inner = new Map<string, Placement>();
  for (const [zone, blocks] of members) {
    const ids = new Set(blocks.map((b) => b.id));
    const placement = placeLayered(
      blocks,
      input.connections.filter((c) => ids.has(c.from) && ids.has(c.to)),
    );
    inner.set(zone, placement);
    outer.push({ id: zone, width: placement.width + 2 * ZONE_PADDING, height: placement.height + ZONE_LABEL_HEIGHT + 2 * ZONE_PADDING });
  }
  const lift = (id: string) => zoneOf.get(id) ?? id;
  const lifted = input.connections.map((c) => ({ from: lift(c.from), to: lift(c.to) })).filter((c) => c.from !== c.to);
  const { positions } = placeLayered(outer, lifted);

  const components: Record<string, { x: number; y: number }> = {};
  const zones: Record<string, { x: number; y: number; width: number; height: number }> = {};
  for (const block of outer) {
    const at = positions.get(block.id)!;
    const placement = inner.get(block.id);
    if (!placement) {
      components[block.id] = at;
      continue;
    }
    zones[block.id] = { x: at.x, y: at.y, width: block.width, height: block.height };
    for (const [id, p] of placement.positions) components[id] = { x: at.x + ZONE_PADDING + p.x, y: at.y + ZONE_LABEL_HEIGHT + ZONE_PADDING + p.y };
  }
  return { components, zones };
}

/**
 * A left-to-right layered drawing of blocks: layers and their order from `barycentricOrder`,
 * each layer a column as wide as its widest block, each block pulled towards the average height
 * of its neighbours. Each connected part of the graph is drawn on its own and the parts are
 * packed in rows, largest first, as ELK separates and packs connected components: two systems
 * that never call each other do not share columns, and components without any connection end up
 * in rows below rather than stacked in the first layer.
 */
function placeLayered(blocks: readonly Block[], edges: readonly OrderEdge[]): Placement {
  const byId = new Map(blocks.map((b) => [b.id, b]));
  const neighbours = new Map<string, string[]>();
  for (const { from, to } of edges) {
    if (from === to || !byId.has(from) || !byId.has(to)) continue;
    (neighbours.get(from) ?? neighbours.set(from, []).get(from)!).push(to);
    (neighbours.get(to) ?? neighbours.set(to, []).get(to)!).push(from);
  }
  const parts = connectedParts(blocks, edges, neighbours).map(({ blocks: members, edges: inside }) => {
    const positions = new Map<string, { x: number; y: number }>();
    const size = placeColumns(members, inside, neighbours, positions);
    return { positions, count: members.length, ...size };
  });
  // Largest first; the sort is stable, so equal parts keep the input's order.
  parts.sort((a, b) => b.count - a.count);
  const rowWidth = Math.max(parts[0]?.width ?? 0, 5 * (COMPONENT_WIDTH + COMPONENT_GAP));
  const positions = new Map<string, { x: number; y: number }>();
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  let width = 0;
  for (const part of parts) {
    if (x > 0 && x + part.width > rowWidth) {
      x = 0;
      y += rowHeight + COMPONENT_GAP;
      rowHeight = 0;
    }
    for (const [id, p] of part.positions) positions.set(id, { x: x + p.x, y: y + p.y });
    width = Math.max(width, x + part.width);
    x += part.width + COMPONENT_GAP;
    rowHeight = Math.max(rowHeight, part.height);
  }
  return { positions, width, height: y + rowHeight };
}

/** The blocks of each connected part, in input order, with the edges between them. */
function connectedParts(
  blocks: readonly Block[],
  edges: readonly OrderEdge[],
  neighbours: ReadonlyMap<string, readonly string[]>,
): { blocks: Block[]; edges: OrderEdge[] }[] {
  const partOf = new Map<string, number>();
  const parts: { blocks: Block[]; edges: OrderEdge[] }[] = [];
  for (const block of blocks) {
    if (partOf.has(block.id)) continue;
    const part = parts.length;
    parts.push({ blocks: [], edges: [] });
    partOf.set(block.id, part);
    const stack = [block.id];
    while (stack.length) {
      for (const next of neighbours.get(stack.pop()!) ?? []) {
        if (partOf.has(next)) continue;
        partOf.set(next, part);
        stack.push(next);
      }
    }
  }
  for (const block of blocks) parts[partOf.get(block.id)!]!.blocks.push(block);
  for (const edge of edges) {
    const part = partOf.get(edge.from);
    if (part !== undefined && part === partOf.get(edge.to) && edge.from !== edge.to) parts[part]!.edges.push(edge);
  }
  return parts;
}

/** The layered part of placeLayered: fills `positions` and returns the drawing's size. */
function placeColumns(
  blocks: readonly Block[],
  edges: readonly OrderEdge[],
  neighbours: ReadonlyMap<string, readonly string[]>,
  positions: Map<string, { x: number; y: number }>,
): { width: number; height: number } {
  if (blocks.length === 0) return { width: 0, height: 0 };
  const order = barycentricOrder(
    blocks.map((b) => b.id),
    edges,
  );
  const layers: Block[][] = [];
  for (const block of blocks) (layers[order.get(block.id)!.layer] ??= []).push(block);
  for (const layer of layers) layer.sort((a, b) => order.get(a.id)!.position - order.get(b.id)!.position);
  const columns = columnsPerLayer(blocks, layers);
  const separations = layers.map((layer, l) => layerSeparations(layer, columns[l]!));

  // Centre heights: first each layer stacked around 0, then pulled towards neighbours.
  const centre = new Map<string, number>();
  layers.forEach((layer, l) => {
    const total = separations[l]!.reduce((sum, gap) => sum + gap, 0);
    let at = -total / 2;
    layer.forEach((block, i) => {
      centre.set(block.id, at);
      at += separations[l]![i] ?? 0;
    });
  });
  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    const sequence = sweep % 2 === 0 ? layers.keys() : [...layers.keys()].reverse();
    for (const l of sequence) {
      const layer = layers[l]!;
      const wanted = layer.map((b) => average(neighbours.get(b.id) ?? [], centre) ?? centre.get(b.id)!);
      const placed = closestInOrder(wanted, separations[l]!);
      layer.forEach((b, i) => centre.set(b.id, placed[i]!));
    }
  }

  let minTop = Infinity;
  let maxBottom = -Infinity;
  for (const block of blocks) {
    minTop = Math.min(minTop, centre.get(block.id)! - block.height / 2);
    maxBottom = Math.max(maxBottom, centre.get(block.id)! + block.height / 2);
  }
  let x = 0;
  layers.forEach((layer, l) => {
    const width = Math.max(...layer.map((b) => b.width));
    const count = columns[l]!;
    // Narrower blocks sit centred in their column, as ELK aligns a layer's nodes; a split layer
    // deals its blocks to its columns in turn, so each column keeps the layer's vertical order.
    layer.forEach((block, i) => {
      const column = x + (i % count) * (width + COLUMN_GAP);
      positions.set(block.id, { x: Math.round(column + (width - block.width) / 2), y: Math.round(centre.get(block.id)! - block.height / 2 - minTop) });
    });
    x += count * width + (count - 1) * COLUMN_GAP + LAYER_GAP;
  });
  return { width: x - LAYER_GAP, height: Math.round(maxBottom - minTop) };
}

/**
 * How many side-by-side columns each layer gets. A layer of one column per layer is as tall as
 * its stack: the 180 leaves of a 300-component tree made a column 20,000 px tall beside five
 * short ones, a drawing twelve times taller than wide that fits the window as a thin line. A
 * layer taller than twice the side of a square holding all the blocks is split into as many
 * columns as bring it under that height.
 */
function columnsPerLayer(blocks: readonly Block[], layers: readonly Block[][]): number[] {
  const area = blocks.reduce((sum, b) => sum + (b.width + LAYER_GAP) * (b.height + NODE_GAP), 0);
  const tallest = Math.max(MIN_COLUMN_BLOCKS * (COMPONENT_HEIGHT + NODE_GAP), TALLEST_COLUMN * Math.sqrt(area));
  return layers.map((layer) => Math.max(1, Math.ceil(layer.reduce((sum, b) => sum + b.height + NODE_GAP, 0) / tallest)));
}

/**
 * Least distances between the centres of consecutive blocks of a layer. Split into columns,
 * block i shares its column with block i + columns, so consecutive blocks need only a
 * `columns`-th of the room, counted for the layer's tallest block so no column overlaps.
 */
function layerSeparations(layer: readonly Block[], columns: number): number[] {
  if (columns === 1) return layer.slice(1).map((b, i) => (layer[i]!.height + b.height) / 2 + NODE_GAP);
  const room = (Math.max(...layer.map((b) => b.height)) + NODE_GAP) / columns;
  return layer.slice(1).map(() => room);
}

function average(ids: readonly string[], centre: ReadonlyMap<string, number>): number | null {
  if (ids.length === 0) return null;
  let sum = 0;
  for (const id of ids) sum += centre.get(id)!;
  return sum / ids.length;
}

/**
 * Centres as close as possible (least squares) to `wanted` that keep the given order, consecutive
 * centres at least `separations[i]` apart. Subtracting each block's least offset from the first
 * turns the spacing constraint into "non-decreasing", which pool-adjacent-violators solves
 * exactly in one pass.
 */
export function closestInOrder(wanted: readonly number[], separations: readonly number[]): number[] {
  const offset: number[] = [];
  let sum = 0;
  for (let i = 0; i < wanted.length; i++) {
    if (i > 0) sum += separations[i - 1]!;
    offset.push(sum);
  }
  // Pools of consecutive blocks that share one shifted value: their mean target.
  const pools: { value: number; count: number }[] = [];
  for (let i = 0; i < wanted.length; i++) {
    let pool = { value: wanted[i]! - offset[i]!, count: 1 };
    while (pools.length && pools[pools.length - 1]!.value >= pool.value) {
      const last = pools.pop()!;
      pool = { value: (last.value * last.count + pool.value * pool.count) / (last.count + pool.count), count: last.count + pool.count };
    }
    pools.push(pool);
  }
  const placed: number[] = [];
  for (const pool of pools) for (let k = 0; k < pool.count; k++) placed.push(pool.value + offset[placed.length]!);
  return placed;
}
