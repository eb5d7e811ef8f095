import type { Connection } from '../../../shared/model/connection';
import type { Component, DeliveryPattern } from '../../../shared/model/component';
import { DEFAULT_CACHE_HIT_RATIO, DEFAULT_CALLS_PER_REQUEST } from '../../../shared/model/defaults';
import type { AnalysisInput } from './topology';
import { isOffRequestPath } from '../graph';

// Indexed reads here assert non-null rather than call itemAt: every index comes from the same graph's arrays, and a call per read slows the check's inner loops.

/**
 * The graph load flows through. Nodes 0..n-1 are the components; a broker whose connections name
 * topics also gets one node per topic it carries (and one for messages published without a
 * topic), so a consumer receives only the topics it subscribes to and what it publishes in
 * reaction is its own flow. Each edge passes on `factor` of its source's rate; `assumed` marks a
 * factor resting on a default (calls per request, a cache's hit ratio, a broker's delivery
 * pattern, a consumer's subscription), which decides whether a loop's gain can be trusted.
 */
export interface FlowGraph {
  /** Components plus topic nodes. */
  readonly size: number;
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  readonly factors: Float64Array;
  readonly assumed: Uint8Array;
  /** The project connection behind each edge; -1 for a topic node's edge into its broker. */
  readonly connection: Int32Array;
  /** The component each node stands for: itself, or a topic node's broker. */
  readonly owner: Int32Array;
  /** Where load that enters at each component goes in: itself, or a topic broker's unnamed topic. */
  readonly entryNode: Int32Array;
  /** Fanout deliveries a consumer receives but does not handle: load on it that it does not pass on. */
  readonly ignored: readonly IgnoredDelivery[];
}

export interface IgnoredDelivery {
  readonly consumer: number;
  readonly from: number;
  readonly factor: number;
}

/** Connections that carry request load: everything but replication (a copy, not a request). */
export function carriesLoad(connection: Connection): boolean {
  return connection.kind !== 'replication';
}

const isBroker = (component: Component) => component.kind === 'queue' || component.kind === 'stream';
const NO_TOPIC = '';

/** Topic nodes of one broker, by topic name ('' = published without a topic). */
type TopicNodes = Map<string, number>;

/**
 * Edges as parallel typed arrays, compressed by source once all are known. Sized for two edges
 * per connection (a call and its cache) and doubled when topics need more.
 */
class Edges {
  count = 0;
  from: Int32Array;
  to: Int32Array;
  factor: Float64Array;
  assumed: Uint8Array;
  connection: Int32Array;

  constructor(capacity: number) {
    this.from = new Int32Array(capacity);
    this.to = new Int32Array(capacity);
    this.factor = new Float64Array(capacity);
    this.assumed = new Uint8Array(capacity);
    this.connection = new Int32Array(capacity);
  }

  push(from: number, to: number, factor: number, assumed: boolean, connection: number): void {
    if (this.count === this.from.length) this.grow();
    const at = this.count++;
    this.from[at] = from;
    this.to[at] = to;
    this.factor[at] = factor;
    this.assumed[at] = assumed ? 1 : 0;
    this.connection[at] = connection;
  }

  private grow(): void {
    const size = this.from.length * 2 + 16;
    const copy = <T extends Int32Array | Float64Array | Uint8Array>(array: T, bigger: T): T => {
      bigger.set(array);
      return bigger;
    };
    this.from = copy(this.from, new Int32Array(size));
    this.to = copy(this.to, new Int32Array(size));
    this.factor = copy(this.factor, new Float64Array(size));
    this.assumed = copy(this.assumed, new Uint8Array(size));
    this.connection = copy(this.connection, new Int32Array(size));
  }
}

export function buildFlowGraph(input: AnalysisInput): FlowGraph {
  const n = input.components.length;
  const all = input.project.connections;
  // Which connections carry load, decided once: the passes below each read it.
  const carrying = new Uint8Array(all.length);
  let named = false;
  for (let k = 0; k < all.length; k++) {
    const to = input.connectionTo[k]!;
    const c = all[k]!;
    if (input.connectionFrom[k]! < 0 || to < 0 || input.deployed[to] === 0 || !carriesLoad(c) || isOffRequestPath(c)) continue;
    carrying[k] = 1;
    if (c.topics !== undefined) named = true;
  }
  const live = (k: number) => carrying[k] === 1;
  const topics = named ? topicNodesOf(input, live, n) : new Map<number, TopicNodes>();
  const edges = new Edges(2 * all.length + 16);
  const ignored: IgnoredDelivery[] = [];
  const size = n + topicCount(topics);
  const owner = new Int32Array(size);
  for (let v = 0; v < n; v++) owner[v] = v;
  for (const [broker, nodes] of topics) {
    for (const node of nodes.values()) {
      owner[node] = broker;
      edges.push(node, broker, 1, false, -1);
    }
  }
  const consumers = consumerCounts(input, live, topics);
  for (let k = 0; k < all.length; k++) {
    if (carrying[k] === 0) continue;
    const from = input.connectionFrom[k]!;
    const to = input.connectionTo[k]!;
    const connection = all[k]!;
    const calls = connection.callsPerRequest ?? DEFAULT_CALLS_PER_REQUEST;
    const callsAssumed = connection.callsPerRequest === undefined;
    if (isBroker(input.components[to]!) && topics.has(to) && connection.kind !== 'read') {
      publish(edges, from, k, calls, callsAssumed, connection, topics.get(to)!);
    } else if (isBroker(input.components[from]!) && connection.kind === 'async') {
      deliver(edges, ignored, input.components[from]!, from, to, k, calls, connection, topics.get(from), consumers.get(from)!);
    } else {
      call(edges, input, from, to, k, calls, callsAssumed, connection);
    }
  }
  const entryNode = new Int32Array(n);
  for (let v = 0; v < n; v++) entryNode[v] = topics.get(v)?.get(NO_TOPIC) ?? v;
  return { size, ...compress(size, edges), owner, entryNode, ignored };
}

function topicCount(topics: ReadonlyMap<number, TopicNodes>): number {
  let count = 0;
  for (const nodes of topics.values()) count += nodes.size;
  return count;
}

/** Brokers whose publish or consume connections name topics: a node per topic, numbered from n. */
function topicNodesOf(input: AnalysisInput, live: (k: number) => boolean, n: number): Map<number, TopicNodes> {
  const names = new Map<number, Set<string>>();
  const all = input.project.connections;
  for (let k = 0; k < all.length; k++) {
    if (!live(k) || all[k]!.topics === undefined) continue;
    const from = input.connectionFrom[k]!;
    const to = input.connectionTo[k]!;
    const broker = isBroker(input.components[to]!) ? to : isBroker(input.components[from]!) && all[k]!.kind === 'async' ? from : -1;
    if (broker < 0) continue;
    const set = names.get(broker) ?? new Set<string>();
    for (const topic of all[k]!.topics!) set.add(topic);
    names.set(broker, set);
  }
  const topics = new Map<number, TopicNodes>();
  let next = n;
  for (const broker of [...names.keys()].sort((a, b) => a - b)) {
    const nodes: TopicNodes = new Map();
    for (const topic of [NO_TOPIC, ...[...names.get(broker)!].sort()]) nodes.set(topic, next++);
    topics.set(broker, nodes);
  }
  return topics;
}

/** Per broker: its consume connections, and per topic how many of them subscribe to it (work queues share). */
function consumerCounts(input: AnalysisInput, live: (k: number) => boolean, topics: ReadonlyMap<number, TopicNodes>) {
  const counts = new Map<number, { all: number; byTopic: Map<string, number> }>();
  const all = input.project.connections;
  for (let k = 0; k < all.length; k++) {
    const from = input.connectionFrom[k]!;
    if (!live(k) || all[k]!.kind !== 'async' || !isBroker(input.components[from]!)) continue;
    let entry = counts.get(from);
    if (entry === undefined) {
      entry = { all: 0, byTopic: new Map<string, number>() };
      counts.set(from, entry);
    }
    entry.all += 1;
    const nodes = topics.get(from);
    if (nodes) for (const topic of subscribed(all[k]!, nodes)) entry.byTopic.set(topic, (entry.byTopic.get(topic) ?? 0) + 1);
  }
  return counts;
}

/** The topics a consume connection receives: those it names, or every topic of its broker. */
function subscribed(connection: Connection, nodes: TopicNodes | undefined): string[] {
  if (!nodes) return [];
  if (connection.topics === undefined) return [...nodes.keys()];
  return [...new Set(connection.topics)].filter((topic) => nodes.has(topic));
}

/** A producer's messages into a broker with topics: spread over the topics it names. */
function publish(edges: Edges, from: number, k: number, calls: number, callsAssumed: boolean, connection: Connection, nodes: TopicNodes): void {
  const named = connection.topics === undefined ? [NO_TOPIC] : [...new Set(connection.topics)];
  for (const topic of named) {
    edges.push(from, nodes.get(topic)!, calls / named.length, callsAssumed, k);
  }
}

/**
 * A broker's deliveries to one consumer. pub-sub and fanout give every subscriber each message;
 * a work queue shares each message among the consumers of its topic. A fanout consumer that names
 * the topics it handles still receives the others: load on it, not passed on.
 */
function deliver(
  edges: Edges,
  ignored: IgnoredDelivery[],
  broker: Component,
  from: number,
  to: number,
  k: number,
  calls: number,
  connection: Connection,
  nodes: TopicNodes | undefined,
  consumers: { all: number; byTopic: Map<string, number> },
): void {
  const stated: DeliveryPattern | undefined = broker.messaging?.pattern;
  const pattern = stated ?? 'pub-sub';
  const assumed = stated === undefined || (pattern !== 'work-queue' && connection.topics === undefined);
  if (!nodes) {
    const share = pattern === 'work-queue' ? 1 / consumers.all : 1;
    edges.push(from, to, calls * share, assumed, k);
    return;
  }
  const handled = new Set(subscribed(connection, nodes));
  for (const [topic, node] of nodes) {
    if (handled.has(topic)) {
      const share = pattern === 'work-queue' ? 1 / consumers.byTopic.get(topic)! : 1;
      edges.push(node, to, calls * share, assumed, k);
    } else if (pattern === 'fanout') {
      ignored.push({ consumer: to, from: node, factor: calls });
    }
  }
}

/** A request call: to the callee, and through a cache that absorbs its hits. */
function call(edges: Edges, input: AnalysisInput, from: number, to: number, k: number, calls: number, callsAssumed: boolean, connection: Connection): void {
  const cache = connection.cachedBy === undefined ? undefined : input.indexOf.get(connection.cachedBy);
  if (cache === undefined || input.deployed[cache] === 0) {
    edges.push(from, to, calls, callsAssumed, k);
    return;
  }
  const hitRatio = input.components[cache]!.cache?.hitRatio;
  edges.push(from, to, calls * (1 - (hitRatio ?? DEFAULT_CACHE_HIT_RATIO)), callsAssumed || hitRatio === undefined, k);
  edges.push(from, cache, calls, callsAssumed, k);
}

function compress(size: number, edges: Edges) {
  const count = edges.count;
  const offsets = new Int32Array(size + 1);
  for (let i = 0; i < count; i++) offsets[edges.from[i]! + 1]! += 1;
  for (let v = 0; v < size; v++) offsets[v + 1]! += offsets[v]!;
  const cursor = offsets.slice(0, size);
  const targets = new Int32Array(count);
  const factors = new Float64Array(count);
  const assumed = new Uint8Array(count);
  const connection = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const from = edges.from[i]!;
    const at = cursor[from]!;
    cursor[from] = at + 1;
    targets[at] = edges.to[i]!;
    factors[at] = edges.factor[i]!;
    assumed[at] = edges.assumed[i]!;
    connection[at] = edges.connection[i]!;
  }
  return { offsets, targets, factors, assumed, connection };
}
