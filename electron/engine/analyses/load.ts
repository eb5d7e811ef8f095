import type { LoadAnalysis, ComponentLoad, LoadLoop } from '../../../shared/model/analysis';
import { capped, isCyclic, stronglyConnected, type AnalysisInput } from './topology';
import { buildFlowGraph, type FlowGraph } from './flow';
import { solveLoop, type SolvedLoop } from './loops';

// Indexed reads here assert non-null rather than call itemAt: every index comes from the same graph's arrays, and a call per read slows the check's inner loops.

export { carriesLoad } from './flow';

/** Load analysis plus the rates by component index, which growth and paths reuse. */
export interface LoadResult {
  readonly analysis: LoadAnalysis;
  readonly rates: Float64Array;
}

/**
 * Follows load from the entry points through the flow graph (docs/load-model.md; flow.ts for
 * brokers and topics). Strongly connected groups are solved in topological order: a group that is
 * a loop converges to its geometric sum or is named and passed once (loops.ts).
 */
export function analyzeLoad(input: AnalysisInput): LoadResult {
  const n = input.components.length;
  const flow = buildFlowGraph(input);
  const { members, sccOf } = stronglyConnected(flow.size, flow.offsets, flow.targets);
  const inflow = new Float64Array(flow.size);
  for (const [id, peak] of input.graph.entryRates) {
    const v = input.indexOf.get(id)!;
    if (input.deployed[v] === 1) inflow[flow.entryNode[v]!]! += peak;
  }
  const rates = new Float64Array(flow.size);
  const loops: LoadLoop[] = [];
  // Tarjan lists sinks first: walk backwards for topological order.
  for (let s = members.length - 1; s >= 0; s--) {
    const scc = members[s]!;
    if (isCyclic(scc, flow.offsets, flow.targets)) {
      const solved = solveLoop(flow, scc, s, sccOf, inflow, rates);
      loops.push(describeLoop(input, flow, solved, s, sccOf));
    } else {
      rates[scc[0]!] = inflow[scc[0]!]!;
    }
    for (const v of scc) {
      for (let e = flow.offsets[v]!; e < flow.offsets[v + 1]!; e++) {
        const w = flow.targets[e]!;
        if (sccOf[w] !== s) inflow[w]! += rates[v]! * flow.factors[e]!;
      }
    }
  }
  for (const { consumer, from, factor } of flow.ignored) rates[consumer]! += rates[from]! * factor;
  loops.sort((a, b) => compare(a.path[0]!, b.path[0]!));
  const componentRates = rates.subarray(0, n);
  const components = input.components.map((component, v): ComponentLoad => {
    const capacity = input.capacity[v]!.ratePerInstance;
    const instances = input.deployment[v]!.instances;
    const perInstance = capacity.value;
    const rate = capped(componentRates[v]!);
    componentRates[v] = rate;
    return {
      componentId: component.id,
      rate,
      instances,
      capacityPerInstance: perInstance,
      utilization: perInstance === null || instances === 0 ? null : capped(rate / (instances * perInstance)),
      capacityAssumed: perInstance !== null && capacity.assumed,
    };
  });
  return { analysis: { components, loops }, rates: componentRates };
}

/** What the analysis says of a loop: one way round it, its gain, and what rests on defaults. */
function describeLoop(input: AnalysisInput, flow: FlowGraph, solved: SolvedLoop, s: number, sccOf: Int32Array): LoadLoop {
  const idOf = (node: number) => input.components[flow.owner[node]!]!.id as string;
  const { nodes, gain } = roundTrip(flow, solved.members, s, sccOf, idOf);
  const path: string[] = [];
  for (const node of nodes) if (path[path.length - 1] !== idOf(node)) path.push(idOf(node));
  if (path.length > 1 && path[path.length - 1] === path[0]) path.pop();
  const connections = new Set<string>();
  for (const v of solved.members) {
    for (let e = flow.offsets[v]!; e < flow.offsets[v + 1]!; e++) {
      if (sccOf[flow.targets[e]!] === s && flow.connection[e]! >= 0) connections.add(input.project.connections[flow.connection[e]!]!.id);
    }
  }
  const assumed = new Set(solved.assumedEdges.map((e) => input.project.connections[flow.connection[e]!]!.id as string));
  return {
    path,
    componentIds: [...new Set(solved.members.map(idOf))].sort(compare),
    connectionIds: [...connections].sort(compare),
    gain: capped(gain),
    converges: solved.converges,
    assumedConnectionIds: [...assumed].sort(compare),
  };
}

/**
 * The shortest way round the loop from its member with the smallest component id (breadth-first
 * inside the group), and its gain: the product, step by step, of the factors of every edge
 * between the two nodes (two connections between the same components both carry load round).
 */
function roundTrip(flow: FlowGraph, members: readonly number[], s: number, sccOf: Int32Array, idOf: (node: number) => string) {
  const start = members.reduce((best, v) => (compare(idOf(v), idOf(best)) < 0 || (idOf(v) === idOf(best) && v < best) ? v : best), members[0]!);
  const parent = new Map<number, number>([[start, -1]]);
  const queue = [start];
  let last = -1;
  for (let head = 0; head < queue.length && last < 0; head++) {
    const v = queue[head]!;
    for (let e = flow.offsets[v]!; e < flow.offsets[v + 1]!; e++) {
      const w = flow.targets[e]!;
      if (sccOf[w] !== s) continue;
      if (w === start) {
        last = v;
        break;
      }
      if (!parent.has(w)) {
        parent.set(w, v);
        queue.push(w);
      }
    }
  }
  const nodes: number[] = [];
  for (let u = last; u !== -1; u = parent.get(u)!) nodes.push(u);
  nodes.reverse();
  let gain = 1;
  for (let i = 0; i < nodes.length; i++) {
    const from = nodes[i]!;
    const to = nodes[(i + 1) % nodes.length]!;
    let step = 0;
    for (let e = flow.offsets[from]!; e < flow.offsets[from + 1]!; e++) if (flow.targets[e] === to) step += flow.factors[e]!;
    gain *= step;
  }
  return { nodes, gain };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
