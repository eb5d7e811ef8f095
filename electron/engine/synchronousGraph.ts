import type { Connection } from '../../shared/model/connection';
import { isHardDependency, isRequestCall, type ConnectionLists, type ProjectGraph } from './graph';

/**
 * The synchronous connections of each component, filtered once per check. Many rules walk only
 * the calls a request waits on; filtering the adjacency in each of them, per component visited,
 * was a large share of a check's allocations at 10,000 components.
 */
export interface SynchronousGraph {
  /** Synchronous calls requests make (see isRequestCall) leaving the component, in project order. */
  outgoing(componentId: string): readonly Connection[];
  /** Synchronous calls requests make into the component, in project order. */
  incoming(componentId: string): readonly Connection[];
  /** Hard dependencies (synchronous, not soft, no fallback) leaving the component, in project order. */
  hardOutgoing(componentId: string): readonly Connection[];
}

const none: readonly Connection[] = [];

export function synchronousGraph(graph: ProjectGraph): SynchronousGraph {
  // Filtered per component on first use and kept, in arrays by component index rather than
  // maps. The graph's own lists are already in project order; a list the filter keeps whole is
  // shared rather than copied, as most of a model's calls are synchronous.
  const n = graph.indexOf.size;
  const outgoing: (readonly Connection[] | undefined)[] = new Array(n);
  const incoming: (readonly Connection[] | undefined)[] = new Array(n);
  const hard: (readonly Connection[] | undefined)[] = new Array(n);
  const lists =
    (memo: (readonly Connection[] | undefined)[], byId: ConnectionLists, keep: (c: Connection) => boolean) =>
    (id: string): readonly Connection[] => {
      const v = graph.indexOf.get(id);
      if (v === undefined) return none;
      return (memo[v] ??= kept(byId.get(id), keep));
    };
  return {
    outgoing: lists(outgoing, graph.outgoing, isRequestCall),
    incoming: lists(incoming, graph.incoming, isRequestCall),
    hardOutgoing: lists(hard, graph.outgoing, isHardDependency),
  };
}

function kept(list: readonly Connection[] | undefined, keep: (c: Connection) => boolean): readonly Connection[] {
  if (list === undefined) return none;
  let count = 0;
  for (const connection of list) if (keep(connection)) count++;
  if (count === list.length) return list;
  if (count === 0) return none;
  const out = new Array<Connection>(count);
  let at = 0;
  for (const connection of list) if (keep(connection)) out[at++] = connection;
  return out;
}
