import type { Component } from '../../../../../shared/model/component';
import type { Project } from '../../../../../shared/model/project';
import { incomingOf, outgoingOf, type ProjectGraph } from '../../../graph';
import { itemAt } from '../../../../../shared/base/itemAt';

/** Kinds that keep data when they restart. */
const durableKinds = new Set(['database', 'object-storage', 'search', 'stream']);

/** Caches that front a store through cached-by connections, collected once per check. */
export function frontingCaches(project: Project): ReadonlySet<string> {
  const fronting = new Set<string>();
  for (let i = 0; i < project.connections.length; i++) {
    const cachedBy = itemAt(project.connections, i).cachedBy;
    if (cachedBy !== undefined) fronting.add(cachedBy);
  }
  return fronting;
}

/** The model says the cache keeps data it must not lose. */
export function treatedAsDurable(cache: Component): boolean {
  return cache.cache?.treatedAsDurable === true || cache.state?.durableData === true;
}

/**
 * Whether the cache is the primary store of some data: treated as durable, or written to by
 * components that write that data nowhere durable (caching/cache-as-database reports both).
 */
export function holdsPrimaryData(graph: ProjectGraph, fronting: ReadonlySet<string>, cache: Component): boolean {
  return treatedAsDurable(cache) || (!fronting.has(cache.id) && unbackedWriters(graph, cache).length > 0);
}

/**
 * Components that write into the cache while neither they nor the cache write to a durable
 * store. A cache that reads through to a store, or is filled cache-aside by a component that
 * also writes the store, holds only copies.
 */
export function unbackedWriters(graph: ProjectGraph, cache: Component): Component[] {
  if (outgoingOf(graph, cache.id).some((c) => isDurable(graph, c.to))) return [];
  const writers: Component[] = [];
  for (const c of incomingOf(graph, cache.id)) {
    if (c.kind !== 'write' && !(c.kind === 'sync' && c.mutating === true)) continue;
    const writer = graph.components.get(c.from)!;
    if (writers.includes(writer)) continue;
    const backed = outgoingOf(graph, writer.id).some((o) => (o.kind === 'write' || o.kind === 'async' || o.mutating === true) && isDurable(graph, o.to));
    if (!backed) writers.push(writer);
  }
  return writers;
}

function isDurable(graph: ProjectGraph, id: string): boolean {
  const kind = graph.components.get(id)?.kind;
  return kind !== undefined && (durableKinds.has(kind) || kind === 'queue');
}
