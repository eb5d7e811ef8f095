import type { ComponentGrowth, EntryPaths, PathsAnalysis, StoreConnections } from '../../../shared/model/analysis';
import type { ComponentKind } from '../../../shared/model/component';
import { DEFAULT_CALLS_PER_REQUEST } from '../../../shared/model/defaults';
import { incomingOf, isRequestCall, outgoingOf } from '../graph';
import { capped, edgesOf, stronglyConnected, type AnalysisInput, type EdgeList } from './topology';
import { carriesLoad, type LoadResult } from './load';

// Indexed reads here assert non-null rather than call itemAt: every index comes from the same graph's arrays, and a call per read slows the check's inner loops.

/** Kinds whose incoming connections are counted against max connections. */
export const connectionBoundStoreKinds: ReadonlySet<ComponentKind> = new Set(['database', 'cache', 'search', 'queue', 'stream']);

const UNVISITED = 0;
const ON_STACK = 1;
const DONE = 2;

/** Paths from each entry point and connections into each store (docs/analyses.md, Paths). */
export function analyzePaths(input: AnalysisInput, load: LoadResult, growth: readonly ComponentGrowth[]): PathsAnalysis {
  const sync = edgesOf(input, isRequestCall);
  const chains = longestChains(input, sync);
  const fanOut = reachableFanOut(input, sync);
  const entryPoints: EntryPaths[] = [];
  for (const entryId of input.graph.entryRates.keys()) {
    const v = input.indexOf.get(entryId)!;
    if (input.deployed[v] === 0) continue;
    const longestSyncChain = follow(v, chains.chainNext).map((u) => input.components[u]!.id as string);
    const fanOutAt = fanOut.at[v]!;
    entryPoints.push({
      entryPointId: entryId,
      longestSyncChain,
      hops: longestSyncChain.length - 1,
      maxFanOut: fanOut.value[v]!,
      maxFanOutComponentId: fanOutAt < 0 ? null : input.components[fanOutAt]!.id,
      retryAmplification: chains.amplification[v]!,
      retryPath: follow(v, chains.retryNext).map((u) => input.components[u]!.id as string),
    });
  }
  return { entryPoints, stores: storeConnections(input, load, growth) };
}

function follow(start: number, next: Int32Array): number[] {
  const path = [start];
  for (let v = next[start]!; v >= 0 && path.length <= next.length; v = next[v]!) path.push(v);
  return path;
}

/**
 * Longest chain (in hops) and largest retry product from each component, by one depth-first walk
 * from the entry points with memoized results. An edge back to a component still on the walk
 * closes a cycle and is not followed, so every chain is a simple path and the walk terminates.
 */
export function longestChains(input: AnalysisInput, sync: EdgeList) {
  const n = input.components.length;
  const state = new Uint8Array(n);
  const length = new Int32Array(n);
  const chainNext = new Int32Array(n).fill(-1);
  const amplification = new Float64Array(n).fill(1);
  const retryNext = new Int32Array(n).fill(-1);
  const edge = new Int32Array(n);
  for (const entryId of input.graph.entryRates.keys()) {
    const root = input.indexOf.get(entryId)!;
    if (state[root] !== UNVISITED) continue;
    const stack = [root];
    state[root] = ON_STACK;
    edge[root] = sync.offsets[root]!;
    while (stack.length > 0) {
      const v = stack[stack.length - 1]!;
      const e = edge[v]!;
      if (e < sync.offsets[v + 1]!) {
        edge[v] = e + 1;
        const w = sync.targets[e]!;
        if (state[w] === UNVISITED) {
          state[w] = ON_STACK;
          edge[w] = sync.offsets[w]!;
          stack.push(w);
        }
        continue;
      }
      stack.pop();
      state[v] = DONE;
      for (let k = sync.offsets[v]!; k < sync.offsets[v + 1]!; k++) {
        const w = sync.targets[k]!;
        if (state[w] !== DONE || w === v) continue;
        if (length[w]! + 1 > length[v]!) {
          length[v] = length[w]! + 1;
          chainNext[v] = w;
        }
        const product = capped((1 + (sync.connections[k]!.retries?.max ?? 0)) * amplification[w]!);
        if (product > amplification[v]!) {
          amplification[v] = product;
          retryNext[v] = w;
        }
      }
    }
  }
  return { chainNext, amplification, retryNext };
}

/** Largest Σ callsPerRequest over the synchronous calls of any component reachable from each one (SCC-aware). */
export function reachableFanOut(input: AnalysisInput, sync: EdgeList) {
  const n = input.components.length;
  const own = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    for (let e = sync.offsets[v]!; e < sync.offsets[v + 1]!; e++) own[v]! += sync.connections[e]!.callsPerRequest ?? DEFAULT_CALLS_PER_REQUEST;
  }
  const { members, sccOf } = stronglyConnected(n, sync.offsets, sync.targets);
  const bestValue = new Float64Array(members.length);
  const bestAt = new Int32Array(members.length).fill(-1);
  // Tarjan lists sinks first, so every successor component is final before its callers.
  members.forEach((scc, s) => {
    for (const v of scc) {
      if (own[v]! > bestValue[s]! || (own[v]! > 0 && own[v] === bestValue[s] && v < bestAt[s]!)) {
        bestValue[s] = own[v]!;
        bestAt[s] = v;
      }
      for (let e = sync.offsets[v]!; e < sync.offsets[v + 1]!; e++) {
        const t = sccOf[sync.targets[e]!]!;
        if (t !== s && bestValue[t]! > bestValue[s]!) {
          bestValue[s] = bestValue[t]!;
          bestAt[s] = bestAt[t]!;
        }
      }
    }
  });
  const value = new Float64Array(n);
  const at = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    value[v] = capped(bestValue[sccOf[v]!]!);
    at[v] = bestAt[sccOf[v]!]!;
  }
  return { value, at };
}

/** Adds a caller of store s once (a function, not a closure per store). */
function addCaller(v: number | undefined, s: number, seenBy: Int32Array, callers: number[]): void {
  if (v !== undefined && v !== s && seenBy[v] !== s + 1) {
    seenBy[v] = s + 1;
    callers.push(v);
  }
}

/**
 * Sorts numbers ascending in place. A store has a handful of callers: insertion sort on them
 * allocates nothing, where Array.prototype.sort allocates its work space on every call.
 */
function sortSmall(values: number[]): void {
  if (values.length > 32) {
    values.sort((a, b) => a - b);
    return;
  }
  for (let i = 1; i < values.length; i++) {
    const value = values[i]!;
    let at = i;
    while (at > 0 && values[at - 1]! > value) {
      values[at] = values[at - 1]!;
      at--;
    }
    values[at] = value;
  }
}

/** Little's law and connection pools into each store, today and at G×. */
export function storeConnections(input: AnalysisInput, load: LoadResult, growth: readonly ComponentGrowth[]): StoreConnections[] {
  const stores: StoreConnections[] = [];
  // seenBy[v] = 1 + the store that last counted v as a caller: no set per store.
  const seenBy = new Int32Array(input.components.length);
  for (let s = 0; s < input.components.length; s++) {
    const store = input.components[s]!;
    if (!connectionBoundStoreKinds.has(store.kind)) continue;
    const callers: number[] = [];
    for (const connection of incomingOf(input.graph, store.id)) {
      if (carriesLoad(connection)) addCaller(input.indexOf.get(connection.from), s, seenBy, callers);
    }
    if (store.kind === 'queue' || store.kind === 'stream') {
      for (const connection of outgoingOf(input.graph, store.id)) {
        if (connection.kind === 'async') addCaller(input.indexOf.get(connection.to), s, seenBy, callers);
      }
    }
    sortSmall(callers);
    let pooledToday = 0;
    let pooledAtGrowth = 0;
    for (const v of callers) {
      const pool = input.capacity[v]!.poolSize.value;
      const instances = input.deployment[v]!.instances;
      pooledToday += pool * instances;
      pooledAtGrowth += pool * Math.max(instances, growth[v]!.instancesNeeded ?? instances);
    }
    const capacity = input.capacity[s]!;
    const concurrentToday = capped(load.rates[s]! * (capacity.p99LatencyMs.value / 1000));
    stores.push({
      componentId: store.id,
      concurrentToday,
      concurrentAtGrowth: capped(concurrentToday * input.growthFactor),
      pooledToday: capped(pooledToday),
      pooledAtGrowth: capped(pooledAtGrowth),
      maxConnections: capacity.maxConnections.value,
      maxConnectionsAssumed: capacity.maxConnections.assumed,
      callerIds: callers.map((v) => input.components[v]!.id as string),
    });
  }
  return stores;
}
