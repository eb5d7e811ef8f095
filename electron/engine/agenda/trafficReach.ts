import type { Connection } from '../../../shared/model/connection';
import { isOffRequestPath, type ProjectGraph } from '../graph';

/** Connections a request, or a message it causes, travels: not replication, not start-up or zero-call. */
function carriesTraffic(connection: Connection): boolean {
  return connection.kind !== 'replication' && !isOffRequestPath(connection);
}

/**
 * Which entry points' traffic reaches each component: the peak rate of every entry point from
 * which a request (or a message it causes) can reach the component, summed, and that sum as a
 * share of all entry-point traffic. A component reached by every entry point carries 100% of
 * the traffic whatever its fan-out; one reached by a side entry carries that entry's share.
 *
 * One bit per entry point and component, spread along connections until nothing changes: near
 * linear (a few words per component), with no walk per entry point. Built on first use, since
 * hygiene findings, most of a large model's, never ask.
 */
export class TrafficReach {
  private readonly graph: ProjectGraph;
  private readonly rates: number[] = [];
  private readonly total: number;
  private words = 0;
  private bits: Uint32Array | null = null;
  private readonly rpsCache: Float64Array;

  constructor(graph: ProjectGraph) {
    this.graph = graph;
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
    let rps = 0;
    for (let w = 0; w < this.words; w++) {
      let word = bits[v * this.words + w]!;
      while (word !== 0) {
        const low = word & -word;
        rps += this.rates[(w << 5) + 31 - Math.clz32(low)]!;
        word ^= low;
      }
    }
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
    const ids = new Array<string>(n);
    for (const [id, v] of indexOf) ids[v] = id;
    const queued = new Uint8Array(n);
    const queue: number[] = [];
    let entry = 0;
    for (const id of entryRates.keys()) {
      const v = indexOf.get(id)!;
      bits[v * words + (entry >>> 5)]! |= 1 << (entry & 31);
      entry++;
      if (queued[v] === 0) {
        queued[v] = 1;
        queue.push(v);
      }
    }
    // A component re-enters the queue only when it gains a bit, so cycles end.
    for (let head = 0; head < queue.length; head++) {
      const u = queue[head]!;
      queued[u] = 0;
      const list = this.graph.outgoing.get(ids[u]!);
      if (!list) continue;
      for (let i = 0; i < list.length; i++) {
        const connection = list[i]!;
        if (!carriesTraffic(connection)) continue;
        const v = indexOf.get(connection.to);
        if (v === undefined || v === u) continue;
        let changed = false;
        for (let w = 0; w < words; w++) {
          const before = bits[v * words + w]!;
          const after = before | bits[u * words + w]!;
          if (after !== before) {
            bits[v * words + w] = after;
            changed = true;
          }
        }
        if (changed && queued[v] === 0) {
          queued[v] = 1;
          queue.push(v);
        }
      }
    }
    this.words = words;
    this.bits = bits;
    return bits;
  }
}
