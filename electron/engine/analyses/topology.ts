import type { Project } from '../../../shared/model/project';
import type { Component } from '../../../shared/model/component';
import type { Connection } from '../../../shared/model/connection';
import { defaultReadShare, effectiveCapacity, effectiveDeployment } from '../../../shared/model/defaults';
import { buildGraph, type ProjectGraph } from '../graph';
import { resolveReplicas } from './replicas';

// Indexed reads here assert non-null rather than call itemAt: every index comes from the same graph's arrays, and a call per read slows the check's inner loops.

/**
 * The project with components numbered 0..n-1 (project order), so the analyses can use typed
 * arrays instead of maps: at 10,000 components and 30,000 connections that is what keeps a full
 * check within its budget.
 */
export interface AnalysisInput {
  readonly project: Project;
  readonly graph: ProjectGraph;
  readonly growthFactor: number;
  readonly components: readonly Component[];
  readonly indexOf: ReadonlyMap<string, number>;
  /** Per project connection: the index of its `from` and `to` component (-1 if missing). */
  readonly connectionFrom: Int32Array;
  readonly connectionTo: Int32Array;
  /**
   * effectiveCapacity / effectiveDeployment of each component, resolved once. The deployment also
   * reflects the topology: a replica is not a single writer, and a primary with read replicas has
   * a standby unless the model says its failover is none (see replicas.ts).
   */
  readonly capacity: readonly ReturnType<typeof effectiveCapacity>[];
  readonly deployment: readonly ReturnType<typeof effectiveDeployment>[];
  /** 1 when the component runs: it has instances, or it autoscales (scale to zero). */
  readonly deployed: Uint8Array;
  /** The primary each replica copies (a replication connection from a component of its kind), else -1. */
  readonly replicaOf: Int32Array;
  /** Read replicas of each primary: stated in data.readReplicas plus those drawn as components. */
  readonly readReplicas: Int32Array;
}

export function prepareInput(project: Project, graph: ProjectGraph = buildGraph(project), growthFactor = project.workload.growthFactor): AnalysisInput {
  const components = [...graph.components.values()];
  // The graph numbered its components in this same order (first occurrence of each id).
  const indexOf = graph.indexOf;
  const count = project.connections.length;
  const connectionFrom = new Int32Array(count);
  const connectionTo = new Int32Array(count);
  project.connections.forEach((c, k) => {
    connectionFrom[k] = indexOf.get(c.from) ?? -1;
    connectionTo[k] = indexOf.get(c.to) ?? -1;
  });
  const deployment = components.map(effectiveDeployment);
  const deployed = new Uint8Array(components.length);
  for (let v = 0; v < components.length; v++) deployed[v] = isDeployed(deployment[v]!) ? 1 : 0;
  const replicas = resolveReplicas(project, components, connectionFrom, connectionTo, deployed, deployment);
  return {
    project,
    graph,
    growthFactor: sanitizeFactor(growthFactor),
    components,
    indexOf,
    connectionFrom,
    connectionTo,
    capacity: components.map((c, v) => withStatedReplicas(c, effectiveCapacity(c), replicas.deployment[v]!)),
    deployment: replicas.deployment,
    deployed,
    replicaOf: replicas.replicaOf,
    readReplicas: replicas.readReplicas,
  };
}

/**
 * A single-writer store that states read replicas (data.readReplicas) serves its reads on them,
 * and more replicas can be added, as for replicas drawn as their own components: only its writes
 * (1 − read share) stay on the one primary, so it sustains rate / (1 − s). Replicas drawn as
 * components take their reads through their own connections instead.
 */
function withStatedReplicas(
  component: Component,
  capacity: ReturnType<typeof effectiveCapacity>,
  deployment: ReturnType<typeof effectiveDeployment>,
): ReturnType<typeof effectiveCapacity> {
  const replicas = component.data?.readReplicas ?? 0;
  const rate = capacity.ratePerInstance.value;
  if (replicas <= 0 || rate === null || deployment.scalingMode !== 'single-writer') return capacity;
  const reads = component.data?.readShare ?? defaultReadShare(component.kind);
  return { ...capacity, ratePerInstance: { ...capacity.ratePerInstance, value: rate / Math.max(0.01, 1 - reads) } };
}

/** 0 instances means not deployed, unless it autoscales from zero. */
export function isDeployed(deployment: ReturnType<typeof effectiveDeployment>): boolean {
  return deployment.instances > 0 || deployment.autoscaling;
}

/** A growth factor passed on the command line or by a caller may be anything: keep it finite and ≥ 1. */
function sanitizeFactor(g: number): number {
  return Number.isFinite(g) && g >= 1 ? g : 1;
}

/** Directed edges in compressed form: the edges of node v are offsets[v] .. offsets[v+1]-1. */
export interface EdgeList {
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  readonly connections: readonly Connection[];
}

/**
 * The edges of the connections `keep` accepts, in project order per source. A connection to a
 * component that is not deployed leads nowhere, so it is never an edge.
 */
export function edgesOf(input: AnalysisInput, keep: (connection: Connection) => boolean): EdgeList {
  const n = input.components.length;
  const all = input.project.connections;
  const kept = new Uint8Array(all.length);
  const offsets = new Int32Array(n + 1);
  for (let k = 0; k < all.length; k++) {
    const from = input.connectionFrom[k]!;
    const to = input.connectionTo[k]!;
    if (from < 0 || to < 0 || input.deployed[to] === 0 || !keep(all[k]!)) continue;
    kept[k] = 1;
    offsets[from + 1]! += 1;
  }
  for (let i = 0; i < n; i++) offsets[i + 1]! += offsets[i]!;
  const cursor = offsets.slice(0, n);
  const targets = new Int32Array(offsets[n]!);
  const connections = new Array<Connection>(offsets[n]!);
  for (let k = 0; k < all.length; k++) {
    if (kept[k] === 0) continue;
    const from = input.connectionFrom[k]!;
    const at = cursor[from]!;
    cursor[from] = at + 1;
    targets[at] = input.connectionTo[k]!;
    connections[at] = all[k]!;
  }
  return { offsets, targets, connections };
}

/** Strongly connected components in reverse topological order (sinks first), and each node's one. */
export interface Sccs {
  readonly members: readonly number[][];
  readonly sccOf: Int32Array;
}

/**
 * Tarjan's algorithm without recursion, so a 10,000-deep chain cannot overflow the stack.
 * The edges of node v are targets[offsets[v] .. offsets[v+1]-1].
 */
export function stronglyConnected(n: number, offsets: Int32Array, targets: Int32Array): Sccs {
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const nextEdge = new Int32Array(n);
  const sccOf = new Int32Array(n).fill(-1);
  const stack: number[] = [];
  const calls: number[] = [];
  const members: number[][] = [];
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    index[root] = low[root] = counter++;
    nextEdge[root] = offsets[root]!;
    stack.push(root);
    onStack[root] = 1;
    calls.push(root);
    while (calls.length > 0) {
      const v = calls[calls.length - 1]!;
      const edge = nextEdge[v]!;
      if (edge < offsets[v + 1]!) {
        nextEdge[v] = edge + 1;
        const w = targets[edge]!;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          nextEdge[w] = offsets[w]!;
          stack.push(w);
          onStack[w] = 1;
          calls.push(w);
        } else if (onStack[w] === 1 && index[w]! < low[v]!) {
          low[v] = index[w]!;
        }
        continue;
      }
      calls.pop();
      if (low[v] === index[v] && stack[stack.length - 1] === v) {
        // A component of its own, as most are: a one-element literal rather than an empty array
        // grown by push (17 slots).
        stack.pop();
        onStack[v] = 0;
        sccOf[v] = members.length;
        members.push([v]);
      } else if (low[v] === index[v]) {
        const scc: number[] = [];
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = 0;
          sccOf[w] = members.length;
          scc.push(w);
        } while (w !== v);
        members.push(scc);
      }
      if (calls.length > 0) {
        const parent = calls[calls.length - 1]!;
        if (low[v]! < low[parent]!) low[parent] = low[v]!;
      }
    }
  }
  return { members, sccOf };
}

/** True when the strongly connected component is a cycle: two or more members, or a self-loop. */
export function isCyclic(scc: readonly number[], offsets: Int32Array, targets: Int32Array): boolean {
  if (scc.length > 1) return true;
  const v = scc[0]!;
  for (let e = offsets[v]!; e < offsets[v + 1]!; e++) if (targets[e] === v) return true;
  return false;
}

/** Numbers stay finite in output: amplifying cycles and huge fan-outs are capped. */
export const FIGURE_CAP = 1e15;
export function capped(n: number): number {
  if (Number.isNaN(n)) return 0;
  return n > FIGURE_CAP ? FIGURE_CAP : n;
}
