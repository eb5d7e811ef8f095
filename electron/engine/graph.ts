import type { Project } from '../../shared/model/project';
import type { Component } from '../../shared/model/component';
import type { Connection } from '../../shared/model/connection';
import type { Zone } from '../../shared/model/zone';

/** Adjacency of a project, built once per check. Connections keep the project's order. */
export interface ProjectGraph {
  readonly components: ReadonlyMap<string, Component>;
  readonly connections: ReadonlyMap<string, Connection>;
  readonly zones: ReadonlyMap<string, Zone>;
  readonly outgoing: ReadonlyMap<string, readonly Connection[]>;
  readonly incoming: ReadonlyMap<string, readonly Connection[]>;
  /** Entry point component id → peak requests per second today. */
  readonly entryRates: ReadonlyMap<string, number>;
  /** Component id → its position in `components` (0..n-1), for per-component typed arrays. */
  readonly indexOf: ReadonlyMap<string, number>;
}

const none: readonly Connection[] = [];

export function buildGraph(project: Project): ProjectGraph {
  // Plain loops rather than new Map(array.map(...)): no temporary [key, value] pair per element.
  const components = new Map<string, Component>();
  const indexOf = new Map<string, number>();
  for (let i = 0; i < project.components.length; i++) {
    const c = project.components[i]!;
    // A repeated id keeps its first position and its last component, as Map.set does.
    if (!indexOf.has(c.id)) indexOf.set(c.id, indexOf.size);
    components.set(c.id, c);
  }
  const zones = new Map<string, Zone>();
  for (const z of project.zones) zones.set(z.id, z);
  // Counted first, so each list is allocated at its final size: pushing into a fresh array
  // reserves 17 slots, for lists that mostly hold two or three connections.
  const outCount = new Int32Array(indexOf.size);
  const inCount = new Int32Array(indexOf.size);
  const from = new Int32Array(project.connections.length).fill(-1);
  const to = new Int32Array(project.connections.length);
  for (let i = 0; i < project.connections.length; i++) {
    const connection = project.connections[i]!;
    const f = indexOf.get(connection.from);
    const t = indexOf.get(connection.to);
    // A schema-valid project has no dangling ends, but the engine never throws: skip them.
    if (f === undefined || t === undefined) continue;
    from[i] = f;
    to[i] = t;
    outCount[f]! += 1;
    inCount[t]! += 1;
  }
  const outgoing = new Map<string, Connection[]>();
  const incoming = new Map<string, Connection[]>();
  const outLists: Connection[][] = new Array(indexOf.size);
  const inLists: Connection[][] = new Array(indexOf.size);
  const outAt = new Int32Array(indexOf.size);
  const inAt = new Int32Array(indexOf.size);
  for (let i = 0; i < project.connections.length; i++) {
    const f = from[i]!;
    if (f < 0) continue;
    const t = to[i]!;
    const connection = project.connections[i]!;
    // Lists enter the maps in the order of their first connection, as they always have.
    if (outAt[f] === 0) outgoing.set(connection.from, (outLists[f] = new Array<Connection>(outCount[f]!)));
    if (inAt[t] === 0) incoming.set(connection.to, (inLists[t] = new Array<Connection>(inCount[t]!)));
    outLists[f]![outAt[f]!++] = connection;
    inLists[t]![inAt[t]!++] = connection;
  }
  const entryRates = new Map<string, number>();
  for (const entry of project.workload.entryPoints) {
    if (components.has(entry.componentId)) entryRates.set(entry.componentId, entry.peakRps);
  }
  let connections: Map<string, Connection> | undefined;
  return {
    components, zones, outgoing, incoming, entryRates, indexOf,
    // Built on first use: no rule of a check looks connections up by id, and at 10,000
    // components this map was 28,000 entries built per check for nothing.
    get connections() {
      if (!connections) {
        connections = new Map<string, Connection>();
        for (let i = 0; i < project.connections.length; i++) connections.set(project.connections[i]!.id, project.connections[i]!);
      }
      return connections;
    },
  };
}

export function outgoingOf(graph: ProjectGraph, componentId: string): readonly Connection[] {
  return graph.outgoing.get(componentId) ?? none;
}

export function incomingOf(graph: ProjectGraph, componentId: string): readonly Connection[] {
  return graph.incoming.get(componentId) ?? none;
}

/** The component's name for messages. */
export function nameOf(graph: ProjectGraph, componentId: string): string {
  return graph.components.get(componentId)?.name ?? componentId;
}

/** Synchronous kinds: the caller waits for the answer. */
export function isSynchronous(connection: Connection): boolean {
  return connection.kind === 'sync' || connection.kind === 'read' || connection.kind === 'write';
}

/** A hard dependency: sync/read/write, not declared soft, and no fallback. */
export function isHardDependency(connection: Connection): boolean {
  return isSynchronous(connection) && connection.dependency !== 'soft' && connection.fallback !== true;
}
