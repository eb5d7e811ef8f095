import type { Connection } from '../../types';

// Indexed reads here assert non-null rather than call itemAt: every index comes from the same graph's arrays, and a call per read slows the check's inner loops.

/** How to walk the graph: which connections leave a component, and where each one leads. */
export interface Walk {
  readonly next: (componentId: string) => readonly Connection[];
  readonly endOf: (connection: Connection) => string;
  /** The weight a connection adds to a path. */
  readonly weight: (connection: Connection) => number;
  /** Weight of a path that stops at this component; -Infinity where a path may not stop. */
  readonly stop: (componentId: string) => number;
  /**
   * Numbers every component the walk can meet 0..size-1 (the graph's numbering), so the walk
   * keeps its state in typed arrays rather than a map and an object per component.
   */
  readonly indexOf: ReadonlyMap<string, number>;
}

const UNVISITED = 0;
const ON_STACK = 1;
const DONE = 2;

export interface PathStep {
  /** Total weight of the heaviest path from this component. */
  readonly weight: number;
  /** Its first connection, or null when the path stops here. */
  readonly via: Connection | null;
}

/** The heaviest path from each component the walk visited. */
export interface PathSteps {
  get(componentId: string): PathStep | undefined;
}

/**
 * Heaviest path from each visited component, by memoized depth-first search. Iterative, so a
 * chain of 10,000 components cannot overflow the stack; linear in components + connections.
 * A connection back into a component still being explored closes a cycle and is ignored, so
 * cycles cannot make a path endless (on graphs with cycles the result is a heavy path, not
 * always the heaviest one). Ties keep the first connection in project order: deterministic.
 * A connection to a component the numbering does not know is not followed.
 */
export function heaviestPaths(walk: Walk, starts: Iterable<string>): PathSteps {
  const { indexOf } = walk;
  const state = new Uint8Array(indexOf.size);
  const weights = new Float64Array(indexOf.size);
  const vias: (Connection | null)[] = new Array<Connection | null>(indexOf.size).fill(null);
  const frameIds: string[] = [];
  const frameNodes: number[] = [];
  const frameEdges: (readonly Connection[])[] = [];
  const frameAt: number[] = [];
  const open = (id: string, v: number) => {
    state[v] = ON_STACK;
    frameIds.push(id);
    frameNodes.push(v);
    frameEdges.push(walk.next(id)); // next() may filter: call it once per component
    frameAt.push(0);
  };
  for (const start of starts) {
    const first = indexOf.get(start);
    if (first === undefined || state[first] !== UNVISITED) continue;
    open(start, first);
    while (frameIds.length > 0) {
      const top = frameIds.length - 1;
      const edges = frameEdges[top]!;
      const at = frameAt[top]!;
      if (at < edges.length) {
        frameAt[top] = at + 1;
        const end = walk.endOf(edges[at]!);
        const w = indexOf.get(end);
        if (w !== undefined && state[w] === UNVISITED) open(end, w);
        continue;
      }
      const id = frameIds.pop()!;
      const v = frameNodes.pop()!;
      frameEdges.pop();
      frameAt.pop();
      let best = walk.stop(id);
      let via: Connection | null = null;
      for (let i = 0; i < edges.length; i++) {
        const w = indexOf.get(walk.endOf(edges[i]!));
        if (w === undefined || state[w] !== DONE) continue; // on the stack: closes a cycle
        const weight = walk.weight(edges[i]!) + weights[w]!;
        if (weight > best) {
          best = weight;
          via = edges[i]!;
        }
      }
      state[v] = DONE;
      weights[v] = best;
      vias[v] = via;
    }
  }
  return {
    get(componentId: string): PathStep | undefined {
      const v = indexOf.get(componentId);
      return v === undefined || state[v] !== DONE ? undefined : { weight: weights[v]!, via: vias[v]! };
    },
  };
}

/** The connections of the heaviest path from a component, in order. */
export function pathFrom(steps: PathSteps, start: string, endOf: (connection: Connection) => string): Connection[] {
  const path: Connection[] = [];
  const seen = new Set<string>([start]);
  let step = steps.get(start);
  while (step?.via) {
    path.push(step.via);
    const next = endOf(step.via);
    if (seen.has(next)) break;
    seen.add(next);
    step = steps.get(next);
  }
  return path;
}
