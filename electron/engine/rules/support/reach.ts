import type { Connection } from '../../../../shared/model/connection';
import { incomingOf, outgoingOf, type ProjectGraph } from '../../graph';
import { itemAt } from '../../../../shared/base/itemAt';

/**
 * Graph walks shared by the growth, stateless, redundancy, async and caching rules.
 * Kept beside the growth rules (in a sub-folder, so the registry does not take it for a rule).
 */

/**
 * Where load enters: the workload's entry points, in workload order. A sketch that states no
 * workload yet still has clients, so its client components stand in for entry points.
 */
export function entryPointIds(graph: ProjectGraph): string[] {
  if (graph.entryRates.size > 0) return [...graph.entryRates.keys()];
  return [...graph.components.values()].filter((c) => c.kind === 'client').map((c) => c.id);
}

/** For each component reached, the connection it was first reached through (null for a start). */
export interface Reach {
  has(componentId: string): boolean;
  get(componentId: string): Connection | null | undefined;
  /** The components reached, in the order reached. */
  keys(): Iterable<string>;
}

/**
 * Breadth-first walk along outgoing connections that `follow` accepts. Breadth-first so the
 * path recorded to each component is a shortest one, which reads best in a message.
 */
export function reachForward(graph: ProjectGraph, starts: readonly string[], follow: (c: Connection) => boolean): Reach {
  return walk(
    graph,
    starts,
    (id) => outgoingOf(graph, id),
    (c) => c.to,
    follow,
  );
}

/** The same walk against the direction of connections: who can reach `starts`. */
export function reachBackward(graph: ProjectGraph, starts: readonly string[], follow: (c: Connection) => boolean): Reach {
  return walk(
    graph,
    starts,
    (id) => incomingOf(graph, id),
    (c) => c.from,
    follow,
  );
}

function walk(
  graph: ProjectGraph,
  starts: readonly string[],
  next: (id: string) => readonly Connection[],
  endOf: (c: Connection) => string,
  follow: (c: Connection) => boolean,
): Reach {
  // By the graph's component numbering rather than a map of every component reached; a start
  // the graph does not know (it has no connections to follow) is kept aside.
  const { indexOf } = graph;
  const reached: (Connection | null | undefined)[] = new Array<Connection | null | undefined>(indexOf.size).fill(undefined);
  const unknown = new Set<string>();
  const queue: string[] = [];
  for (const start of starts) {
    const v = indexOf.get(start);
    if (v === undefined ? unknown.has(start) : reached[v] !== undefined) continue;
    if (v === undefined) unknown.add(start);
    else reached[v] = null;
    queue.push(start);
  }
  for (let head = 0; head < queue.length; head += 1) {
    for (const connection of next(itemAt(queue, head))) {
      const end = endOf(connection);
      const v = indexOf.get(end);
      if (v === undefined || reached[v] !== undefined || !follow(connection)) continue;
      reached[v] = connection;
      queue.push(end);
    }
  }
  return {
    has: (id) => {
      const v = indexOf.get(id);
      return v === undefined ? unknown.has(id) : reached[v] !== undefined;
    },
    get: (id) => {
      const v = indexOf.get(id);
      return v === undefined ? (unknown.has(id) ? null : undefined) : reached[v];
    },
    keys: () => queue,
  };
}

/** Component ids from the start of a forward walk to `id`, start first. */
export function forwardPath(reach: Reach, id: string): string[] {
  const path = [id];
  for (let via = reach.get(id); via; via = reach.get(via.from)) path.unshift(via.from);
  return path;
}

/** The start a forward walk reached `id` from, without building the path. */
export function startOf(reach: Reach, id: string): string {
  let current = id;
  for (let via = reach.get(current); via; via = reach.get(current)) current = via.from;
  return current;
}

/** Component ids from `id` back to the start of a backward walk, `id` first. */
export function backwardPath(reach: Reach, id: string): string[] {
  const path = [id];
  for (let via = reach.get(id); via; via = reach.get(via.to)) path.push(via.to);
  return path;
}

/** Components that call `componentId` directly (any connection but replication), in connection order. */
export function callersOf(graph: ProjectGraph, componentId: string): string[] {
  const callers: string[] = [];
  for (const c of incomingOf(graph, componentId)) {
    if (c.kind !== 'replication' && !callers.includes(c.from)) callers.push(c.from);
  }
  return callers;
}
