import type { Component } from './component';
import type { Connection, ConnectionKind } from './connection';

type Ends = Pick<Component, 'id' | 'kind'>;

const brokers = new Set<Component['kind']>(['queue', 'stream']);
const databases = new Set<Component['kind']>(['database']);
/** What reaches a store only to fetch from it (a CDN pulling assets, a browser reading a bucket). */
const readers = new Set<Component['kind']>(['client', 'cdn', 'load-balancer']);

/**
 * The kind a connection drawn from `from` to `to` most likely has, so a new connection starts
 * right and the user edits only the exceptions:
 * - into or out of a queue or stream: an async message;
 * - from a database to a database: replication (primary to replica);
 * - into a database that is itself a replica (something replicates into it): a read;
 * - into a database, object storage: a write (a service's connection to its own store usually
 *   carries writes as well as reads), or a read from a CDN, a client or a balancer;
 * - into a search index or a cache: a read;
 * - anything else: a synchronous request.
 */
export function newConnectionKind(from: Ends, to: Ends, connections: readonly Pick<Connection, 'from' | 'to' | 'kind'>[]): ConnectionKind {
  if (brokers.has(from.kind) || brokers.has(to.kind)) return 'async';
  if (databases.has(from.kind) && databases.has(to.kind)) return 'replication';
  if (databases.has(to.kind) && connections.some((c) => c.to === to.id && c.kind === 'replication')) return 'read';
  if (to.kind === 'database' || to.kind === 'object-storage') return readers.has(from.kind) ? 'read' : 'write';
  if (to.kind === 'search' || to.kind === 'cache') return 'read';
  return 'sync';
}
