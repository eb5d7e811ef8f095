import type { Connection } from '../../../../../shared/model/connection';
import { incomingOf, outgoingOf, type ProjectGraph } from '../../../graph';

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
export type Reach = ReadonlyMap<string, Connection | null>;

/**
 * Breadth-first walk along outgoing connections that `follow` accepts. Breadth-first so the
 * path recorded to each component is a shortest one, which reads best in a message.
 */
export function reachForward(graph: ProjectGraph, starts: readonly string[], follow: (c: Connection) => boolean): Reach {
  return walk(starts, (id) => outgoingOf(graph, id), (c) => c.to, follow);
}

/** The same walk against the direction of connections: who can reach `starts`. */
export function reachBackward(graph: ProjectGraph, starts: readonly string[], follow: (c: Connection) => boolean): Reach {
  return walk(starts, (id) => incomingOf(graph, id), (c) => c.from, follow);
}

function walk(
  starts: readonly string[],
  next: (id: string) => readonly Connection[],
  endOf: (c: Connection) => string,
  follow: (c: Connection) => boolean,
): Reach {
  const reached = new Map<string, Connection | null>();
  const queue: string[] = [];
  for (let k = 0; k < starts.length; k++) {
    const start = starts[k]!;
    if (reached.has(start)) continue;
    reached.set(start, null);
    queue.push(start);
  }
  for (let head = 0; head < queue.length; head += 1) {
    for (let j = 0, list = next(queue[head]!); j < list.length; j++) {
      const connection = list[j]!;
      const end = endOf(connection);
      if (reached.has(end) || !follow(connection)) continue;
      reached.set(end, connection);
      queue.push(end);
    }
  }
  return reached;
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
  for (let i = 0, list = incomingOf(graph, componentId); i < list.length; i++) {
    const c = list[i]!;
    if (c.kind !== 'replication' && !callers.includes(c.from)) callers.push(c.from);
  }
  return callers;
}
