import type { Connection } from '../../../shared/model/connection';
import { isOffRequestPath, type ProjectGraph } from '../graph';
import { stronglyConnected } from '../analyses/topology';
import type { RuleContext } from '../types';

// Indexed reads here assert non-null rather than call itemAt: every index comes from the same graph's arrays, and a call per read slows the check's inner loops.

/** Connections a request, or a message it causes, travels: not replication, not start-up or zero-call. */
function carriesTraffic(connection: Connection): boolean {
  return connection.kind !== 'replication' && !isOffRequestPath(connection);
}

/**
 * The entry-point traffic that reaches each component. Two bounds, the smaller taken: the peak
 * rates of the entry points from which a request (or a message it causes) can reach it, and its
 * own rate from the load analysis. The first keeps a fan-out from counting one request many times
 * (a database read five times per request carries 100% of the traffic, not 500%); the second
 * counts only the requests that go there (a call made on one request in ten, reads a cache
 * absorbs).
 *
 * Reach is one bit per entry point and component, passed along connections in topological order
 * of the strongly connected components: linear (a few words per edge), with no walk per entry
 * point. Built on first use, since hygiene findings, most of a large model's, never ask.
 */
export class TrafficReach {
  private readonly graph: ProjectGraph;
  private readonly connections: readonly Connection[];
  private readonly ends: RuleContext['connectionEnds'];
  private readonly load: RuleContext['index']['load'];
  private readonly rates: number[] = [];
  private readonly total: number;
  private words = 0;
  private bits: Uint32Array | null = null;
  private readonly rpsCache: Float64Array;

  constructor(context: Pick<RuleContext, 'graph' | 'project' | 'connectionEnds' | 'index'>) {
    const graph = context.graph;
    this.graph = graph;
    this.load = context.index.load;
    this.connections = context.project.connections;
    this.ends = context.connectionEnds;
    let total = 0;
    for (const rps of graph.entryRates.values()) {
      this.rates.push(rps);
      total += rps;
    }
    this.total = total;
    this.rpsCache = new Float64Array(graph.indexOf.size).fill(Number.NaN);
  }

  /** Sum of the entry points' peak rates today. */
  get totalRps(): number {
    return this.total;
  }

  /** Entry-point requests per second that reach the component; null when no entry point has a rate. */
  rpsOf(componentId: string): number | null {
    if (this.total <= 0) return null;
    const v = this.graph.indexOf.get(componentId);
    if (v === undefined) return 0;
    const cached = this.rpsCache[v]!;
    if (!Number.isNaN(cached)) return cached;
    const bits = this.spread();
    let reached = 0;
    for (let w = 0; w < this.words; w++) {
      let word = bits[v * this.words + w]!;
      while (word !== 0) {
        const low = word & -word;
        reached += this.rates[(w << 5) + 31 - Math.clz32(low)]!;
        word ^= low;
      }
    }
    const rate = this.load.get(componentId)?.rate ?? reached;
    const rps = Math.min(reached, rate);
    this.rpsCache[v] = rps;
    return rps;
  }

  /** rpsOf as a share of all entry-point traffic, 0–1; null when no entry point has a rate. */
  shareOf(componentId: string): number | null {
    const rps = this.rpsOf(componentId);
    return rps === null ? null : Math.min(1, rps / this.total);
  }

  private spread(): Uint32Array {
    if (this.bits) return this.bits;
    const { indexOf, entryRates } = this.graph;
    const n = indexOf.size;
    const words = (this.rates.length + 31) >>> 5;
    const bits = new Uint32Array(n * words);
    let entry = 0;
    for (const id of entryRates.keys()) {
      const v = indexOf.get(id)!;
      bits[v * words + (entry >>> 5)]! |= 1 << (entry & 31);
      entry++;
    }
    const { offsets, targets } = this.trafficEdges();
    // Sources first (Tarjan lists sinks first): a component's bits are complete before they are
    // passed on, so every edge is followed once. Members of a cycle all reach one another.
    const { members } = stronglyConnected(n, offsets, targets);
    for (let s = members.length - 1; s >= 0; s--) {
      const scc = members[s]!;
      if (scc.length > 1) {
        for (let w = 0; w < words; w++) {
          let union = 0;
          for (let m = 0; m < scc.length; m++) union |= bits[scc[m]! * words + w]!;
          for (let m = 0; m < scc.length; m++) bits[scc[m]! * words + w] = union;
        }
      }
      for (const u of scc) {
        for (let e = offsets[u]!; e < offsets[u + 1]!; e++) {
          const v = targets[e]!;
          for (let w = 0; w < words; w++) bits[v * words + w]! |= bits[u * words + w]!;
        }
      }
    }
    this.words = words;
    this.bits = bits;
    return bits;
  }

  /** The connections that carry traffic, by component number (edges of u: targets[offsets[u] .. offsets[u+1]-1]). */
  private trafficEdges(): { offsets: Int32Array; targets: Int32Array } {
    const n = this.graph.indexOf.size;
    const { from, to } = this.ends;
    const connections = this.connections;
    // Counted, then filled: typed arrays, and no look-up by id.
    const offsets = new Int32Array(n + 1);
    const kept = new Uint8Array(connections.length);
    for (let k = 0; k < connections.length; k++) {
      if (from[k]! < 0 || to[k]! < 0 || !carriesTraffic(connections[k]!)) continue;
      kept[k] = 1;
      offsets[from[k]! + 1]! += 1;
    }
    for (let v = 0; v < n; v++) offsets[v + 1]! += offsets[v]!;
    const cursor = offsets.slice(0, n);
    const targets = new Int32Array(offsets[n]!);
    for (let k = 0; k < connections.length; k++) {
      if (kept[k] === 0) continue;
      targets[cursor[from[k]!]!++] = to[k]!;
    }
    return { offsets, targets };
  }
}
