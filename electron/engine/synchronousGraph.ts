import type { Project } from '../../shared/model/project';
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

export function synchronousGraph(project: Project, graph: ProjectGraph): SynchronousGraph {
  const outgoing = new Map<string, Connection[]>();
  const incoming = new Map<string, Connection[]>();
  const hard = new Map<string, Connection[]>();
  // One pass in project order, so each list keeps the project's order like the graph's own.
  for (let i = 0; i < project.connections.length; i++) {
    const connection = project.connections[i]!;
    if (!isSynchronous(connection) || !graph.components.has(connection.from) || !graph.components.has(connection.to)) continue;
    push(outgoing, connection.from, connection);
    push(incoming, connection.to, connection);
    if (isHardDependency(connection)) push(hard, connection.from, connection);
  }
  return {
    outgoing: (id) => outgoing.get(id) ?? none,
    incoming: (id) => incoming.get(id) ?? none,
    hardOutgoing: (id) => hard.get(id) ?? none,
  };
}

function push(lists: Map<string, Connection[]>, componentId: string, connection: Connection): void {
  const list = lists.get(componentId);
  if (list) list.push(connection);
  else lists.set(componentId, [connection]);
}
