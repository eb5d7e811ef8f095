import type { Connection } from '../../shared/model/connection';
import { isHardDependency, isSynchronous, type ProjectGraph } from './graph';

/**
 * The synchronous connections of each component, filtered once per check. Many rules walk only
 * the calls a request waits on; filtering the adjacency in each of them, per component visited,
 * was a large share of a check's allocations at 10,000 components.
 */
export interface SynchronousGraph {
  /** Synchronous connections leaving the component, in project order. */
  outgoing(componentId: string): readonly Connection[];
  /** Synchronous connections into the component, in project order. */
  incoming(componentId: string): readonly Connection[];
  /** Hard dependencies (synchronous, not soft, no fallback) leaving the component, in project order. */
  hardOutgoing(componentId: string): readonly Connection[];
}

const none: readonly Connection[] = [];

export function synchronousGraph(graph: ProjectGraph): SynchronousGraph {
  const outgoing = filterLists(graph.outgoing, isSynchronous);
  const incoming = filterLists(graph.incoming, isSynchronous);
  const hard = filterLists(outgoing, isHardDependency);
  return {
    outgoing: (id) => outgoing.get(id) ?? none,
    incoming: (id) => incoming.get(id) ?? none,
    hardOutgoing: (id) => hard.get(id) ?? none,
  };
}

/** The lists with only the connections `keep` accepts; components left with none are omitted. */
function filterLists(lists: ReadonlyMap<string, readonly Connection[]>, keep: (c: Connection) => boolean): Map<string, Connection[]> {
  const kept = new Map<string, Connection[]>();
  for (const [id, connections] of lists) {
    const list = connections.filter(keep);
    if (list.length > 0) kept.set(id, list);
  }
  return kept;
}
