import type { LoadAnalysis, ComponentLoad } from '../../../shared/model/analysis';
import type { Connection } from '../../../shared/model/connection';
import { DEFAULT_CACHE_HIT_RATIO, DEFAULT_CALLS_PER_REQUEST } from '../../../shared/model/defaults';
import { capped, isCyclic, stronglyConnected, type AnalysisInput } from './topology';

/** Rounds of iteration inside one cycle; enough for damped cycles to converge, bounded for amplifying ones. */
const MAX_CYCLE_ROUNDS = 50;
const CONVERGED = 1e-9;

/** Load analysis plus the rates by component index, which growth and paths reuse. */
export interface LoadResult {
  readonly analysis: LoadAnalysis;
  readonly rates: Float64Array;
}

/** Connections that carry request load: everything but replication (a copy, not a request). */
export function carriesLoad(connection: Connection): boolean {
  return connection.kind !== 'replication';
}

/**
 * One flow edge per connection (caller → callee, with the share of calls passed on) plus, for a
 * connection cachedBy a cache, caller → cache with every call: the cache answers the hits and
 * forwards the misses.
 */
interface FlowEdges {
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  readonly factors: Float64Array;
}

function flowEdges(input: AnalysisInput): FlowEdges {
  const n = input.components.length;
  const all = input.project.connections;
  // Two passes (count, then fill) so 30,000 connections allocate three typed arrays, not 30,000 tuples.
  const cacheOf = new Int32Array(all.length).fill(-1);
  const offsets = new Int32Array(n + 1);
  for (let k = 0; k < all.length; k++) {
    const from = input.connectionFrom[k]!;
    if (from < 0 || input.connectionTo[k]! < 0 || !carriesLoad(all[k]!)) continue;
    const cachedBy = all[k]!.cachedBy;
    const cache = cachedBy === undefined ? undefined : input.indexOf.get(cachedBy);
    if (cache !== undefined) cacheOf[k] = cache;
    offsets[from + 1]! += cache === undefined ? 1 : 2;
  }
  for (let v = 0; v < n; v++) offsets[v + 1]! += offsets[v]!;
  const cursor = offsets.slice(0, n);
  const targets = new Int32Array(offsets[n]!);
  const factors = new Float64Array(offsets[n]!);
  const put = (from: number, to: number, factor: number) => {
    const at = cursor[from]!;
    cursor[from] = at + 1;
    targets[at] = to;
    factors[at] = factor;
  };
  for (let k = 0; k < all.length; k++) {
    const from = input.connectionFrom[k]!;
    const to = input.connectionTo[k]!;
    const connection = all[k]!;
    if (from < 0 || to < 0 || !carriesLoad(connection)) continue;
    const calls = connection.callsPerRequest ?? DEFAULT_CALLS_PER_REQUEST;
    const cache = cacheOf[k]!;
    if (cache < 0) {
      put(from, to, calls);
      continue;
    }
    const hitRatio = input.components[cache]!.cache?.hitRatio ?? DEFAULT_CACHE_HIT_RATIO;
    put(from, to, calls * (1 - hitRatio));
    put(from, cache, calls);
  }
  return { offsets, targets, factors };
}

/**
 * Follows load from the entry points through the graph (DESIGN.md §4 Load). Strongly connected
 * components are solved in topological order of the condensation; inside a cycle the rates are
 * iterated up to 50 rounds (a cycle that amplifies load stops there, capped, and is reported).
 */
export function analyzeLoad(input: AnalysisInput): LoadResult {
  const n = input.components.length;
  const edges = flowEdges(input);
  const { members } = stronglyConnected(n, edges.offsets, edges.targets);
  const inflow = new Float64Array(n);
  for (const [id, peak] of input.graph.entryRates) inflow[input.indexOf.get(id)!]! += peak;
  const rates = new Float64Array(n);
  const cycles: string[][] = [];
  const inScc = new Int32Array(n).fill(-1);
  // Tarjan lists sinks first: walk backwards for topological order.
  for (let s = members.length - 1; s >= 0; s--) {
    const scc = members[s]!;
    if (isCyclic(scc, edges.offsets, edges.targets)) {
      for (let i = 0; i < scc.length; i++) {
        const v = scc[i]!;
        inScc[v] = s;
      }
      solveCycle(scc, s, inScc, inflow, rates, edges);
      cycles.push(cycleThrough(scc, s, inScc, edges, input));
    } else {
      rates[scc[0]!] = capped(inflow[scc[0]!]!);
    }
    for (let idx = 0; idx < scc.length; idx++) {
      const v = scc[idx]!;
      for (let e = edges.offsets[v]!; e < edges.offsets[v + 1]!; e++) {
        const w = edges.targets[e]!;
        if (inScc[w] !== s || inScc[v] !== s) inflow[w]! += rates[v]! * edges.factors[e]!;
      }
    }
  }
  cycles.sort((a, b) => (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : 0));
  const components = input.components.map((component, v): ComponentLoad => {
    const capacity = input.capacity[v]!.ratePerInstance;
    const instances = input.deployment[v]!.instances;
    const perInstance = capacity.value;
    const utilization = perInstance === null || instances === 0 ? null : capped(rates[v]! / (instances * perInstance));
    return {
      componentId: component.id,
      rate: rates[v]!,
      instances,
      capacityPerInstance: perInstance,
      utilization,
      capacityAssumed: perInstance !== null && capacity.assumed,
    };
  });
  return { analysis: { components, cycles }, rates };
}

/**
 * Gauss-Seidel iteration of rate(v) = inflow from outside + Σ rate(u) × factor over edges inside
 * the cycle, visiting members in depth-first order from where load enters, so one round carries
 * load around even a 10,000-member cycle.
 */
function solveCycle(scc: readonly number[], s: number, inScc: Int32Array, inflow: Float64Array, rates: Float64Array, edges: FlowEdges): void {
  const incoming = new Map<number, [number, number][]>();
  for (let pos = 0; pos < scc.length; pos++) {
    const v = scc[pos]!;
    incoming.set(v, []);
  }
  for (let j = 0; j < scc.length; j++) {
    const v = scc[j]!;
    for (let e = edges.offsets[v]!; e < edges.offsets[v + 1]!; e++) {
      const w = edges.targets[e]!;
      if (inScc[w] === s) incoming.get(w)!.push([v, edges.factors[e]!]);
    }
  }
  const order = visitOrder(scc, s, inScc, inflow, edges);
  for (let round = 0; round < MAX_CYCLE_ROUNDS; round++) {
    let change = 0;
    for (let i = 0; i < order.length; i++) {
      const v = order[i]!;
      let value = inflow[v]!;
      for (const [u, factor] of incoming.get(v)!) value += rates[u]! * factor;
      value = capped(value);
      change = Math.max(change, Math.abs(value - rates[v]!) / Math.max(1, value));
      rates[v] = value;
    }
    if (change <= CONVERGED) return;
  }
}

/** Reverse post-order of a depth-first walk inside the cycle, starting at members that receive outside load. */
function visitOrder(scc: readonly number[], s: number, inScc: Int32Array, inflow: Float64Array, edges: FlowEdges): number[] {
  const roots = [...scc.filter((v) => inflow[v]! > 0), ...scc];
  const seen = new Set<number>();
  const post: number[] = [];
  for (const root of roots) {
    if (seen.has(root)) continue;
    seen.add(root);
    const stack: [number, number][] = [[root, edges.offsets[root]!]];
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const [v, e] = top;
      if (e < edges.offsets[v + 1]!) {
        top[1] = e + 1;
        const w = edges.targets[e]!;
        if (inScc[w] === s && !seen.has(w)) {
          seen.add(w);
          stack.push([w, edges.offsets[w]!]);
        }
      } else {
        stack.pop();
        post.push(v);
      }
    }
  }
  return post.reverse();
}

/** One cycle through the member with the smallest id, found by breadth-first search inside the SCC. */
function cycleThrough(scc: readonly number[], s: number, inScc: Int32Array, edges: FlowEdges, input: AnalysisInput): string[] {
  const idOf = (v: number) => input.components[v]!.id as string;
  const start = scc.reduce((best, v) => (idOf(v) < idOf(best) ? v : best), scc[0]!);
  const parent = new Map<number, number>([[start, -1]]);
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    for (let e = edges.offsets[v]!; e < edges.offsets[v + 1]!; e++) {
      const w = edges.targets[e]!;
      if (inScc[w] !== s) continue;
      if (w === start) {
        const path: string[] = [];
        for (let u = v; u !== -1; u = parent.get(u)!) path.push(idOf(u));
        return path.reverse();
      }
      if (!parent.has(w)) {
        parent.set(w, v);
        queue.push(w);
      }
    }
  }
  return [idOf(start)];
}
