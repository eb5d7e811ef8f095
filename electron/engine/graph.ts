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
}

const none: readonly Connection[] = [];

export function buildGraph(project: Project): ProjectGraph {
  // Plain loops rather than new Map(array.map(...)): no temporary [key, value] pair per element.
  const components = new Map<string, Component>();
  for (let i = 0; i < project.components.length; i++) {
    const c = project.components[i]!;
    components.set(c.id, c);
  }
  const zones = new Map<string, Zone>();
  for (const z of project.zones) zones.set(z.id, z);
  const outgoing = new Map<string, Connection[]>();
  const incoming = new Map<string, Connection[]>();
  for (let i = 0; i < project.connections.length; i++) {
    const connection = project.connections[i]!;
    // A schema-valid project has no dangling ends, but the engine never throws: skip them.
    if (!components.has(connection.from) || !components.has(connection.to)) continue;
    push(outgoing, connection.from, connection);
    push(incoming, connection.to, connection);
  }
  const entryRates = new Map<string, number>();
  for (const entry of project.workload.entryPoints) {
    if (components.has(entry.componentId)) entryRates.set(entry.componentId, entry.peakRps);
  }
  let connections: Map<string, Connection> | undefined;
  return {
    components, zones, outgoing, incoming, entryRates,
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

function push(map: Map<string, Connection[]>, key: string, connection: Connection): void {
  const list = map.get(key);
  if (list) list.push(connection);
  else map.set(key, [connection]);
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
