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
  const done = new Map<string, PathStep>();
  const onStack = new Set<string>();
  for (const start of starts) {
    if (done.has(start)) continue;
    const stack: { id: string; index: number }[] = [{ id: start, index: 0 }];
    onStack.add(start);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const edges = walk.next(frame.id);
      if (frame.index < edges.length) {
        const end = walk.endOf(edges[frame.index]!);
        frame.index += 1;
        if (!done.has(end) && !onStack.has(end)) {
          onStack.add(end);
          stack.push({ id: end, index: 0 });
        }
        continue;
      }
      let best: PathStep = { weight: walk.stop(frame.id), via: null };
      for (const edge of edges) {
        const after = done.get(walk.endOf(edge));
        if (!after) continue; // closes a cycle
        const weight = walk.weight(edge) + after.weight;
        if (weight > best.weight) best = { weight, via: edge };
      }
      done.set(frame.id, best);
      onStack.delete(frame.id);
      stack.pop();
    }
  }
  return done;
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
