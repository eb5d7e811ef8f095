import type { Connection } from '../../../shared/model/connection';
import { isHardDependency } from '../graph';
import { edgesOf, type AnalysisInput, type EdgeList } from './topology';

/**
 * What a component needs to serve a request (DESIGN.md §4 Availability and SPOF semantics):
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

/** Computes and memoizes requirements; shared by the availability and SPOF analyses. */
export class Requirements {
  private readonly serialEdges: EdgeList;
  private readonly alternativeEdges: EdgeList;
  private readonly stamp: Uint32Array;
  private stampValue = 0;
  private readonly memo = new Map<number, Requirement>();

  constructor(input: AnalysisInput) {
    // A group with one distinct member is no alternative at all: treat it as a serial dependency.
    const members = new Map<string, Set<string>>();
    for (let i = 0; i < input.project.connections.length; i++) {
      const c = input.project.connections[i]!;
      if (!isHardDependency(c) || c.alternativeGroup === undefined) continue;
      const key = `${c.from}|${c.alternativeGroup}`;
      const set = members.get(key) ?? new Set<string>();
      set.add(c.to);
      members.set(key, set);
    }
    const isAlternative = (c: Connection) => c.alternativeGroup !== undefined && members.get(`${c.from}|${c.alternativeGroup}`)!.size >= 2;
    this.serialEdges = edgesOf(input, (c) => isHardDependency(c) && !isAlternative(c));
    this.alternativeEdges = edgesOf(input, (c) => isHardDependency(c) && isAlternative(c));
    this.stamp = new Uint32Array(input.components.length);
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
    for (let head = 0; head < serial.length; head++) {
      const v = serial[head]!;
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
    const { offsets, targets, connections } = this.alternativeEdges;
    const groups: AlternativeGroup[] = [];
    for (let j = 0; j < serial.length; j++) {
      const v = serial[j]!;
      if (offsets[v] === offsets[v + 1]) continue;
      const byName = new Map<string, number[]>();
      for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
        const name = connections[e]!.alternativeGroup!;
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
