import type { Connection } from '../../../types';

/** How to walk the graph: which connections leave a component, and where each one leads. */
export interface Walk {
  readonly next: (componentId: string) => readonly Connection[];
  readonly endOf: (connection: Connection) => string;
  /** The weight a connection adds to a path. */
  readonly weight: (connection: Connection) => number;
  /** Weight of a path that stops at this component; -Infinity where a path may not stop. */
  readonly stop: (componentId: string) => number;
}

const ON_STACK = null;

export interface PathStep {
  /** Total weight of the heaviest path from this component. */
  readonly weight: number;
  /** Its first connection, or null when the path stops here. */
  readonly via: Connection | null;
}

/**
 * Heaviest path from each visited component, by memoized depth-first search. Iterative, so a
 * chain of 10,000 components cannot overflow the stack; linear in components + connections.
 * A connection back into a component still being explored closes a cycle and is ignored, so
 * cycles cannot make a path endless (on graphs with cycles the result is a heavy path, not
 * always the heaviest one). Ties keep the first connection in project order: deterministic.
 */
export function heaviestPaths(walk: Walk, starts: Iterable<string>): Map<string, PathStep> {
  // One map for both states: a PathStep once done, ON_STACK while being explored.
  const state = new Map<string, PathStep | typeof ON_STACK>();
  const frameIds: string[] = [];
  const frameEdges: (readonly Connection[])[] = [];
  const frameAt: number[] = [];
  const open = (id: string) => {
    state.set(id, ON_STACK);
    frameIds.push(id);
    frameEdges.push(walk.next(id)); // next() may filter: call it once per component
    frameAt.push(0);
  };
  for (const start of starts) {
    if (state.has(start)) continue;
    open(start);
    while (frameIds.length > 0) {
      const top = frameIds.length - 1;
      const edges = frameEdges[top]!;
      const at = frameAt[top]!;
      if (at < edges.length) {
        frameAt[top] = at + 1;
        const end = walk.endOf(edges[at]!);
        if (!state.has(end)) open(end);
        continue;
      }
      const id = frameIds.pop()!;
      frameEdges.pop();
      frameAt.pop();
      let best: PathStep = { weight: walk.stop(id), via: null };
      for (let i = 0; i < edges.length; i++) {
        const edge = edges[i]!;
        const after = state.get(walk.endOf(edge));
        if (after === ON_STACK || after === undefined) continue; // closes a cycle
        const weight = walk.weight(edge) + after.weight;
        if (weight > best.weight) best = { weight, via: edge };
      }
      state.set(id, best);
    }
  }
  return state as Map<string, PathStep>;
}

/** The connections of the heaviest path from a component, in order. */
export function pathFrom(steps: ReadonlyMap<string, PathStep>, start: string, endOf: (connection: Connection) => string): Connection[] {
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
