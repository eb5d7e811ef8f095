import { isHardDependency } from '../graph';
import type { AnalysisInput } from './topology';

// Indexed reads here assert non-null rather than call itemAt: every index comes from the same graph's arrays, and a call per read slows the check's inner loops.

/**
 * What a component needs to serve a request (docs/analyses.md, Availability and Single points of failure):
 * every component reachable over hard dependencies without an alternative group (serial, itself
 * included), and for each alternative group met on the way, its members (any one suffices).
 */
export interface Requirement {
  readonly serial: readonly number[];
  readonly groups: readonly AlternativeGroup[];
}

/** Connections from one component sharing a group name; `key` is unique in the project. */
export interface AlternativeGroup {
  readonly key: string;
  readonly members: readonly number[];
}

/** Edges in compressed form, each with the name of the alternative group it belongs to. */
interface RequirementEdges {
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  readonly groups: readonly string[];
}

/**
 * Computes and memoizes requirements; shared by the availability and SPOF analyses. Components
 * that are not deployed are required by nothing (a connection to one is dangling). A hard call
 * into a read replica is satisfied by the replica or its primary: reads move to the primary
 * when the replica fails.
 */
export class Requirements {
  private readonly serialEdges: RequirementEdges;
  private readonly alternativeEdges: RequirementEdges;
  private readonly stamp: Uint32Array;
  private stampValue = 0;
  private readonly memo = new Map<number, Requirement>();

  constructor(input: AnalysisInput) {
    const n = input.components.length;
    const all = input.project.connections;
    const required = (k: number) =>
      input.connectionFrom[k]! >= 0 && input.connectionTo[k]! >= 0 && input.deployed[input.connectionTo[k]!] === 1 && isHardDependency(all[k]!);
    // A group with one distinct member is no alternative at all: treat it as a serial dependency.
    const members = new Map<string, Set<number>>();
    for (let k = 0; k < all.length; k++) {
      const group = all[k]!.alternativeGroup;
      if (!required(k) || group === undefined) continue;
      const key = `${input.connectionFrom[k]!}|${group}`;
      const set = members.get(key) ?? new Set<number>();
      set.add(input.connectionTo[k]!);
      members.set(key, set);
    }
    const serial: [number, number, string][] = [];
    const alternatives: [number, number, string][] = [];
    for (let k = 0; k < all.length; k++) {
      if (!required(k)) continue;
      const from = input.connectionFrom[k]!;
      const to = input.connectionTo[k]!;
      const group = all[k]!.alternativeGroup;
      const primary = input.replicaOf[to]!;
      if (group !== undefined && members.get(`${from}|${group}`)!.size >= 2) alternatives.push([from, to, group]);
      else if (primary >= 0 && primary !== from) {
        // A name no model can use for a group of its own: it starts with a control character.
        const replicaSet = `\u0000replicas of ${primary}`;
        alternatives.push([from, to, replicaSet], [from, primary, replicaSet]);
      } else serial.push([from, to, '']);
    }
    this.serialEdges = compress(n, serial);
    this.alternativeEdges = compress(n, alternatives);
    this.stamp = new Uint32Array(n);
  }

  of(v: number): Requirement {
    const known = this.memo.get(v);
    if (known) return known;
    const requirement = this.compute(v);
    this.memo.set(v, requirement);
    return requirement;
  }

  private compute(start: number): Requirement {
    const mark = ++this.stampValue;
    const { offsets, targets } = this.serialEdges;
    const serial = [start];
    this.stamp[start] = mark;
    for (const v of serial) {
      for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
        const w = targets[e]!;
        if (this.stamp[w] !== mark) {
          this.stamp[w] = mark;
          serial.push(w);
        }
      }
    }
    return { serial, groups: this.groupsOf(serial) };
  }

  /** Alternative groups of the serial members: connections from one component sharing a group name. */
  private groupsOf(serial: readonly number[]): AlternativeGroup[] {
    const { offsets, targets, groups: names } = this.alternativeEdges;
    const groups: AlternativeGroup[] = [];
    for (const v of serial) {
      if (offsets[v] === offsets[v + 1]) continue;
      const byName = new Map<string, number[]>();
      for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
        const name = names[e]!;
        const members = byName.get(name);
        if (members) {
          if (!members.includes(targets[e]!)) members.push(targets[e]!);
        } else byName.set(name, [targets[e]!]);
      }
      for (const [name, members] of byName) groups.push({ key: `${v}|${name}`, members });
    }
    return groups;
  }
}

function compress(n: number, edges: readonly [number, number, string][]): RequirementEdges {
  const offsets = new Int32Array(n + 1);
  for (const [from] of edges) offsets[from + 1]! += 1;
  for (let v = 0; v < n; v++) offsets[v + 1]! += offsets[v]!;
  const cursor = offsets.slice(0, n);
  const targets = new Int32Array(edges.length);
  const groups = new Array<string>(edges.length);
  for (const [from, to, group] of edges) {
    const at = cursor[from]!;
    cursor[from] = at + 1;
    targets[at] = to;
    groups[at] = group;
  }
  return { offsets, targets, groups };
}
