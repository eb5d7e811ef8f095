/**
 * Layers and a vertical order for the components of a large diagram (largeLayout.ts).
 *
 * ELK's crossing minimisation sweeps every layer, long-edge dummy nodes included, many times, and a
 * large diagram has several dummies per component: in a layout that runs cold in a fresh worker
 * that is a large part of the time (docs/performance.md). This is the barycentre heuristic ELK
 * uses, over the components alone.
 */
export interface OrderEdge {
  readonly from: string;
  readonly to: string;
}

/** Down and up sweeps; beyond about 8 the order barely changes. */
const SWEEPS = 8;

export interface OrderedNode {
  /** Longest-path layer from the sources (a source just before its nearest callee), 0 = leftmost. */
  readonly layer: number;
  /** Place within its layer as a fraction of the layer's height, in (0, 1). */
  readonly position: number;
}

/**
 * Layer and vertical place of each node, ordered so that connected nodes sit near each other.
 * Deterministic: ties keep the input order.
 */
export function barycentricOrder(nodes: readonly string[], edges: readonly OrderEdge[]): Map<string, OrderedNode> {
  const index = new Map(nodes.map((id, i) => [id, i]));
  const successors: number[][] = nodes.map(() => []);
  const predecessors: number[][] = nodes.map(() => []);
  for (const edge of edges) {
    const from = index.get(edge.from);
    const to = index.get(edge.to);
    if (from === undefined || to === undefined || from === to) continue;
    successors[from]!.push(to);
    predecessors[to]!.push(from);
  }
  const layerOf = layers(nodes.length, successors);
  const byLayer: number[][] = [];
  layerOf.forEach((layer, node) => (byLayer[layer] ??= []).push(node));
  // Positions are fractions of the layer height, so layers of different sizes compare.
  const position = new Float64Array(nodes.length);
  const place = (layer: readonly number[]) => layer.forEach((node, i) => (position[node] = (i + 0.5) / layer.length));
  byLayer.forEach(place);
  // One array of sort keys for every layer: a layer only reads the keys of its own nodes.
  const key = new Float64Array(nodes.length);
  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    const down = sweep % 2 === 0;
    const neighbours = down ? predecessors : successors;
    const order = down ? byLayer : [...byLayer].reverse();
    for (const layer of order) {
      for (const node of layer) key[node] = mean(neighbours[node]!, position, position[node]!);
      layer.sort((a, b) => key[a]! - key[b]! || a - b);
      place(layer);
    }
  }
  return new Map(nodes.map((id, i) => [id, { layer: layerOf[i]!, position: position[i]! }]));
}

function mean(neighbours: readonly number[], position: Float64Array, own: number): number {
  if (neighbours.length === 0) return own;
  let sum = 0;
  for (const n of neighbours) sum += position[n]!;
  return sum / neighbours.length;
}

/**
 * Longest-path layers from the sources; a depth-first search skips edges that close a cycle,
 * as a layered layout reverses them. Layers may start above 0 when every source moved right;
 * callers compare layers, they do not count them.
 */
function layers(count: number, successors: readonly number[][]): number[] {
  const state = new Uint8Array(count); // 0 new, 1 on the stack, 2 done
  const topological: number[] = [];
  const forward: number[][] = successors.map(() => []);
  for (let root = 0; root < count; root++) {
    if (state[root]) continue;
    // Iterative DFS: a deep service chain must not overflow the stack.
    const stack: [number, number][] = [[root, 0]];
    state[root] = 1;
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const [node, next] = top;
      const list = successors[node]!;
      if (next < list.length) {
        top[1] = next + 1;
        const to = list[next]!;
        if (state[to] === 1) continue;
        forward[node]!.push(to);
        if (state[to] === 0) {
          state[to] = 1;
          stack.push([to, 0]);
        }
      } else {
        state[node] = 2;
        topological.push(node);
        stack.pop();
      }
    }
  }
  const layer = new Array<number>(count).fill(0);
  const called = new Uint8Array(count);
  for (let i = topological.length - 1; i >= 0; i--) {
    const node = topological[i]!;
    for (const to of forward[node]!) {
      layer[to] = Math.max(layer[to]!, layer[node]! + 1);
      called[to] = 1;
    }
  }
  // Longest paths leave every source in the first layer, however deep its callees sit: a
  // service nobody calls would sit columns away from what it calls. Sources move right, up to
  // the layer before their nearest callee (which never moves: it has a caller).
  for (let node = 0; node < count; node++) {
    if (called[node] || forward[node]!.length === 0) continue;
    layer[node] = Math.min(...forward[node]!.map((to) => layer[to]!)) - 1;
  }
  return layer;
}
