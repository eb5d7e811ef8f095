import type { Project } from '../../shared/model/project';
import type { Component } from '../../shared/model/component';
import type { Connection } from '../../shared/model/connection';
import type { Zone } from '../../shared/model/zone';

// Indexed reads here assert non-null rather than call itemAt: every index comes from the same graph's arrays, and a call per read slows the check's inner loops.

/** Adjacency of a project, built once per check. Connections keep the project's order. */
export interface ProjectGraph {
  readonly components: ReadonlyMap<string, Component>;
  readonly connections: ReadonlyMap<string, Connection>;
  readonly zones: ReadonlyMap<string, Zone>;
  /** Connections leaving each component; has() is false for a component with none. */
  readonly outgoing: ConnectionLists;
  /** Connections into each component; has() is false for a component with none. */
  readonly incoming: ConnectionLists;
  /** Entry point component id → peak requests per second today. */
  readonly entryRates: ReadonlyMap<string, number>;
  /** Component id → its position in `components` (0..n-1), for per-component typed arrays. */
  readonly indexOf: ReadonlyMap<string, number>;
}

/** Each component's connections by id: what rules need of a map, without one per check. */
export interface ConnectionLists {
  get(componentId: string): readonly Connection[] | undefined;
  has(componentId: string): boolean;
}

/** Lists by component number, looked up through the graph's numbering. */
class ListsByIndex implements ConnectionLists {
  private readonly indexOf: ReadonlyMap<string, number>;
  private readonly lists: readonly (readonly Connection[] | undefined)[];

  constructor(indexOf: ReadonlyMap<string, number>, lists: readonly (readonly Connection[] | undefined)[]) {
    this.indexOf = indexOf;
    this.lists = lists;
  }

  get(componentId: string): readonly Connection[] | undefined {
    const v = this.indexOf.get(componentId);
    return v === undefined ? undefined : this.lists[v];
  }

  has(componentId: string): boolean {
    return this.get(componentId) !== undefined;
  }
}

const none: readonly Connection[] = [];

export function buildGraph(project: Project): ProjectGraph {
  // Plain loops rather than new Map(array.map(...)): no temporary [key, value] pair per element.
  const components = new Map<string, Component>();
  const indexOf = new Map<string, number>();
  for (const c of project.components) {
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
  // Arrays by component number rather than two more maps keyed by id (at 10,000 components a
  // map of that size allocates about 1 MB as it grows).
  const outLists: (Connection[] | undefined)[] = new Array(indexOf.size);
  const inLists: (Connection[] | undefined)[] = new Array(indexOf.size);
  const outAt = new Int32Array(indexOf.size);
  const inAt = new Int32Array(indexOf.size);
  for (let i = 0; i < project.connections.length; i++) {
    const f = from[i]!;
    if (f < 0) continue;
    const t = to[i]!;
    const connection = project.connections[i]!;
    if (outAt[f] === 0) outLists[f] = new Array<Connection>(outCount[f]!);
    if (inAt[t] === 0) inLists[t] = new Array<Connection>(inCount[t]!);
    outLists[f]![outAt[f]!++] = connection;
    inLists[t]![inAt[t]!++] = connection;
  }
  const entryRates = new Map<string, number>();
  for (const entry of project.workload.entryPoints) {
    if (components.has(entry.componentId)) entryRates.set(entry.componentId, entry.peakRps);
  }
  let connections: Map<string, Connection> | undefined;
  return {
    components,
    zones,
    entryRates,
    indexOf,
    outgoing: new ListsByIndex(indexOf, outLists),
    incoming: new ListsByIndex(indexOf, inLists),
    // Built on first use: no rule of a check looks connections up by id, so building a map of
    // every connection on each check would be work for nothing.
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

/**
 * A connection no request travels: used only at start-up (registration, configuration) or made
 * 0 times per request (a scheduled or one-off call).
 */
export function isOffRequestPath(connection: Connection): boolean {
  return connection.dependency === 'startup' || connection.callsPerRequest === 0;
}

/** A synchronous call that requests make: on request paths, chains, fan-out and latency. */
export function isRequestCall(connection: Connection): boolean {
  return isSynchronous(connection) && !isOffRequestPath(connection);
}

/** A hard dependency: a synchronous call requests make, not declared soft, and no fallback. */
export function isHardDependency(connection: Connection): boolean {
  return isRequestCall(connection) && connection.dependency !== 'soft' && connection.fallback !== true;
}
