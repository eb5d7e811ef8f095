import type { FlowGraph } from './flow';

// Indexed reads here assert non-null rather than call itemAt: every index comes from the same graph's arrays, and a call per read slows the check's inner loops.

/**
 * Load inside a loop of the flow graph (a strongly connected group of nodes). A loop whose gain is
 * below 1 and rests on stated figures only converges: its rates are the geometric sum, solved by
 * Gauss-Seidel to a fixed tolerance. Any other loop (a gain of 1 or more, or one resting on a
 * default) is named by the load analysis, and load goes round it once: each unit of load entering
 * the loop travels every member once, along the walk from where it entered. No rate comes from
 * iterating until a cap.
 */
export interface SolvedLoop {
  readonly members: readonly number[];
  readonly converges: boolean;
  /** Edges inside the loop whose factor rests on a default. */
  readonly assumedEdges: readonly number[];
}

const CONVERGED = 1e-10;
/** A stated loop still changing after this many rounds (gain near 1) is treated as not converging. */
const MAX_ROUNDS = 2_000;
/** Edge visits one loop may spend on its convergence test and its solve. */
const WORK_BUDGET = 4_000_000;
/** Edge visits per-entry passes may take before the loop falls back to one shared walk. */
const PASS_BUDGET = 400_000;

export function solveLoop(flow: FlowGraph, members: readonly number[], s: number, sccOf: Int32Array, inflow: Float64Array, rates: Float64Array): SolvedLoop {
  const internal = internalEdges(flow, members, s, sccOf);
  const assumedEdges = internal.filter((e) => flow.assumed[e] === 1);
  const incoming = incomingLists(flow, members);
  const order = walkOrder(
    flow,
    members,
    s,
    sccOf,
    members.filter((v) => inflow[v]! > 0),
  );
  if (assumedEdges.length === 0 && internal.length > 0) {
    const rounds = Math.min(MAX_ROUNDS, Math.floor(WORK_BUDGET / (2 * (internal.length + members.length))));
    const probe = new Float64Array(flow.size);
    if (iterate(order, incoming, (_v) => 1, probe, rounds)) {
      iterate(order, incoming, (v) => inflow[v]!, rates, rounds);
      return { members, converges: true, assumedEdges };
    }
  }
  onePass(flow, members, s, sccOf, inflow, rates, internal.length);
  return { members, converges: false, assumedEdges };
}

function internalEdges(flow: FlowGraph, members: readonly number[], s: number, sccOf: Int32Array): number[] {
  const out: number[] = [];
  for (const v of members) for (let e = flow.offsets[v]!; e < flow.offsets[v + 1]!; e++) if (sccOf[flow.targets[e]!] === s) out.push(e);
  return out;
}

/** For each member, the internal edges into it as [source, factor]. */
function incomingLists(flow: FlowGraph, members: readonly number[]): Map<number, [number, number][]> {
  const incoming = new Map<number, [number, number][]>(members.map((v) => [v, []]));
  for (const v of members) {
    for (let e = flow.offsets[v]!; e < flow.offsets[v + 1]!; e++) incoming.get(flow.targets[e]!)?.push([v, flow.factors[e]!]);
  }
  return incoming;
}

/**
 * Gauss-Seidel on x = base + A·x. True when it settles within `rounds`; for a non-negative A that
 * happens exactly when A's spectral radius is below 1, so the same run is the convergence test.
 */
function iterate(
  order: readonly number[],
  incoming: ReadonlyMap<number, [number, number][]>,
  base: (v: number) => number,
  x: Float64Array,
  rounds: number,
): boolean {
  for (let round = 0; round < rounds; round++) {
    let change = 0;
    for (const v of order) {
      let value = base(v);
      for (const [u, factor] of incoming.get(v)!) value += x[u]! * factor;
      if (!Number.isFinite(value) || value > 1e30) return false;
      change = Math.max(change, Math.abs(value - x[v]!) / Math.max(1, value));
      x[v] = value;
    }
    if (change <= CONVERGED) return true;
  }
  return false;
}

/**
 * Load round the loop once. Each member where load enters starts its own walk (reverse post-order
 * of a depth-first search from it), and its load follows only the edges that go forward in that
 * walk, so it reaches every member once. Very large loops with many entries share one walk.
 */
function onePass(flow: FlowGraph, members: readonly number[], s: number, sccOf: Int32Array, inflow: Float64Array, rates: Float64Array, internal: number): void {
  const sources = members.filter((v) => inflow[v]! > 0).sort((a, b) => a - b);
  const perSource = sources.length * (members.length + internal) <= PASS_BUDGET;
  const walks = perSource ? sources.map((v) => [v]) : [sources];
  const position = new Int32Array(flow.size).fill(-1);
  const pass = new Float64Array(flow.size);
  for (const starts of walks) {
    const order = walkOrder(flow, members, s, sccOf, starts);
    order.forEach((v, i) => {
      position[v] = i;
      pass[v] = 0;
    });
    for (const start of starts) pass[start] = inflow[start]!;
    for (const v of order) {
      for (let e = flow.offsets[v]!; e < flow.offsets[v + 1]!; e++) {
        const w = flow.targets[e]!;
        if (sccOf[w] === s && position[w]! > position[v]!) pass[w]! += pass[v]! * flow.factors[e]!;
      }
    }
    for (const v of order) rates[v]! += pass[v]!;
  }
}

/** Reverse post-order of a depth-first walk inside the loop from `starts`, then from any member not reached. */
function walkOrder(flow: FlowGraph, members: readonly number[], s: number, sccOf: Int32Array, starts: readonly number[]): number[] {
  const seen = new Set<number>();
  const post: number[] = [];
  for (const root of [...starts, ...members]) {
    if (seen.has(root)) continue;
    seen.add(root);
    const stack: [number, number][] = [[root, flow.offsets[root]!]];
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const [v, e] = top;
      if (e < flow.offsets[v + 1]!) {
        top[1] = e + 1;
        const w = flow.targets[e]!;
        if (sccOf[w] === s && !seen.has(w)) {
          seen.add(w);
          stack.push([w, flow.offsets[w]!]);
        }
      } else {
        stack.pop();
        post.push(v);
      }
    }
  }
  return post.reverse();
}
